// Formula values (one value, one per year, or an error) and the unit algebra of the language.
// Pure data and rules: no parsing and no evaluation order here; decimals only, never floats.
import { D, type Dec } from '../decimal';
import { UNIT_LABEL } from '../display';

/** What a figure measures. Percent and number are both dimensionless (2% is 0.02). */
export type Unit = 'money' | 'percent' | 'count' | 'number' | 'boolean';

/** Why a value is an error. The graph creates 'duplicate-name' and 'cycle'; formulas create the rest. */
export type ErrorCode =
	| 'parse'
	| 'undefined-name'
	| 'division-by-zero'
	| 'unit'
	| 'shape'
	| 'upstream'
	| 'bad-argument'
	| 'duplicate-name'
	| 'cycle';

/** Character offsets in the formula text: `start` inclusive, `end` exclusive (JS string indices). */
export interface Span {
	readonly start: number;
	readonly end: number;
}

/** One value for every year. */
export interface Scalar {
	readonly kind: 'scalar';
	readonly value: Dec;
	readonly unit: Unit;
}

/** One value per model year, in the model's year order. Booleans are 1 (true) and 0 (false). */
export interface Series {
	readonly kind: 'series';
	readonly values: readonly Dec[];
	readonly unit: Unit;
}

/** An error value: it flows downstream instead of throwing. */
export interface FormulaError {
	readonly kind: 'error';
	readonly code: ErrorCode;
	readonly message: string;
	/** Where in the formula text: always set on parse errors, and on errors made while evaluating. */
	readonly position?: Span;
	/** 'upstream' only: the referenced name whose value is an error. */
	readonly name?: string;
	/** 'upstream' only: the name where the error started (equals `name` for a direct input). */
	readonly origin?: string;
	/** 'upstream' only: the root error (never itself 'upstream'). */
	readonly cause?: FormulaError;
}

/** What a formula (or an input cell) evaluates to. */
export type Value = Scalar | Series | FormulaError;

/** A value that is not an error. */
export type Num = Scalar | Series;

/** How a boolean is held: true is 1, false is 0 (unit 'boolean'). */
export const TRUE = D(1);
export const FALSE = D(0);

/** A value that is the same in every year. */
export function scalar(value: Dec, unit: Unit): Scalar {
	return { kind: 'scalar', value, unit };
}

/** A value per model year (the array is copied). */
export function series(values: readonly Dec[], unit: Unit): Series {
	return { kind: 'series', values: values.slice(), unit };
}

/** An error value; `details` adds a position or the upstream name and cause. */
export function errorValue(
	code: ErrorCode,
	message: string,
	details: Omit<FormulaError, 'kind' | 'code' | 'message'> = {}
): FormulaError {
	return { kind: 'error', code, message, ...details };
}

type Dimension = 'money' | 'count' | 'dimensionless';

function dimensionOf(unit: Exclude<Unit, 'boolean'>): Dimension {
	return unit === 'percent' || unit === 'number' ? 'dimensionless' : unit;
}

/** A result unit, or why the units do not fit. */
export type UnitOutcome =
	{ readonly ok: true; readonly unit: Unit } | { readonly ok: false; readonly message: string };

/**
 * The unit tables: row = left operand, column = right operand, cell = result (null: unit error).
 * 'dimensionless' results are resolved per operator: + and - give percent only for percent and
 * percent, × gives percent if either side is percent, ÷ always gives a plain number.
 *
 *   + and -        | money | count | dimensionless
 *   money          | money |   -   |   -
 *   count          |   -   | count |   -  (count ± plain number is a count: population + 1000)
 *   dimensionless  |   -   |   -   | dimensionless
 *
 *   ×              | money | count | dimensionless
 *   money          |   -   | money | money           (per-head rate × population)
 *   count          | money |   -   | count
 *   dimensionless  | money | count | dimensionless
 *
 *   ÷              | money  | count  | dimensionless
 *   money          | number | money  | money           (÷ count: per head)
 *   count          |   -    | number | count
 *   dimensionless  |   -    |   -    | number
 *
 * Booleans take part in no arithmetic. Comparisons need the same dimension (or a count and a
 * plain number) and give boolean.
 */
type Table = Record<Dimension, Record<Dimension, Dimension | 'number' | null>>;

const ADD: Table = {
	money: { money: 'money', count: null, dimensionless: null },
	count: { money: null, count: 'count', dimensionless: null },
	dimensionless: { money: null, count: null, dimensionless: 'dimensionless' }
};

const MULTIPLY: Table = {
	money: { money: null, count: 'money', dimensionless: 'money' },
	count: { money: 'money', count: null, dimensionless: 'count' },
	dimensionless: { money: 'money', count: 'count', dimensionless: 'dimensionless' }
};

