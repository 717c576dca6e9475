import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectCost } from '../../../src/lib/engine/costs';
import { D, ONE, type Dec } from '../../../src/lib/engine/decimal';
import type { PriceConvention } from '../../../src/lib/engine/types';

const rates = (g: string, i: string, e: string) => ({
	activityGrowth: D(g),
	inflation: D(i),
	efficiency: D(e)
});

describe('projectCost', () => {
	it.each([
		// base 100, g 2%, i 2.1%, e 2%, each part to the penny (half-up):
		// activity 100 x 0.02 = 2; inflation 102 x 0.021 = 2.142 -> 2.14;
		// efficiency (102 + 2.14) x 0.02 = 104.14 x 0.02 = 2.0828 -> 2.08;
		// cost 100 + 2 + 2.14 - 2.08 = 102.06 (the unrounded product 100 x 1.02 x 1.021 x 0.98 is 102.05916)
		{
			base: '100',
			g: '0.02',
			i: '0.021',
			e: '0.02',
			p: '0',
			activity: '2',
			inflation: '2.14',
			efficiency: '2.08',
			cost: '102.06'
		},
		// base 800, g 2%, i 2.5%, e 2%: 800 x 0.02 = 16; 816 x 0.025 = 20.4;
		// 836.4 x 0.02 = 16.728 -> 16.73; cost 800 + 16 + 20.4 - 16.73 = 819.67
		{
			base: '800',
			g: '0.02',
			i: '0.025',
			e: '0.02',
			p: '0',
			activity: '16',
			inflation: '20.4',
			efficiency: '16.73',
			cost: '819.67'
		},
		// half-up is away from zero: base 100.1, g -5%: 100.1 x -0.05 = -5.005 -> -5.01; cost 95.09
		{
			base: '100.1',
			g: '-0.05',
			i: '0',
			e: '0',
			p: '0',
			activity: '-5.01',
			inflation: '0',
			efficiency: '0',
			cost: '95.09'
		},
		// a tie rounds up: base 0.5, i 1%: activity 0; 0.5 x 0.01 = 0.005 -> 0.01; cost 0.51
		{
			base: '0.5',
			g: '0',
			i: '0.01',
			e: '0',
			p: '0',
			activity: '0',
			inflation: '0.01',
			efficiency: '0',
			cost: '0.51'
		},
		// negative growth: base 1000, g -5%, i 1%, e 0: -50; 950 x 0.01 = 9.5; 0; 959.5
		{
			base: '1000',
			g: '-0.05',
			i: '0.01',
			e: '0',
			p: '0',
			activity: '-50',
			inflation: '9.5',
			efficiency: '0',
			cost: '959.5'
		},
		// pressures are added after the split: base 200, g 10%, i 0, e 0, p 7: 20; 0; 0; 227
		{
			base: '200',
			g: '0.1',
			i: '0',
			e: '0',
			p: '7',
			activity: '20',
			inflation: '0',
			efficiency: '0',
			cost: '227'
		}
	])(
		'multiplicative: base $base, g $g, i $i, e $e, pressures $p gives activity $activity, inflation $inflation, efficiency $efficiency',
		({ base, g, i, e, p, activity, inflation, efficiency, cost }) => {
			const result = projectCost(D(base), rates(g, i, e), 'multiplicative', D(p));
			expect(result.base.toString()).toBe(base);
			expect(result.activity.toString()).toBe(activity);
			expect(result.inflation.toString()).toBe(inflation);
			expect(result.efficiency.toString()).toBe(efficiency);
			expect(result.pressures.toString()).toBe(p);
			expect(result.cost.toString()).toBe(cost);
		}
	);

	it.each([
		// base 100, g 2%, i 2.1%, e 2%: 100 x 0.02 = 2; 100 x 0.021 = 2.1; 100 x 0.02 = 2;
		// cost 100 x (1 + 0.02 + 0.021 - 0.02) = 102.1
		{
			base: '100',
			g: '0.02',
			i: '0.021',
			e: '0.02',
			p: '0',
			activity: '2',
			inflation: '2.1',
			efficiency: '2',
			cost: '102.1'
		},
		// base 800, g 2%, i 2.5%, e 2%: 16; 20; 16; 820
		{
			base: '800',
			g: '0.02',
			i: '0.025',
			e: '0.02',
			p: '0',
			activity: '16',
			inflation: '20',
			efficiency: '16',
			cost: '820'
		},
		// base 1000, g -5%, i 1%, e 0.5%, p -3: -50; 10; 5; 1000 - 50 + 10 - 5 - 3 = 952
		{
			base: '1000',
			g: '-0.05',
			i: '0.01',
			e: '0.005',
			p: '-3',
			activity: '-50',
			inflation: '10',
			efficiency: '5',
			cost: '952'
		},
		// parts to the penny: base 100.01: 100.01 x 0.02 = 2.0002 -> 2; 100.01 x 0.021 = 2.10021 -> 2.1;
		// 100.01 x 0.02 = 2.0002 -> 2; cost 100.01 + 2 + 2.1 - 2 = 102.11
		{
			base: '100.01',
			g: '0.02',
			i: '0.021',
			e: '0.02',
			p: '0',
			activity: '2',
			inflation: '2.1',
			efficiency: '2',
			cost: '102.11'
		}
	])(
		'additive: base $base, g $g, i $i, e $e, pressures $p splits into base x g, base x i, base x e',
		({ base, g, i, e, p, activity, inflation, efficiency, cost }) => {
			const result = projectCost(D(base), rates(g, i, e), 'additive', D(p));
			expect(result.activity.toString()).toBe(activity);
			expect(result.inflation.toString()).toBe(inflation);
			expect(result.efficiency.toString()).toBe(efficiency);
			expect(result.cost.toString()).toBe(cost);
		}
	);

	it('gives a zero base zero steps and a cost equal to the pressures', () => {
		const result = projectCost(D(0), rates('0.05', '0.03', '0.02'), 'multiplicative', D('4.5'));
		expect(result.activity.isZero()).toBe(true);
		expect(result.inflation.isZero()).toBe(true);
		expect(result.efficiency.isZero()).toBe(true);
		expect(result.cost.toString()).toBe('4.5');
	});

	// Money and rates built from integers so every value is an exact terminating decimal.
	const base = fc.integer({ min: 0, max: 100_000_000_000 }).map((pence) => D(pence).div(100));
	const rate = (min: number, max: number) => fc.integer({ min, max }).map((n) => D(n).div(10_000));
	const pressures = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((pence) => D(pence).div(100));
	const inputs = fc.record({
		base,
		// activity growth -10%..+15%, inflation -5%..+10%, efficiency -1%..+10% (all in basis points)
		g: rate(-1000, 1500),
		i: rate(-500, 1000),
		e: rate(-100, 1000),
		pressures,
		convention: fc.constantFrom<PriceConvention>('multiplicative', 'additive')
	});

	it('splits cost - base exactly into activity + inflation - efficiency + pressures (property)', () => {
		fc.assert(
			fc.property(inputs, ({ base, g, i, e, pressures, convention }) => {
				const r = projectCost(
					base,
					{ activityGrowth: g, inflation: i, efficiency: e },
					convention,
					pressures
				);
				return r.activity.plus(r.inflation).minus(r.efficiency).plus(r.pressures).eq(r.cost.minus(r.base));
			}),
			{ numRuns: 500 }
		);
	});

	it('rounds each part half-up to the penny from the rounded parts before it (property)', () => {
		const penny = (x: Dec) => x.toDecimalPlaces(2, D.ROUND_HALF_UP);
		fc.assert(
			fc.property(inputs, ({ base, g, i, e, pressures, convention }) => {
				const r = projectCost(
					base,
					{ activityGrowth: g, inflation: i, efficiency: e },
					convention,
					pressures
				);
				const activity = penny(base.times(g));
				const grown = base.plus(activity);
				const inflation = penny((convention === 'multiplicative' ? grown : base).times(i));
				const efficiency = penny((convention === 'multiplicative' ? grown.plus(inflation) : base).times(e));
				expect(r.activity.eq(activity)).toBe(true);
				expect(r.inflation.eq(inflation)).toBe(true);
				expect(r.efficiency.eq(efficiency)).toBe(true);
				expect(r.cost.eq(base.plus(activity).plus(inflation).minus(efficiency).plus(pressures))).toBe(true);
				for (const part of [r.activity, r.inflation, r.efficiency, r.cost]) {
					expect(part.decimalPlaces()).toBeLessThanOrEqual(2);
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('costs within 2p of base x (1+g)(1+i)(1-e) multiplicatively and base x (1+g+i-e) additively (property)', () => {
		// Three roundings of at most 0.005 each; multiplicatively the first two are carried through
		// (1 + i) and (1 + e), |i|, |e| <= 10% here: 0.005 x 1.1 x 1.1 + 0.005 x 1.1 + 0.005 < 0.017.
		fc.assert(
			fc.property(inputs, ({ base, g, i, e, pressures, convention }) => {
				const r = projectCost(
					base,
					{ activityGrowth: g, inflation: i, efficiency: e },
					convention,
					pressures
				);
				const factor =
					convention === 'multiplicative'
						? ONE.plus(g).times(ONE.plus(i)).times(ONE.minus(e))
						: ONE.plus(g).plus(i).minus(e);
				return r.cost.minus(base.times(factor).plus(pressures)).abs().lte('0.02');
			}),
			{ numRuns: 500 }
		);
	});
});
