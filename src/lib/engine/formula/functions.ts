// The built-in functions: a table of metadata (arity, signature, help) and small pure cores over
// already-evaluated values. No parsing or name lookup here; Decimal only.
import { D, sum as total, type Dec } from '../decimal';
import { UNIT_LABEL } from '../display';
import { commonLength, map, mismatchMessage, zip } from './shape';
import {
	arithmeticUnit,
	choiceUnit,
	scalar,
	type ErrorCode,
	type FormulaError,
	type Num,
	type Series,
	type Unit,
	type Value
} from './values';

/** What a function core may use besides its arguments. */
export interface CallEnv {
	readonly years: readonly string[];
	/** An error value located at the call. */
	fail(code: ErrorCode, message: string): FormulaError;
}

/** One built-in function. */
export interface FunctionSpec {
	readonly signature: string;
	readonly summary: string;
	readonly minArgs: number;
	readonly maxArgs: number;
	/**
	 * True when the result in a year reads other years of the arguments (prev, cumulative, a total
	 * over years): then an enclosing per-year `if` cannot excuse a division by zero inside them.
	 */
	readonly acrossYears: (argCount: number) => boolean;
	readonly apply: (args: readonly Num[], env: CallEnv) => Value;
}

const MAX_PLACES = 20;
const TEN = D(10);

function booleanArgument(what: string, args: readonly Num[], env: CallEnv): FormulaError | undefined {
	return args.some((a) => a.unit === 'boolean')
		? env.fail('unit', `${what} needs numbers, not true/false`)
		: undefined;
}

function shapeError(args: readonly Num[], env: CallEnv): FormulaError | undefined {
	return commonLength(args) === 'mismatch' ? env.fail('shape', mismatchMessage(args)) : undefined;
}

function extreme(what: 'min' | 'max'): FunctionSpec['apply'] {
	const pick = (a: Dec, b: Dec) => ((what === 'min' ? b.lt(a) : b.gt(a)) ? b : a);
	return (args, env) => {
		const bad = booleanArgument(what, args, env) ?? shapeError(args, env);
		if (bad) return bad;
		const only = args[0]!;
		if (args.length === 1) {
			if (only.kind === 'scalar') return only;
			const [first, ...rest] = only.values;
			if (first === undefined) return env.fail('shape', `${what} of a value with no years`);
			return scalar(rest.reduce(pick, first), only.unit);
		}
		const unit = choiceUnit(
			what,
			args.map((a) => a.unit)
		);
		if (!unit.ok) return env.fail('unit', unit.message);
		return zip(args, unit.unit, (xs) => xs.reduce(pick));
	};
}

function sumCore(args: readonly Num[], env: CallEnv): Value {
	const bad = booleanArgument('sum', args, env) ?? shapeError(args, env);
	if (bad) return bad;
	const only = args[0]!;
	if (args.length === 1) return only.kind === 'scalar' ? only : scalar(total(only.values), only.unit);
	let unit: Unit = only.unit;
	for (const a of args.slice(1)) {
		const next = arithmeticUnit('+', unit, a.unit);
		if (!next.ok) return env.fail('unit', next.message);
		unit = next.unit;
	}
	return zip(args, unit, total);
}

function roundHalfUp(value: Dec, places: number): Dec {
	if (places >= 0) return value.toDecimalPlaces(places, D.ROUND_HALF_UP);
	const step = TEN.pow(-places);
	return value.div(step).toDecimalPlaces(0, D.ROUND_HALF_UP).times(step);
}

function roundCore(args: readonly Num[], env: CallEnv): Value {
	const x = args[0]!;
	const dp = args[1]!;
	const bad = booleanArgument('round', [x], env);
	if (bad) return bad;
	const valid =
		dp.kind === 'scalar' && dp.unit === 'number' && dp.value.isInteger() && dp.value.abs().lte(MAX_PLACES);
	if (!valid) {
		const got =
			dp.kind === 'series'
				? 'a per-year value'
				: dp.unit !== 'number'
					? UNIT_LABEL[dp.unit]
					: dp.value.toString();
		return env.fail(
			'bad-argument',
			`round needs a plain whole number of decimal places from -${MAX_PLACES} to ${MAX_PLACES}, got ${got}`
		);
	}
	// A whole number from -20 to 20: converting it to a JS number is exact.
	const places = dp.value.toNumber();
	// A percentage is rounded as people read it: round(2.15%, 1) is 2.2%, not 0.0215 to 1 place.
	const shift = x.unit === 'percent' ? 2 : 0;
	return map(x, x.unit, (v) => roundHalfUp(v, places + shift));
}

