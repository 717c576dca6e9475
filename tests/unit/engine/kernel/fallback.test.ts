// The kernel refuses a model exactly when it cannot hold it in whole pence and scaled rates, and
// says why; and its whole-number arithmetic rounds as toPenny does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, toPenny } from '../../../../src/lib/engine/decimal';
import { compileKernel } from '../../../../src/lib/engine/kernel/kernel';
import { divRound, mulRound, RATE_UNIT } from '../../../../src/lib/engine/kernel/integer';
import type { ModelInput } from '../../../../src/lib/engine/types';
import { modelInputArb } from '../arbitraries';
import { disagreements } from './agree';

const models = modelInputArb({ maxOrganisations: 2, maxYears: 3 });

/** A figure with exactly `places` decimals (the last one not zero). */
const withPlaces = (whole: number, places: number) => D(whole).plus(D(7).div(D(10).pow(places)));

describe('whole-number arithmetic', () => {
	it('rounds a product to the penny half away from zero, as toPenny', () => {
		// £1,531.50 x 2.15% = £32.92725 -> £32.93; -£0.50 x 1% = -£0.005 -> -£0.01; 1p x 49.99999% -> 0
		expect(mulRound(153150, 215_000)).toBe(3293);
		expect(mulRound(-50, 100_000)).toBe(-1);
		expect(mulRound(1, 4_999_999)).toBe(0);
		// £40bn x 1000%: past 2^53 before dividing, split into parts: 4e12p x 10 = 4e13p exactly
		expect(mulRound(4e12, 10 * RATE_UNIT)).toBe(4e13);
		// 7p / 2 = 3.5p -> 4p; -7p / 2 -> -4p; 5 x 11 / 12 = 4.58 -> 5
		expect([divRound(7, 2), divRound(-7, 2), divRound(55, 12)]).toEqual([4, -4, 5]);
	});

	it('agrees with Decimal for any pence and rate the kernel holds', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -(2 ** 49), max: 2 ** 49 }),
				fc.integer({ min: -11 * RATE_UNIT, max: 11 * RATE_UNIT }),
				(pence, rate) => {
					const exact = toPenny(D(pence).div(100).times(D(rate).div(RATE_UNIT))).times(100);
					expect(D(mulRound(pence, rate)).eq(exact), `${pence}p x ${rate}`).toBe(true);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('falling back to the Decimal engine', () => {
	it('refuses an amount with a fraction of a penny, and holds one without', () => {
		fc.assert(
			fc.property(models, fc.integer({ min: 0, max: 6 }), (model, places) => {
				const org = model.organisations[0]!;
				const changed: ModelInput = {
					...model,
					organisations: [
						{ ...org, openingPosition: withPlaces(12, places) },
						...model.organisations.slice(1)
					]
				};
				const compiled = compileKernel(changed);
				expect(compiled.ok).toBe(places <= 2);
				if (!compiled.ok) expect(compiled.reason).toContain(`organisations.${org.id}.openingPosition`);
				else for (const view of ['plan', 'risk'] as const) expect(disagreements(changed, view)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('refuses a rate with more decimals than the scale, and holds one with as many', () => {
		fc.assert(
			fc.property(models, fc.integer({ min: 0, max: 10 }), (model, places) => {
				const year = model.years[0]!;
				const inflation = D('0.02').plus(D(3).div(D(10).pow(places)));
				const changed: ModelInput = {
					...model,
					assumptions: {
						...model.assumptions,
						inflation: { ...model.assumptions.inflation, [year]: inflation }
					}
				};
				const compiled = compileKernel(changed);
				expect(compiled.ok).toBe(places <= 7);
				if (!compiled.ok) expect(compiled.reason).toContain(`assumptions.inflation.${year}`);
				else for (const view of ['plan', 'risk'] as const) expect(disagreements(changed, view)).toEqual([]);
			}),
			{ numRuns: 60 }
		);
	});

	it('refuses a rate of a third, amounts too large to bound, and two lines with one id', () => {
		const third = D(1).div(3);
		const base: ModelInput = {
			years: ['2017/18', '2018/19'],
			convention: 'multiplicative',
			assumptions: { activityGrowth: {}, inflation: { '2017/18': third }, efficiency: {} },
			deliveryFactors: { green: D(1), amber: D('0.5'), red: D('0.2'), unidentified: D(0) },
			organisations: [
				{
					id: 'ccg',
					name: 'CCG',
					priorRecurrentAllocation: D(100),
					allocations: {},
					specificAllocations: [],
					openingPosition: D(0),
					normalisation: {},
					costLines: [{ id: 'acute', name: 'Acute', tariff: true, base: D(50) }],
					contingency: { rate: {}, base: 'current' },
					nonRecurrentReserve: { rate: {}, base: 'current' },
					investments: [],
					perHead: [],
					population: {},
					schemes: [],
					unidentified: {},
					target: {},
					stated: {}
				}
			]
		};
		const reason = (model: ModelInput) => {
			const compiled = compileKernel(model);
			return compiled.ok ? undefined : compiled.reason;
		};
		expect(reason(base)).toMatch(/assumptions\.inflation\.2017\/18 is 0\.333.* more than 7 decimals/);
		const held = { ...base, assumptions: { ...base.assumptions, inflation: {} } };
		expect(reason(held)).toBeUndefined();
		// £10 trillion of cost: exact in Decimal, beyond what the kernel proves fits 2^53 pence.
		const org = held.organisations[0]!;
		const huge = {
			...held,
			organisations: [{ ...org, costLines: [{ ...org.costLines[0]!, base: D('1e13') }] }]
		};
		expect(reason(huge)).toMatch(/beyond the £5629499534213 the kernel holds exactly/);
		const twice = { ...held, organisations: [{ ...org, costLines: [org.costLines[0]!, org.costLines[0]!] }] };
		expect(reason(twice)).toBe('organisations.ccg has two cost lines with one id');
	});

	it('says why an input set in place cannot be held, and changes nothing', () => {
		fc.assert(
			fc.property(models, (model) => {
				const compiled = compileKernel(model);
				if (!compiled.ok) throw new Error(compiled.reason);
				const { kernel } = compiled;
				const org = model.organisations[0]!.id;
				expect(kernel.set(`organisations.${org}.openingPosition`, D('0.001'))).toContain(
					'not a whole number of pence'
				);
				expect(kernel.set(`deliveryFactors.red`, D(1).div(3))).toContain('more than 7 decimals');
				expect(kernel.set(`organisations.${org}.population.${model.years[0]}`, D(1))).toContain('cannot set');
				for (const view of ['plan', 'risk'] as const) {
					const ran = kernel.run(view);
					expect(ran.ok).toBe(true);
				}
				expect(disagreements(model, 'risk')).toEqual([]);
			}),
			{ numRuns: 30 }
		);
	});
});
