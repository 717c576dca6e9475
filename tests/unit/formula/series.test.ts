// Per-year values: broadcasting, year indexing, prev, cumulative and per-year if.
// The helper model has three years 2017/18, 2018/19, 2019/20 (see helpers.ts).
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { at, commonLength, zip } from '../../../src/lib/engine/formula/shape';
import { scalar, series } from '../../../src/lib/engine/formula/values';
import { evaluate, message, perYear, show } from './helpers';

describe('evaluateFormula: broadcasting', () => {
	it.each([
		['budget + £1', '[1001, 2001, 3001] money'],
		['£1 + budget', '[1001, 2001, 3001] money'],
		['budget * (1 + g)', '[1010, 2040, 3090] money'],
		['budget - x', '[1000, 1998, 2996] money'],
		['budget / heads[2017/18]', '[10, 20, 30] money'],
		['-budget', '[-1000, -2000, -3000] money'],
		['budget > £1500', '[0, 1, 1] boolean'],
		['heads * £3', '[300, 600, 0] money'],
		['budget / £1000', '[1, 2, 3] number']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	it('shape: a scalar broadcasts and series of different lengths are reported', () => {
		const a = series([D(1), D(2)], 'number');
		const b = series([D(1), D(2), D(3)], 'number');
		expect(commonLength([scalar(D(1), 'number'), a])).toBe(2);
		expect(commonLength([scalar(D(1), 'number')])).toBeUndefined();
		expect(commonLength([a, b])).toBe('mismatch');
		expect(at(scalar(D(7), 'number'), 5).toString()).toBe('7');
		const summed = zip([a, scalar(D(10), 'number')], 'number', ([p, q]) => p!.plus(q!));
		expect(summed).toEqual(series([D(11), D(12)], 'number'));
	});

	it('evaluateFormula reports per-year values of different lengths as a shape error', () => {
		const names = { a: perYear(['1', '2'], 'number') };
		expect(show('a + 1', names, ['2017/18', '2018/19', '2019/20'])).toBe('#shape');
	});
});

describe('evaluateFormula: year index x[yyyy/yy]', () => {
	it.each([
		['budget[2018/19]', '2000 money'],
		['budget[2017/18] + budget[2019/20]', '4000 money'],
		['(budget * 2)[2019/20]', '6000 money'],
		['prev(budget, £0)[2018/19]', '1000 money'],
		['£5[2018/19]', '5 money'],
		['rate[2019/20]', '0.02 percent'],
		// outside [ ] a slash divides: 2000 / 2000 / 20
		['budget[2018/19] / 2000/20', '0.05 money']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	it.each([['budget[2030/31]'], ['rate[2016/17]']])(
		'evaluateFormula(%j) is a shape error naming the years',
		(text) => {
			const year = /\[(.*)\]/.exec(text)![1];
			expect(evaluate(text)).toMatchObject({
				code: 'shape',
				message: `year ${year} is not in the model (years: 2017/18, 2018/19, 2019/20)`
			});
		}
	);
});

describe('evaluateFormula: prev and cumulative', () => {
	it.each([
		['prev(budget, £500)', '[500, 1000, 2000] money'],
		['budget - prev(budget, budget[2017/18])', '[0, 1000, 1000] money'],
		['prev(g, 0)', '[0, 0.01, 0.02] percent'],
		['prev(flags, 1 > 2)', '[0, 1, 0] boolean'],
		['cumulative(budget)', '[1000, 3000, 6000] money'],
		['cumulative(g)', '[0.01, 0.03, 0.06] percent'],
		['cumulative(budget * 0 + £1)', '[1, 2, 3] money'],
		['sum(budget)', '6000 money'],
		['sum(budget, £1)', '[1001, 2001, 3001] money'],
		['sum(budget, x, budget)', '[2000, 4002, 6004] money'],
		['max(budget)', '3000 money'],
		['min(x)', '0 money'],
		['max(budget, £1500)', '[1500, 2000, 3000] money'],
		['min(g, 2%)', '[0.01, 0.02, 0.02] percent']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	it('prev of a one-year model is the default alone', () => {
		const names = { a: perYear(['5'], 'number') };
		expect(show('prev(a, 1)', names, ['2017/18'])).toBe('[1] number');
		expect(show('cumulative(a)', names, ['2017/18'])).toBe('[5] number');
	});
});

describe('evaluateFormula: if with a per-year condition', () => {
	it.each([
		['if(budget > £1500, £1, £0)', '[0, 1, 1] money'],
		['if(flags, budget, £0)', '[1000, 0, 3000] money'],
		['if(flag, budget, £0)', '[1000, 2000, 3000] money'],
		['if(1 > 2, budget, £0)', '[0, 0, 0] money'],
		['if(flags, 1 < 2, 1 > 2)', '[1, 0, 1] boolean'],
		// guard a division year by year: heads is 0 in 2019/20
		['if(heads == 0, £0, budget / heads)', '[10, 10, 0] money'],
		['if(heads > 0, budget / heads, £0)', '[10, 10, 0] money'],
		['if(heads > 0, if(heads > 150, £1 / heads, £2 / heads), £0)', '[0.02, 0.005, 0] money'],
		['if(x == £0, 0, budget / x)', '[0, 1000, 750] number'],
		// a scalar condition guards the branch it does not take
		['if(n > 0, £1, £1 / 0)', '1 money'],
		['if(n < 0, £1 / 0, £2)', '2 money']
	])('evaluateFormula(%j) is %s', (text, expected) => {
		expect(show(text)).toBe(expected);
	});

	it.each([
		// prev and a total read other years, so the guard does not reach into them
		['if(heads == 0, £0, prev(budget / heads, £0))', 'division by zero in 2019/20'],
		['if(heads == 0, £0, sum(budget / heads))', 'division by zero in 2019/20'],
		['if(heads == 0, £0, (budget / heads)[2019/20])', 'division by zero in 2019/20'],
		// the guard excuses only division by zero: other errors in an unused branch still show
		['if(n > 0, £1, nope)', '"nope" is not defined'],
		['if(n > 0, £1, £1 + 1)', 'cannot add £ to a plain number: write £1000 or use a percentage'],
		['if(flags, budget / heads, £0)', 'division by zero in 2019/20'],
		['budget / heads', 'division by zero in 2019/20']
	])('evaluateFormula(%j) is an error: %s', (text, expected) => {
		expect(message(text)).toBe(expected);
	});
});
