import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { errorValue, evaluateFormula, scalar } from '../../../src/lib/engine/formula';
import { ast, context, evaluate, message, NAMES, one, show } from './helpers';

describe('evaluateFormula: NHS planning examples', () => {
	it.each([
		// per-head funding: a £ rate times the registered population (count) is money
		['£3 * population', '750000 money'],
		// CQUIN as a percentage of the contract value, per year
		['2.5% * contract_value', '[25000, 50000, 75000] money'],
		// QIPP as a share of allocation: money / money is a plain number
		['qipp / allocation', '0.0125 number'],
		// uplift: allocation grown by 2% (percent + number is a number)
		['allocation * (1 + rate)', '408000000 money'],
		['£1.2m + £450k', '1650000 money']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});
});

describe('evaluateFormula: operators', () => {
	it.each([
		['1 + 2', '3 number'],
		['5 - 7', '-2 number'],
		['6 * 7', '42 number'],
		['10 / 4', '2.5 number'],
		['-3', '-3 number'],
		['--3', '3 number'],
		['-£3 + £5', '2 money'],
		['1 + 2 * 3', '7 number'],
		['(1 + 2) * 3', '9 number'],
		['2 - 3 - 4', '-5 number'],
		['24 / 4 / 2', '3 number'],
		['1,234.5 * 2', '2469 number'],
		['£2bn / £1m', '2000 number'],
		['2% + 3%', '0.05 percent'],
		['2% + 1', '1.02 number'],
		['2% * 50%', '0.01 percent'],
		['2% * 3', '0.06 percent'],
		['5% / 2', '0.025 number'],
		['£100 * 2%', '2 money'],
		['£100 / 4', '25 money'],
		['£1000 / population', '0.004 money'],
		['population * 2', '500000 count'],
		['population / 2', '125000 count'],
		['population / population', '1 number'],
		['1 < 2', '1 boolean'],
		['2 < 2', '0 boolean'],
		['2 <= 2', '1 boolean'],
		['3 > 2', '1 boolean'],
		['2 >= 3', '0 boolean'],
		['2 == 2.0', '1 boolean'],
		['2 != 2', '0 boolean'],
		['£3 > £2', '1 boolean'],
		['2% < 0.03', '1 boolean'],
		['population > 0', '1 boolean'],
		['1 + 2 > 2', '1 boolean']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});
});

describe('evaluateFormula: exact decimals', () => {
	it.each([
		['0.1 + 0.2 == 0.3', '1 boolean'],
		['£1.005 * 1', '1.005 money'],
		['£0.01 * 3', '0.03 money'],
		['£10 / 3', '3.3333333333333333333333333333333333333333333333333 money'],
		['2 / 3', '0.66666666666666666666666666666666666666666666666667 number'],
		['£0.000001m', '1 money'],
		['123456789012345678901234567890 + 1', '123456789012345678901234567891 number']
	])('evaluateFormula(%j) is %s, never rounded to pennies', (text, expected) => {
		expect(show(text)).toBe(expected);
	});
});

