import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { percentReserve, reserveProvisions } from '../../../src/lib/engine/reserves';
import type { PercentReserve } from '../../../src/lib/engine/types';
import { amounts, perHead, py } from './fixtures';

const Y1 = '2017/18';
const Y2 = '2018/19';
// Portsmouth 2017/18: allocation 306.3m, recurring allocation 2016/17 297.9m.
const Y3 = '2019/20';
const YEARS = [Y1, Y2, Y3];
const ALLOCATION = D('306.3e6');
const PRIOR = D('297.9e6');

describe('percentReserve', () => {
	const reserve = (rate: string, base: PercentReserve['base']): PercentReserve => ({
		rate: py({ [Y1]: rate }),
		base
	});

	it.each([
		// contingency 0.5% of this year's 306.3m = 1.5315m
		['0.005', 'current', '1531500'],
		// risk reserve 1% of this year's 306.3m = 3.063m
		['0.01', 'current', '3063000'],
		// 0.5% of last year's 297.9m = 1.4895m
		['0.005', 'prior', '1489500'],
		// 1% of last year's 297.9m = 2.979m
		['0.01', 'prior', '2979000']
	] as const)('%s of the %s base is %s', (rate, base, expected) => {
		expect(percentReserve(reserve(rate, base), Y1, ALLOCATION, PRIOR, 'src').amount.toString()).toBe(
			expected
		);
	});

	it.each([
		// 0.5% x 1050.6 = 5.253 -> 5.25
		['0.005', '1050.6', '5.25'],
		// a tie rounds up: 0.5% x 1.01 = 0.00505 -> 0.01
		['0.005', '1.01', '0.01'],
		// 1.23% x 306,300,000.01 = 3,767,490.000123 -> 3,767,490
		['0.0123', '306300000.01', '3767490']
	])('rounds %s of %s half-up to the penny: %s', (rate, base, expected) => {
		expect(percentReserve(reserve(rate, 'current'), Y1, D(base), PRIOR, 'src').amount.toString()).toBe(
			expected
		);
	});

	it('is zero in a year with no rate', () => {
		expect(percentReserve(reserve('0.01', 'current'), Y2, ALLOCATION, PRIOR, 'src').amount.isZero()).toBe(
			true
		);
	});

	it('explains itself with the rate (pointing at its source) and the base it used', () => {
		const { explanation } = percentReserve(
			reserve('0.005', 'prior'),
			Y1,
			ALLOCATION,
			PRIOR,
			'org.reserves.contingency'
		);
		expect(explanation.formula).toBe("Rate x last year's recurrent allocation");
		expect(explanation.inputs.map((i) => [i.label, i.value.toString(), i.source])).toEqual([
			['Rate', '0.005', 'org.reserves.contingency.rate'],
			["Last year's recurrent allocation", '297900000', undefined]
		]);
	});
});

describe('reserveProvisions', () => {
	const investments = [
		amounts({
			id: 'mh',
			name: 'Mental health investment',
			recurrent: true,
			values: py({ [Y1]: '1.2e6', [Y2]: '0.3e6' })
		}),
		amounts({ id: 'bcf', name: 'BCF one-off', recurrent: false, values: py({ [Y1]: '0.5e6' }) })
	];
	const items = [
		perHead({ id: 'gp', name: 'GP Forward View', recurrent: true, rate: py({ [Y1]: '3', [Y2]: '1.5' }) })
	];
	const population = py({ [Y1]: 220000, [Y2]: 222000 });

	it('sums investments and per-head items (rate x registered population) at their full level in the first year', () => {
		const result = reserveProvisions(investments, items, population, YEARS, 0, 'org');
		// 1.2m + 0.5m + 3 x 220,000 (= 0.66m) = 2.36m
		expect(result.amount.toString()).toBe('2360000');
		expect(result.items.map((i) => [i.id, i.recurrent, i.amount.toString()])).toEqual([
			['mh', true, '1200000'],
			['bcf', false, '500000'],
			['gp', true, '660000']
		]);
	});

	it('adds the change in level of recurrent items later on; a missing non-recurrent value counts as zero', () => {
		const result = reserveProvisions(investments, items, population, YEARS, 1, 'org');
		// mh: 0.3m - 1.2m = -0.9m; bcf: nothing in 2018/19 = 0;
		// gp: 1.5 x 222,000 - 3 x 220,000 = 333,000 - 660,000 = -327,000; total -1,227,000
		expect(result.amount.toString()).toBe('-1227000');
		expect(result.items.map((i) => [i.id, i.amount.toString()])).toEqual([
			['mh', '-900000'],
			['bcf', '0'],
			['gp', '-327000']
		]);
		expect(result.explanation.inputs.map((i) => [i.label, i.value.toString()])).toEqual([
			["Mental health investment: this year's level", '300000'],
			["Mental health investment: last year's level", '1200000'],
			["Mental health investment (recurrent: this year's level less last year's)", '-900000'],
			['BCF one-off', '0'],
			['GP Forward View: rate', '1.5'],
			["GP Forward View: rate x population (recurrent: this year's level less last year's)", '-327000'],
			['Registered population', '222000']
		]);
	});

	it("keeps a recurrent item's level, its rate and the population through a year left out: no change", () => {
		// 2019/20 has no values: mh stays 0.3m, gp stays 1.5 x 222,000; bcf has nothing
		const result = reserveProvisions(investments, items, population, YEARS, 2, 'org');
		expect(result.amount.isZero()).toBe(true);
		expect(result.explanation.inputs.at(-1)?.value.toString()).toBe('222000');
	});

	it('rounds a per-head amount half-up to the penny', () => {
		const once = [perHead({ id: 'x', recurrent: false, rate: py({ [Y1]: '0.125', [Y2]: '0.125' }) })];
		const heads = py({ [Y1]: 220001, [Y2]: 220003 });
		// 0.125 x 220,001 = 27,500.125 -> 27,500.13 (a tie, rounded up)
		expect(reserveProvisions([], once, heads, YEARS, 0, 'org').amount.toString()).toBe('27500.13');
		// non-recurrent: the full value again, 0.125 x 220,003 = 27,500.375 -> 27,500.38
		expect(reserveProvisions([], once, heads, YEARS, 1, 'org').amount.toString()).toBe('27500.38');
		const level = [perHead({ id: 'y', recurrent: true, rate: py({ [Y1]: '0.125' }) })];
		// recurrent: 27,500.38 - 27,500.13 = 0.25 (the change of the rounded levels, 0.125 x 2 heads)
		expect(reserveProvisions([], level, heads, YEARS, 1, 'org').amount.toString()).toBe('0.25');
	});

	it('lists the registered population as an input only when there are per-head items', () => {
		const withHeads = reserveProvisions(investments, items, population, YEARS, 0, 'org');
		expect(withHeads.explanation.inputs.at(-1)).toMatchObject({
			label: 'Registered population',
			unit: 'count',
			source: 'org.population.2017/18'
		});
		const without = reserveProvisions(investments, [], population, YEARS, 0, 'org');
		expect(without.explanation.inputs.map((i) => i.label)).toEqual([
			'Mental health investment',
			'BCF one-off'
		]);
		expect(without.amount.toString()).toBe('1700000');
	});

	it('is zero with nothing set aside', () => {
		const result = reserveProvisions([], [], {}, YEARS, 0, 'org');
		expect(result.amount.isZero()).toBe(true);
		expect(result.items).toEqual([]);
	});
});
