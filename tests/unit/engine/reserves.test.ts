import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { percentReserve, reserveProvisions } from '../../../src/lib/engine/reserves';
import type { PercentReserve } from '../../../src/lib/engine/types';
import { amounts, perHead, py } from './fixtures';

const Y1 = '2017/18';
const Y2 = '2018/19';
// Portsmouth 2017/18: allocation 306.3m, recurring allocation 2016/17 297.9m.
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

	it('sums investments and per-head items (rate x registered population)', () => {
		const result = reserveProvisions(investments, items, population, Y1, 'org');
		// 1.2m + 0.5m + 3 x 220,000 (= 0.66m) = 2.36m
		expect(result.amount.toString()).toBe('2360000');
		expect(result.items.map((i) => [i.id, i.recurrent, i.amount.toString()])).toEqual([
			['mh', true, '1200000'],
			['bcf', false, '500000'],
			['gp', true, '660000']
		]);
	});

	it('reads each year separately (missing values count as zero)', () => {
		const result = reserveProvisions(investments, items, population, Y2, 'org');
		// 0.3m + 0 + 1.5 x 222,000 (= 0.333m) = 0.633m
		expect(result.amount.toString()).toBe('633000');
	});

	it('lists the registered population as an input only when there are per-head items', () => {
		const withHeads = reserveProvisions(investments, items, population, Y1, 'org');
		expect(withHeads.explanation.inputs.at(-1)).toMatchObject({
			label: 'Registered population',
			unit: 'count',
			source: 'org.population.2017/18'
		});
		const without = reserveProvisions(investments, [], population, Y1, 'org');
		expect(without.explanation.inputs.map((i) => i.label)).toEqual([
			'Mental health investment',
			'BCF one-off'
		]);
		expect(without.amount.toString()).toBe('1700000');
	});

	it('is zero with nothing set aside', () => {
		const result = reserveProvisions([], [], {}, Y1, 'org');
		expect(result.amount.isZero()).toBe(true);
		expect(result.items).toEqual([]);
	});
});
