// Test helpers for the formula language: a small model of named values and one-line result views.
import { D } from '../../../src/lib/engine/decimal';
import {
	errorValue,
	evaluateFormula,
	parseFormula,
	scalar,
	series,
	type EvalContext,
	type Expr,
	type Unit,
	type Value
} from '../../../src/lib/engine/formula';

export const YEARS = ['2017/18', '2018/19', '2019/20'];

/** One value for all years. */
export const one = (value: string, unit: Unit): Value => scalar(D(value), unit);

/** One value per year. */
export const perYear = (values: string[], unit: Unit): Value =>
	series(
		values.map((v) => D(v)),
		unit
	);

/**
 * The names most tests use (three years, 2017/18 to 2019/20):
 *   population 250000 count, heads [100, 200, 0] count, n 4, half 0.5,
 *   contract_value [£1m, £2m, £3m], budget [£1000, £2000, £3000], x [£0, £2, £4],
 *   qipp £5m, allocation £400m, rate 2%, g [1%, 2%, 3%], flag true, flags [true, false, true],
 *   tariff: an error (division by zero).
 */
export const NAMES: Record<string, Value> = {
	population: one('250000', 'count'),
	heads: perYear(['100', '200', '0'], 'count'),
	n: one('4', 'number'),
	half: one('0.5', 'number'),
	contract_value: perYear(['1000000', '2000000', '3000000'], 'money'),
	budget: perYear(['1000', '2000', '3000'], 'money'),
	x: perYear(['0', '2', '4'], 'money'),
	qipp: one('5000000', 'money'),
	allocation: one('400000000', 'money'),
	rate: one('0.02', 'percent'),
	g: perYear(['0.01', '0.02', '0.03'], 'percent'),
	flag: one('1', 'boolean'),
	flags: perYear(['1', '0', '1'], 'boolean'),
	tariff: errorValue('division-by-zero', 'division by zero')
};

/** A context over `names` and `years`. */
export function context(names: Record<string, Value> = NAMES, years: readonly string[] = YEARS): EvalContext {
	return { years, lookup: (name) => (Object.hasOwn(names, name) ? names[name] : undefined) };
}

/** The syntax tree of `text` (fails the test on a parse error). */
export function ast(text: string): Expr {
	const parsed = parseFormula(text);
	if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
	return parsed.ast;
}

/** A value in one line: '750000 money', '[0, 2, 4] money', or '#code' for an error. */
export function brief(value: Value): string {
	if (value.kind === 'error') return `#${value.code}`;
	if (value.kind === 'scalar') return `${value.value.toString()} ${value.unit}`;
	return `[${value.values.map((v) => v.toString()).join(', ')}] ${value.unit}`;
}

/** Evaluate `text`; a parse error is the error value. */
export function evaluate(text: string, names: Record<string, Value> = NAMES, years = YEARS): Value {
	const parsed = parseFormula(text);
	return parsed.ok ? evaluateFormula(parsed.ast, context(names, years)) : parsed.error;
}

/** `brief` of evaluating `text`. */
export function show(text: string, names: Record<string, Value> = NAMES, years = YEARS): string {
	return brief(evaluate(text, names, years));
}

/** The error message of evaluating `text` (or 'no error'). */
export function message(text: string, names: Record<string, Value> = NAMES, years = YEARS): string {
	const value = evaluate(text, names, years);
	return value.kind === 'error' ? value.message : 'no error';
}