describe('evaluateFormula: errors', () => {
	it.each([
		['nope + 1', '#undefined-name', '"nope" is not defined'],
		['1 / 0', '#division-by-zero', 'division by zero'],
		['£5 / (2 - 2)', '#division-by-zero', 'division by zero'],
		['£10 / x', '#division-by-zero', 'division by zero in 2017/18'],
		['£3 + 4', '#unit', 'cannot add £ to a plain number: write £1000 or use a percentage'],
		['£3 + 2%', '#unit', 'cannot add £ to a percentage: to apply a rate, multiply (£100 * 2%)'],
		['£3 * £4', '#unit', 'cannot multiply £ by £: one side should be a rate, a count or a plain number'],
		['population * population', '#unit', 'cannot multiply a count by a count'],
		['1 / £2', '#unit', 'cannot divide a plain number by £: only £ can be divided by £'],
		['£2 > 0', '#unit', 'cannot compare £ with a plain number: write amounts with £, e.g. surplus > £0'],
		['flag + 1', '#unit', 'cannot use true/false in arithmetic: use if(condition, a, b)'],
		['-flag', '#unit', 'cannot negate true/false'],
		['flag == flag', '#unit', 'cannot compare true/false values'],
		['tariff * 2', '#upstream', '"tariff" has an error: division by zero']
	])('evaluateFormula(%j) is %s: %s', (text, code, text2) => {
		expect(show(text)).toBe(code);
		expect(message(text)).toBe(text2);
	});

	it('evaluateFormula(ast, ctx) points an evaluation error at the sub-expression', () => {
		expect(evaluate('1 + (£3 + 4) * 2')).toMatchObject({ code: 'unit', position: { start: 5, end: 11 } });
		expect(evaluate('2 * nope')).toMatchObject({ code: 'undefined-name', position: { start: 4, end: 8 } });
		expect(evaluate('£1 + £1 / 0')).toMatchObject({
			code: 'division-by-zero',
			position: { start: 5, end: 11 }
		});
	});

	it('evaluateFormula(ast, ctx) reports the leftmost error first', () => {
		expect(message('nope + 1 / 0')).toBe('"nope" is not defined');
		expect(message('1 / 0 + nope')).toBe('division by zero');
		expect(message('max(tariff, nope)')).toBe('"tariff" has an error: division by zero');
	});

	it('evaluateFormula(ast, ctx) names the upstream cell and keeps the root cause', () => {
		expect(evaluate('tariff + 1')).toEqual({
			kind: 'error',
			code: 'upstream',
			message: '"tariff" has an error: division by zero',
			position: { start: 0, end: 6 },
			name: 'tariff',
			origin: 'tariff',
			cause: errorValue('division-by-zero', 'division by zero')
		});
	});

	it('evaluateFormula(ast, ctx) keeps a chain of upstream errors short, naming where it started', () => {
		// tariff (division by zero) <- b <- c: c's error names b and says it started at tariff
		const b = evaluate('tariff * 2');
		const c = evaluate('b + 1', { ...NAMES, b });
		expect(c).toMatchObject({
			code: 'upstream',
			message: '"b" has an error (from "tariff"): division by zero',
			name: 'b',
			origin: 'tariff',
			cause: { code: 'division-by-zero' }
		});
		const d = evaluate('c + 1', { ...NAMES, c });
		expect(d).toMatchObject({ message: '"c" has an error (from "tariff"): division by zero' });
	});

	it.each([
		['duplicate-name', '"a" is defined more than once'],
		['cycle', 'circular definition: a -> b -> a'],
		['parse', 'unexpected end of the formula: expected a value']
	] as const)('evaluateFormula(ast, ctx) passes a %s error on as upstream', (code, why) => {
		const value = evaluate('a * 2', { a: errorValue(code, why) });
		expect(value).toMatchObject({ code: 'upstream', message: `"a" has an error: ${why}` });
	});

	it('evaluateFormula(ast, ctx) refuses a per-year value with the wrong number of years', () => {
		const names = { short: { kind: 'series', values: [D(1), D(2)], unit: 'money' } as const };
		expect(evaluate('short * 2', names)).toMatchObject({
			code: 'shape',
			message: '"short" has 2 yearly values but the model has 3 years'
		});
	});

	it('evaluateFormula(ast, ctx) asks lookup for each name and nothing else', () => {
		const asked: string[] = [];
		const ctx = context();
		const value = evaluateFormula(ast('sum(qipp, qipp) / allocation'), {
			years: ctx.years,
			lookup: (name) => {
				asked.push(name);
				return ctx.lookup(name);
			}
		});
		expect(value).toEqual(scalar(D('0.025'), 'number'));
		expect(asked).toEqual(['qipp', 'qipp', 'allocation']);
	});

	it('evaluateFormula(ast, ctx) returns the input value itself for a bare name', () => {
		expect(evaluate('rate')).toBe(NAMES['rate']);
		expect(evaluate('rate')).toEqual(one('0.02', 'percent'));
	});
});