const DIVIDE: Table = {
	money: { money: 'number', count: 'money', dimensionless: 'money' },
	count: { money: null, count: 'number', dimensionless: 'count' },
	dimensionless: { money: null, count: null, dimensionless: 'number' }
};

/** The operators that have a unit table. */
export type ArithmeticOp = '+' | '-' | '*' | '/';

const TABLES: Record<ArithmeticOp, Table> = { '+': ADD, '-': ADD, '*': MULTIPLY, '/': DIVIDE };

// One shared outcome per unit: every operator of every formula asks, so answers are not allocated.
const OK: Record<Unit, UnitOutcome> = {
	money: { ok: true, unit: 'money' },
	percent: { ok: true, unit: 'percent' },
	count: { ok: true, unit: 'count' },
	number: { ok: true, unit: 'number' },
	boolean: { ok: true, unit: 'boolean' }
};

/**
 * The unit of `left op right`, or a message saying why it has none.
 * @example arithmeticUnit('*', 'money', 'count') // { ok: true, unit: 'money' }
 */
export function arithmeticUnit(op: ArithmeticOp, left: Unit, right: Unit): UnitOutcome {
	if (left === 'boolean' || right === 'boolean') {
		return { ok: false, message: 'cannot use true/false in arithmetic: use if(condition, a, b)' };
	}
	// A count and a plain number add as a count (population + 1000): there is no count literal.
	if (
		(op === '+' || op === '-') &&
		((left === 'count' && right === 'number') || (left === 'number' && right === 'count'))
	) {
		return OK.count;
	}
	const result = TABLES[op][dimensionOf(left)][dimensionOf(right)];
	if (result === null) return { ok: false, message: mismatchMessage(op, left, right) };
	if (result !== 'dimensionless') return OK[result];
	const percent =
		op === '*' ? left === 'percent' || right === 'percent' : left === 'percent' && right === 'percent';
	return percent ? OK.percent : OK.number;
}

function mismatchMessage(op: ArithmeticOp, left: Unit, right: Unit): string {
	const l = UNIT_LABEL[left];
	const r = UNIT_LABEL[right];
	const pair = new Set([left, right]);
	if (op === '+' || op === '-') {
		const text = op === '+' ? `cannot add ${l} to ${r}` : `cannot subtract ${r} from ${l}`;
		if (pair.has('money') && pair.has('number')) return `${text}: write £1000 or use a percentage`;
		if (pair.has('money') && pair.has('percent')) return `${text}: to apply a rate, multiply (£100 * 2%)`;
		return text;
	}
	if (op === '*') {
		const text = `cannot multiply ${l} by ${r}`;
		return left === 'money' ? `${text}: one side should be a rate, a count or a plain number` : text;
	}
	const text = `cannot divide ${l} by ${r}`;
	return right === 'money' ? `${text}: only £ can be divided by £` : text;
}

/**
 * The unit of a comparison (`<`, `==`, ...): boolean when both sides have the same dimension.
 * A count may also be compared with a plain number (`population > 0`): there is no count literal.
 */
export function comparisonUnit(left: Unit, right: Unit): UnitOutcome {
	if (left === 'boolean' || right === 'boolean') {
		return { ok: false, message: 'cannot compare true/false values' };
	}
	const countWithNumber =
		(left === 'count' && right === 'number') || (left === 'number' && right === 'count');
	if (dimensionOf(left) === dimensionOf(right) || countWithNumber) return OK.boolean;
	const hint = left === 'money' || right === 'money' ? ': write amounts with £, e.g. surplus > £0' : '';
	return { ok: false, message: `cannot compare ${UNIT_LABEL[left]} with ${UNIT_LABEL[right]}${hint}` };
}

/**
 * The unit of a choice among values (if, min, max, prev): all of one dimension (or all
 * true/false). Choosing among percentages and plain numbers gives a percentage.
 */
export function choiceUnit(what: string, units: readonly Unit[]): UnitOutcome {
	const first = units[0];
	if (first === undefined) return { ok: false, message: `${what} needs a value` };
	for (const unit of units) {
		const same =
			unit === first ||
			(unit !== 'boolean' && first !== 'boolean' && dimensionOf(unit) === dimensionOf(first));
		if (!same) {
			return {
				ok: false,
				message: `${what} needs values of the same kind, got ${UNIT_LABEL[first]} and ${UNIT_LABEL[unit]}`
			};
		}
	}
	if (units.every((unit) => unit === first)) return { ok: true, unit: first };
	return { ok: true, unit: 'percent' };
}
