// Evaluates a syntax tree to a value in exact Decimal arithmetic; errors are returned, never thrown.
// Reads other values only through the context: nothing here knows the graph or the evaluation order.
import { ZERO, type Dec } from '../decimal';
import type { BinaryExpr, CallExpr, ComparisonOp, Expr, IndexExpr, NameExpr } from './ast';
import { conditionMessage, FUNCTIONS, type CallEnv } from './functions';
import { at, commonLength, map, mismatchMessage, zip2 } from './shape';
import {
	arithmeticUnit,
	comparisonUnit,
	errorValue,
	FALSE,
	scalar,
	TRUE,
	type ArithmeticOp,
	type ErrorCode,
	type FormulaError,
	type Num,
	type Span,
	type Unit,
	type Value
} from './values';

/** What a formula can see: the model's years in order, and the value of a name (undefined: not defined). */
export interface EvalContext {
	readonly years: readonly string[];
	lookup(name: string): Value | undefined;
}

/**
 * The years whose result an enclosing per-year `if` will use (undefined: every year). A division by
 * zero in a year nobody uses is not an error, so `if(x == 0, 0, y / x)` works year by year.
 */
type Mask = readonly boolean[] | undefined;

/** Evaluate `ast` against `ctx`. */
export function evaluate(ast: Expr, ctx: EvalContext): Value {
	return new Evaluator(ctx).run(ast, undefined);
}

const COMPARE: Record<ComparisonOp, (a: Dec, b: Dec) => boolean> = {
	'<': (a, b) => a.lt(b),
	'<=': (a, b) => a.lte(b),
	'>': (a, b) => a.gt(b),
	'>=': (a, b) => a.gte(b),
	'==': (a, b) => a.eq(b),
	'!=': (a, b) => !a.eq(b)
};

const ARITHMETIC: Record<Exclude<ArithmeticOp, '/'>, (a: Dec, b: Dec) => Dec> = {
	'+': (a, b) => a.plus(b),
	'-': (a, b) => a.minus(b),
	'*': (a, b) => a.times(b)
};

function fail(code: ErrorCode, message: string, span: Span): FormulaError {
	return errorValue(code, message, { position: { start: span.start, end: span.end } });
}

function isActive(mask: Mask, i: number): boolean {
	return mask === undefined || mask[i] === true;
}

function anyActive(mask: Mask): boolean {
	return mask === undefined || mask.includes(true);
}

/** An input's error seen from a formula that uses it; keeps the root cause, so messages stay short. */
function upstream(name: string, error: FormulaError, span: Span): FormulaError {
	const chained = error.code === 'upstream' && error.cause !== undefined;
	const cause = chained ? error.cause! : error;
	const origin = chained && error.origin !== undefined ? error.origin : name;
	const from = origin === name ? '' : ` (from "${origin}")`;
	return errorValue('upstream', `"${name}" has an error${from}: ${cause.message}`, {
		position: { start: span.start, end: span.end },
		name,
		origin,
		cause
	});
}

class Evaluator {
	constructor(private readonly ctx: EvalContext) {}

	run(node: Expr, mask: Mask): Value {
		switch (node.kind) {
			case 'literal':
				return scalar(node.value, node.unit);
			case 'name':
				return this.name(node);
			case 'negate': {
				const operand = this.run(node.operand, mask);
				if (operand.kind === 'error') return operand;
				if (operand.unit === 'boolean') return fail('unit', 'cannot negate true/false', node.span);
				return map(operand, operand.unit, (v) => v.neg());
			}
			case 'binary':
				return this.binary(node, mask);
			case 'call':
				return this.call(node, mask);
			case 'index':
				return this.index(node);
			default: {
				const unknown: never = node;
				return errorValue('bad-argument', `unknown syntax: ${(unknown as { kind?: unknown }).kind}`);
			}
		}
	}

	private name(node: NameExpr): Value {
		const value = this.ctx.lookup(node.name);
		if (value === undefined) return fail('undefined-name', `"${node.name}" is not defined`, node.span);
		if (value.kind === 'error') return upstream(node.name, value, node.span);
		const years = this.ctx.years.length;
		if (value.kind === 'series' && value.values.length !== years) {
			return fail(
				'shape',
				`"${node.name}" has ${value.values.length} yearly values but the model has ${years} years`,
				node.span
			);
		}
		return value;
	}

