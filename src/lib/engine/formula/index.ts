// The formula language of named cells (issue 3): parse, list references, evaluate, rename.
// Pure and exact (Decimal only); knows nothing of the graph that orders and caches cells.
//
// README
//   parseFormula(text)            -> { ok: true, ast } | { ok: false, error } (code 'parse', message,
//                                    position {start, end}: JS string offsets, end exclusive). Never throws.
//   referencedNames(ast)          -> names used, each once, in order of appearance (no function names).
//   evaluateFormula(ast, ctx)     -> Value. ctx.years: the model's years in order; ctx.lookup(name):
//                                    the name's value, or undefined if it is not defined. Never throws.
//   renameInFormula(text, a, b)   -> text with references to a replaced by b; all else byte-for-byte.
//   scalar / series / errorValue  -> build values (e.g. for input cells, duplicate-name and cycle errors).
//   isValidName, FUNCTION_NAMES   -> for the graph: which cell names are well formed; the built-ins.
//
// Language: numbers 12, 1,234.5 (a comma is a thousands separator only when the number starts with
// 1-3 digits and the comma is followed by exactly three digits and no fourth; `max(1,234)` is max of
// one number 1234, so write `max(1, 234)`), 2.1% (0.021, percent), £3 £1.2m £450k £2bn (pounds,
// money); + - * / with unary minus; < <= > >= == != (not chained); names such as population or
// north.surplus; x[2018/19]; if(c, a, b), min, max, abs, round(x, dp), sum, prev(x, first),
// cumulative(x); // comments to the end of the line. Units and shapes: see values.ts and shape.ts.
//
// Errors: a name whose value is an error gives an 'upstream' error naming it, whose `cause` is the
// root error and `origin` the name where it started (so chains of any length keep short messages).
// A per-year value from lookup must have one value per year, else a 'shape' error.
// Evaluation: the first error from the left wins; sum/min/max of one per-year argument reduce over
// the years, of several work year by year; x[year] checks the year even when x is one value; inside
// if(c, a, b) a branch's division by zero is excused in the years the branch is not used (so
// if(heads == 0, £0, cost / heads) works per year), but not inside prev, cumulative, x[year] or a
// total over years, and every other error in an unused branch still shows.
import type { Expr } from './ast';
import { evaluate, type EvalContext } from './evaluate';
import { parse } from './parser';
import { referencedNames as collectNames } from './references';
import { renameInFormula as rename } from './rename';
import type { Dec } from '../decimal';
import {
	errorValue as makeError,
	scalar as makeScalar,
	series as makeSeries,
	type ErrorCode,
	type FormulaError,
	type Unit,
	type Value
} from './values';

export type { Expr, EvalContext, ErrorCode, FormulaError, Unit, Value };
export type { Scalar, Series, Span } from './values';
export { isValidName } from './lexer';
export { FUNCTION_NAMES, FUNCTIONS } from './functions';
export { MAX_DEPTH, MAX_NESTING } from './parser';

/**
 * Parse formula text. The text itself is not changed or normalised: keep it as the user wrote it.
 * @example parseFormula('£3 * population // per head').ok // true
 * @example parseFormula('1 +') // { ok: false, error: { code: 'parse', message: 'unexpected end...', position: { start: 3, end: 3 } } }
 */
export function parseFormula(text: string): { ok: true; ast: Expr } | { ok: false; error: FormulaError } {
	return parse(text);
}

/**
 * The names a parsed formula refers to, each once, in order of appearance.
 * @example referencedNames(ast('qipp / allocation + qipp')) // ['qipp', 'allocation']
 */
export function referencedNames(ast: Expr): string[] {
	return collectNames(ast);
}

/**
 * Evaluate a parsed formula; errors come back as values.
 * @example evaluateFormula(ast('£3 * population'), { years: ['2017/18'], lookup: () => scalar(D(1000), 'count') })
 * // { kind: 'scalar', value: 3000, unit: 'money' }
 */
export function evaluateFormula(ast: Expr, ctx: EvalContext): Value {
	return evaluate(ast, ctx);
}

/**
 * Replace references to `from` with `to`, keeping comments, spacing and longer names as written.
 * @example renameInFormula('pop * £3 // pop from ONS', 'pop', 'population') // 'population * £3 // pop from ONS'
 */
export function renameInFormula(text: string, from: string, to: string): string {
	return rename(text, from, to);
}

/**
 * One value for every year.
 * @example scalar(D('0.021'), 'percent')
 */
export function scalar(value: Dec, unit: Unit): Value {
	return makeScalar(value, unit);
}

/**
 * One value per model year, in year order (the array is copied).
 * @example series([D(100), D(102)], 'money')
 */
export function series(values: Dec[], unit: Unit): Value {
	return makeSeries(values, unit);
}

/**
 * An error value, e.g. for the graph's duplicate names and cycles.
 * @example errorValue('cycle', 'circular definition: a -> b -> a')
 */
export function errorValue(code: ErrorCode, message: string): Value {
	return makeError(code, message);
}