/** The message for an `if` whose condition is not true/false. */
export function conditionMessage(unit: Unit): string {
	return `if needs a true/false condition such as x > £0, got ${UNIT_LABEL[unit]}`;
}

function ifCore(args: readonly Num[], env: CallEnv): Value {
	const condition = args[0]!;
	if (condition.unit !== 'boolean') return env.fail('unit', conditionMessage(condition.unit));
	const unit = choiceUnit('if', [args[1]!.unit, args[2]!.unit]);
	if (!unit.ok) return env.fail('unit', unit.message);
	const bad = shapeError(args, env);
	if (bad) return bad;
	return zip(args, unit.unit, ([c, a, b]) => (c!.isZero() ? b! : a!));
}

/** One value for all years as a per-year value (prev and cumulative work on years). */
function perYear(x: Num, years: readonly string[]): Series {
	return x.kind === 'series' ? x : { kind: 'series', values: years.map(() => x.value), unit: x.unit };
}

function prevCore(args: readonly Num[], env: CallEnv): Value {
	const x = perYear(args[0]!, env.years);
	const first = args[1]!;
	if (first.kind !== 'scalar') {
		return env.fail(
			'shape',
			"prev's default (the first year's value) must be one value, not a per-year value"
		);
	}
	const unit = choiceUnit('prev', [x.unit, first.unit]);
	if (!unit.ok) return env.fail('unit', unit.message);
	const values = x.values.length === 0 ? [] : [first.value, ...x.values.slice(0, -1)];
	return { kind: 'series', values, unit: unit.unit };
}

function cumulativeCore(args: readonly Num[], env: CallEnv): Value {
	const x = perYear(args[0]!, env.years);
	const bad = booleanArgument('cumulative', [x], env);
	if (bad) return bad;
	const values: Dec[] = [];
	x.values.forEach((v, i) => values.push(i === 0 ? v : values[i - 1]!.plus(v)));
	return { kind: 'series', values, unit: x.unit };
}

const never = () => false;
const always = () => true;
const singleArgument = (count: number) => count === 1;

/**
 * The built-in functions. With one per-year argument, `sum`, `min` and `max` reduce over the years
 * to one value; with several arguments they work year by year.
 */
export const FUNCTIONS = {
	if: {
		signature: 'if(condition, then, else)',
		summary: 'then where the condition holds, else elsewhere (year by year for a per-year condition)',
		minArgs: 3,
		maxArgs: 3,
		acrossYears: never,
		apply: ifCore
	},
	min: {
		signature: 'min(a, b, ...)',
		summary: 'the smallest argument; min(x) of a per-year x is its smallest year',
		minArgs: 1,
		maxArgs: Infinity,
		acrossYears: singleArgument,
		apply: extreme('min')
	},
	max: {
		signature: 'max(a, b, ...)',
		summary: 'the largest argument; max(x) of a per-year x is its largest year',
		minArgs: 1,
		maxArgs: Infinity,
		acrossYears: singleArgument,
		apply: extreme('max')
	},
	abs: {
		signature: 'abs(x)',
		summary: 'x without its sign',
		minArgs: 1,
		maxArgs: 1,
		acrossYears: never,
		apply: (args, env) => {
			const x = args[0]!;
			return booleanArgument('abs', [x], env) ?? map(x, x.unit, (v) => v.abs());
		}
	},
	round: {
		signature: 'round(x, dp)',
		summary:
			'x rounded half-up (away from zero) to dp decimal places; negative dp rounds to tens, hundreds...',
		minArgs: 2,
		maxArgs: 2,
		acrossYears: never,
		apply: roundCore
	},
	sum: {
		signature: 'sum(a, b, ...)',
		summary: 'the arguments added; sum(x) of a per-year x is its total over the years',
		minArgs: 1,
		maxArgs: Infinity,
		acrossYears: singleArgument,
		apply: sumCore
	},
	prev: {
		signature: 'prev(x, first)',
		summary: "last year's x; the first year takes first",
		minArgs: 2,
		maxArgs: 2,
		acrossYears: always,
		apply: prevCore
	},
	cumulative: {
		signature: 'cumulative(x)',
		summary: 'the running total of x over the years',
		minArgs: 1,
		maxArgs: 1,
		acrossYears: always,
		apply: cumulativeCore
	}
} satisfies Record<string, FunctionSpec>;

/** The name of a built-in function. */
export type FunctionName = keyof typeof FUNCTIONS;

/** The built-in function names, in table order. */
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as readonly FunctionName[];

const NAMES = new Set<string>(FUNCTION_NAMES);

/** True when `name` is a built-in function. */
export function isFunctionName(name: string): name is FunctionName {
	return NAMES.has(name);
}