	private binary(node: BinaryExpr, mask: Mask): Value {
		const left = this.run(node.left, mask);
		if (left.kind === 'error') return left;
		const right = this.run(node.right, mask);
		if (right.kind === 'error') return right;
		const { op } = node;
		const unit =
			op === '+' || op === '-' || op === '*' || op === '/'
				? arithmeticUnit(op, left.unit, right.unit)
				: comparisonUnit(left.unit, right.unit);
		if (!unit.ok) return fail('unit', unit.message, node.span);
		// Checked inline rather than with commonLength([left, right]): no array per operation.
		if (left.kind === 'series' && right.kind === 'series' && left.values.length !== right.values.length) {
			return fail('shape', mismatchMessage([left, right]), node.span);
		}
		if (op === '/') return this.divide(left, right, unit.unit, mask, node.span);
		if (op === '+' || op === '-' || op === '*') {
			const f = ARITHMETIC[op];
			return zip2(left, right, unit.unit, f);
		}
		const test = COMPARE[op];
		return zip2(left, right, 'boolean', (a, b) => (test(a, b) ? TRUE : FALSE));
	}

	private divide(left: Num, right: Num, unit: Unit, mask: Mask, span: Span): Value {
		if (left.kind === 'scalar' && right.kind === 'scalar') {
			if (!right.value.isZero()) return scalar(left.value.div(right.value), unit);
			return anyActive(mask) ? fail('division-by-zero', 'division by zero', span) : scalar(ZERO, unit);
		}
		// At least one side is per-year and the lengths were checked, so this is a number.
		const length = commonLength([left, right]) as number;
		const values: Dec[] = [];
		for (let i = 0; i < length; i++) {
			const divisor = at(right, i);
			if (!divisor.isZero()) values.push(at(left, i).div(divisor));
			else if (!isActive(mask, i)) values.push(ZERO);
			else {
				const year = right.kind === 'series' ? ` in ${this.ctx.years[i] ?? `year ${i + 1}`}` : '';
				return fail('division-by-zero', `division by zero${year}`, span);
			}
		}
		return { kind: 'series', values, unit };
	}

	private call(node: CallExpr, mask: Mask): Value {
		const spec = FUNCTIONS[node.name];
		const env: CallEnv = { years: this.ctx.years, fail: (code, message) => fail(code, message, node.span) };
		if (node.args.length < spec.minArgs || node.args.length > spec.maxArgs) {
			return env.fail('bad-argument', `${node.name} needs ${spec.signature}`);
		}
		if (node.name === 'if') return this.choose(node, mask, env);
		const argMask = spec.acrossYears(node.args.length) ? undefined : mask;
		const args: Num[] = [];
		for (const arg of node.args) {
			const value = this.run(arg, argMask);
			if (value.kind === 'error') return value;
			args.push(value);
		}
		return spec.apply(args, env);
	}

	/** if(c, a, b): each branch is evaluated only for the years that will use it (see Mask). */
	private choose(node: CallExpr, mask: Mask, env: CallEnv): Value {
		const condition = this.run(node.args[0]!, mask);
		if (condition.kind === 'error') return condition;
		if (condition.unit !== 'boolean') return env.fail('unit', conditionMessage(condition.unit));
		const then = this.run(node.args[1]!, this.restrict(mask, condition, true));
		if (then.kind === 'error') return then;
		const otherwise = this.run(node.args[2]!, this.restrict(mask, condition, false));
		if (otherwise.kind === 'error') return otherwise;
		return FUNCTIONS.if.apply([condition, then, otherwise], env);
	}

	private restrict(mask: Mask, condition: Num, want: boolean): Mask {
		if (condition.kind === 'scalar') {
			return !condition.value.isZero() === want ? mask : this.ctx.years.map(() => false);
		}
		return condition.values.map((v, i) => !v.isZero() === want && isActive(mask, i));
	}

	private index(node: IndexExpr): Value {
		const target = this.run(node.target, undefined);
		if (target.kind === 'error') return target;
		const i = this.ctx.years.indexOf(node.year);
		if (i === -1) {
			return fail(
				'shape',
				`year ${node.year} is not in the model (years: ${this.ctx.years.join(', ')})`,
				node.span
			);
		}
		return target.kind === 'scalar' ? target : scalar(target.values[i]!, target.unit);
	}
}
