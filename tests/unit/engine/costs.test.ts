import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectCost } from '../../../src/lib/engine/costs';
import { D, ONE } from '../../../src/lib/engine/decimal';
import type { PriceConvention } from '../../../src/lib/engine/types';

const rates = (g: string, i: string, e: string) => ({
	activityGrowth: D(g),
	inflation: D(i),
	efficiency: D(e)
});

describe('projectCost', () => {
	it.each([
		// base 100, g 2%, i 2.1%, e 2%:
		// activity 100 x 0.02 = 2; inflation 102 x 0.021 = 2.142; efficiency 104.142 x 0.02 = 2.08284;
		// cost 100 x 1.02 x 1.021 x 0.98 = 102.05916 = 100 + 2 + 2.142 - 2.08284
		{
			base: '100',
			g: '0.02',
			i: '0.021',
			e: '0.02',
			p: '0',
			activity: '2',
			inflation: '2.142',
			efficiency: '2.08284',
			cost: '102.05916'
		},
		// base 800, g 2%, i 2.5%, e 2%: 16; 816 x 0.025 = 20.4; 836.4 x 0.02 = 16.728; 819.672
		{
			base: '800',
			g: '0.02',
			i: '0.025',
			e: '0.02',
			p: '0',
			activity: '16',
			inflation: '20.4',
			efficiency: '16.728',
			cost: '819.672'
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

	it('costs base x (1+g)(1+i)(1-e) multiplicatively and base x (1+g+i-e) additively (property)', () => {
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
				return r.cost.eq(base.times(factor).plus(pressures));
			}),
			{ numRuns: 500 }
		);
	});
});
