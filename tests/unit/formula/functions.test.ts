import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, FUNCTIONS } from '../../../src/lib/engine/formula';
import { message, show } from './helpers';

describe('FUNCTIONS', () => {
	it.each(FUNCTION_NAMES.map((name) => [name]))(
		'FUNCTIONS.%s has a signature, a summary and an arity',
		(name) => {
			const spec = FUNCTIONS[name];
			expect(spec.signature.startsWith(`${name}(`)).toBe(true);
			expect(spec.summary.length).toBeGreaterThan(0);
			expect(spec.minArgs).toBeLessThanOrEqual(spec.maxArgs);
		}
	);
});

describe('evaluateFormula: functions on one value', () => {
	it.each([
		// if
		['if(1 < 2, £1, £2)', '1 money'],
		['if(1 > 2, £1, £2)', '2 money'],
		['if(flag, 2%, 0)', '0.02 percent'],
		['if(flag, 1 < 2, 1 > 2)', '1 boolean'],
		// min and max
		['min(3, 1, 2)', '1 number'],
		['max(3, 1, 2)', '3 number'],
		['max(£0, £5 - £7)', '0 money'],
		['min(5)', '5 number'],
		['max(0, rate)', '0.02 percent'],
		['min(population, 100)', '#unit'],
		['max(flag, flag)', '#unit'],
		['min(£1, 2)', '#unit'],
		// abs
		['abs(-£3)', '3 money'],
		['abs(2%)', '0.02 percent'],
		['abs(flag)', '#unit'],
		// round: half-up, away from zero
		['round(£2.345, 2)', '2.35 money'],
		['round(-£2.345, 2)', '-2.35 money'],
		['round(2.5, 0)', '3 number'],
		['round(-2.5, 0)', '-3 number'],
		['round(2.449, 1)', '2.4 number'],
		// A percentage rounds as written: 1.5% to 0 places is 2%; 2.15% to 1 place is 2.2%.
		['round(1.5%, 0)', '0.02 percent'],
		['round(2.15%, 1)', '0.022 percent'],
		['round(£1250, -2)', '1300 money'],
		['round(£1249, -2)', '1200 money'],
		['round(£1234567, -6)', '1000000 money'],
		['round(1, 20)', '1 number'],
		['round(1, 2.5)', '#bad-argument'],
		['round(1, 2%)', '#bad-argument'],
		['round(1, 21)', '#bad-argument'],
		['round(1, -21)', '#bad-argument'],
		['round(1, flag)', '#bad-argument'],
		['round(1, g)', '#bad-argument'],
		['round(flag, 2)', '#unit'],
		// sum
		['sum(1, 2, 3)', '6 number'],
		['sum(£1, £2)', '3 money'],
		['sum(2%, 3%)', '0.05 percent'],
		['sum(2%, 3)', '3.02 number'],
		['sum(£7)', '7 money'],
		['sum(£1, population)', '#unit'],
		['sum(flag)', '#unit']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	it.each([
		['if(1, 2, 3)', 'if needs a true/false condition such as x > £0, got a plain number'],
		['if(flag, £1, 2)', 'if needs values of the same kind, got £ and a plain number'],
		['min(population, 100)', 'min needs values of the same kind, got a count and a plain number'],
		['max(flag, flag)', 'max needs numbers, not true/false'],
		['round(1, 2.5)', 'round needs a plain whole number of decimal places from -20 to 20, got 2.5'],
		['round(1, 2%)', 'round needs a plain whole number of decimal places from -20 to 20, got a percentage'],
		[
			'round(1, g)',
			'round needs a plain whole number of decimal places from -20 to 20, got a per-year value'
		],
		['sum(£1, population)', 'cannot add £ to a count'],
		['prev(x, x)', "prev's default (the first year's value) must be one value, not a per-year value"],
		['prev(x, 0)', 'prev needs values of the same kind, got £ and a plain number'],
		['cumulative(flags)', 'cumulative needs numbers, not true/false']
	])('evaluateFormula(%j) explains: %s', (text, expected) => {
		expect(message(text)).toBe(expected);
	});

	it('evaluateFormula points a function error at the whole call', () => {
		expect(show('1 + round(1, 2.5)')).toBe('#bad-argument');
	});
});

describe('prev and cumulative of one value for all years', () => {
	it.each([
		// £1 every year, shifted: the first year takes the default £0.
		['prev(£1, £0)', '[0, 1, 1] money'],
		// £3 a year, running total over three years.
		['cumulative(£3)', '[3, 6, 9] money']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});
});
