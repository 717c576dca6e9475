import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closingOf } from '../../../src/lib/engine/bridge';
import { D, ZERO, sum, type Dec } from '../../../src/lib/engine/decimal';
import { evaluateModel, type ModelResult } from '../../../src/lib/engine/evaluate';
import type { YearResult } from '../../../src/lib/engine/project';
import type { ModelInput } from '../../../src/lib/engine/types';
import { yearRange } from '../../../src/lib/engine/years';
import { modelInputArb } from './arbitraries';
import {
	amounts,
	costLine,
	every,
	model,
	noUnidentified,
	org,
	py,
	scheme,
	step,
	stepValues
} from './fixtures';

const Y1 = '2017/18';
const Y2 = '2018/19';
const YEARS = [Y1, Y2];

/** opening + sum(steps): docs/finance-model.md's definition of the closing position. */
function openingPlusSteps(result: { readonly lines: YearResult['lines'] }): Dec {
	const opening = result.lines[0];
	if (opening?.kind !== 'opening') throw new Error('a bridge starts with its opening line');
	return opening.value.plus(sum(stepValues(result)));
}

function allYears(result: ModelResult): YearResult[] {
	return result.organisations.flatMap((o) => o.years);
}

/** Every money figure of a result, named for the failure message: lines, cost parts, QIPP, carry-forward. */
function moneyFigures(result: ModelResult): [string, Dec][] {
	const figures: [string, Dec][] = [];
	const add = (where: string, values: Record<string, Dec>) =>
		figures.push(...Object.entries(values).map(([key, value]): [string, Dec] => [`${where} ${key}`, value]));
	const lines = (
		where: string,
		year: { readonly lines: YearResult['lines']; readonly context: YearResult['context'] }
	) => {
		for (const l of [...year.lines, ...year.context]) {
			add(`${where} ${l.key}`, { value: l.value });
			// every input in pounds that explains the figure, too (rates, heads and per-head rates are not money)
			l.explanation.inputs
				.filter((i) => i.unit === 'gbp')
				.forEach((i) => add(`${where} ${l.key} input "${i.label}"`, { value: i.value }));
		}
	};
	for (const year of allYears(result)) {
		const where = `${year.organisation} ${year.year}`;
		lines(where, year);
		for (const c of year.costLines) {
			const { base, activity, inflation, efficiency, pressures, cost } = c;
			add(`${where} cost line ${c.id}`, { base, activity, inflation, efficiency, pressures, cost });
		}
		for (const s of year.qipp.schemes) {
			const { fullYear, inYear, counted } = s;
			add(`${where} scheme ${s.scheme.id}`, { fullYear, inYear, counted });
		}
		for (const w of year.qipp.byWorkstream) {
			const { inYear, fullYear, counted, riskAdjusted } = w;
			add(`${where} workstream ${w.workstream}`, { inYear, fullYear, counted, riskAdjusted });
		}
		const { identified, required, unidentifiedNeeded, unidentifiedPlanned, counted, riskAdjusted } =
			year.qipp;
		add(`${where} qipp`, {
			identified,
			required,
			unidentifiedNeeded,
			unidentifiedPlanned,
			counted,
			riskAdjusted
		});
		add(where, { target: year.target, headroom: year.headroom });
		add(`${where} carry-forward`, { closing: year.carryForward.closing, opening: year.carryForward.opening });
		year.carryForward.items.forEach((i) => add(`${where} carry-forward "${i.label}"`, { value: i.value }));
	}
	for (const year of result.consolidated) {
		const where = `consolidated ${year.year}`;
		lines(where, year);
		add(`${where} qipp`, { ...year.qipp });
		add(where, { target: year.target, headroom: year.headroom });
	}
	return figures;
}

/**
 * One organisation: allocation flat at 1000, opening 0, a non-tariff line of 1000 growing 35% in
 * 2017/18 (activity -350), target 0 both years, balancing unidentified QIPP, and three schemes:
 * green recurrent 100 from M01 (100 in year), amber one-off 100 from M01 (100), red recurrent 200
 * from M07 (100 in year, 100 full-year effect). Plan: required 350, identified 300, unidentified 50.
 */
function riskModel(): ModelInput {
	const ccg = org({
		priorRecurrentAllocation: D(1000),
		allocations: { [Y1]: { value: D(1000) } },
		costLines: [costLine({ id: 'L', base: D(1000), activityGrowth: py({ [Y1]: '0.35' }) })],
		schemes: [
			scheme({ id: 'g', rag: 'green', startMonth: 1, recurrent: true, values: py({ [Y1]: 100 }) }),
			scheme({ id: 'a', rag: 'amber', startMonth: 1, recurrent: false, values: py({ [Y1]: 100 }) }),
			scheme({ id: 'r', rag: 'red', startMonth: 7, recurrent: true, values: py({ [Y1]: 200 }) })
		],
		target: every(YEARS, 0)
	});
	return model({ years: YEARS, organisations: [ccg] });
}

describe('evaluateModel', () => {
	it('evaluates the plan view by default, one result per organisation and year', () => {
		const result = evaluateModel(riskModel());
		expect(result.view).toBe('plan');
		expect(result.years).toEqual(YEARS);
		expect(result.organisations.map((o) => [o.id, o.name, o.years.map((y) => y.year)])).toEqual([
			['ccg', 'Test CCG', YEARS]
		]);
		expect(result.consolidated.map((c) => c.year)).toEqual(YEARS);
	});

	it('balances the plan with unidentified QIPP and counts every scheme in full', () => {
		const [y1, y2] = evaluateModel(riskModel(), 'plan').organisations[0]?.years ?? [];
		// position before QIPP -350; required 350; identified 100 + 100 + 100 = 300; unidentified 50
		expect(y1?.qipp.required.toString()).toBe('350');
		expect(y1?.qipp.identified.toString()).toBe('300');
		expect(y1?.qipp.unidentifiedPlanned.toString()).toBe('50');
		expect(y1 && step(y1, 'qipp')).toBe('350');
		expect(y1 && step(y1, 'closing')).toBe('0');
		// risk-adjusted beside the plan: 100 x 1 + 100 x 0.75 + 100 x 0.5 + 50 x 0 = 225
		expect(y1?.qipp.riskAdjusted.toString()).toBe('225');
		// carry: the one-off amber 100 comes off: opening 2018/19 = 0 - 100 = -100
		expect(y2 && step(y2, 'opening')).toBe('-100');
		// full-year effect: green 100 - 100 = 0, red 200 - 100 = 100
		expect(y2 && step(y2, 'qipp_full_year_effect')).toBe('100');
		expect(y2 && step(y2, 'closing')).toBe('0');
	});

	it('applies delivery factors in the risk view (green 1, amber 0.75, red 0.5, unidentified 0) and keeps the plan unidentified', () => {
		const risk = evaluateModel(riskModel(), 'risk');
		expect(risk.view).toBe('risk');
		const [y1, y2] = risk.organisations[0]?.years ?? [];
		expect(y1?.view).toBe('risk');
		// the plan's 50 is kept (not re-balanced to the risk position) and counted at 0
		expect(y1?.qipp.unidentifiedPlanned.toString()).toBe('50');
		// 100 x 1 + 100 x 0.75 + 100 x 0.5 + 50 x 0 = 225; closing -350 + 225 = -125
		expect(y1 && step(y1, 'qipp')).toBe('225');
		expect(y1 && step(y1, 'closing')).toBe('-125');
		expect(y1?.headroom.toString()).toBe('-125');
		// the one-off amber scheme comes off at what was counted: -125 - 75 = -200
		expect(y1?.carryForward.items.map((i) => [i.label, i.value.toString()])).toEqual([
			['a (one-off QIPP)', '-75']
		]);
		expect(y2 && step(y2, 'opening')).toBe('-200');
		// full-year effect of red: (200 - 100) x 0.5 = 50; closing -200 + 50 = -150
		expect(y2 && step(y2, 'qipp_full_year_effect')).toBe('50');
		expect(y2 && step(y2, 'closing')).toBe('-150');
	});

	it('keeps a stated unidentified amount in the risk view and counts it at its factor', () => {
		const input = riskModel();
		const [ccg] = input.organisations;
		if (!ccg) throw new Error('fixture has one organisation');
		const stated = {
			...input,
			deliveryFactors: { ...input.deliveryFactors, unidentified: D('0.4') },
			organisations: [{ ...ccg, unidentified: { [Y1]: { amount: D(30) } } }]
		};
		const y1 = evaluateModel(stated, 'risk').organisations[0]?.years[0];
		// 100 + 75 + 50 + 30 x 0.4 = 237; closing -350 + 237 = -113
		expect(y1?.qipp.unidentifiedPlanned.toString()).toBe('30');
		expect(y1 && step(y1, 'qipp')).toBe('237');
		expect(y1 && step(y1, 'closing')).toBe('-113');
	});

	describe('consolidated view', () => {
		/**
		 * A: allocation 100 -> 110, opening 2, contingency 1% of 110 = 1.1, a scheme of 12 from M07
		 * (6 in year), no unidentified; closing 2 + 10 - 1.1 + 6 = 16.9, target 0.
		 * B: allocation 200 + 5% = 210, opening -3, non-recurrent reserve 2% of last year's 200 = 4,
		 * target 1, balancing; position 3 beats the target, closing 3.
		 */
		function twoOrganisations(): ModelInput {
			const a = org({
				id: 'a',
				name: 'CCG A',
				priorRecurrentAllocation: D(100),
				allocations: { [Y1]: { value: D(110) } },
				openingPosition: D(2),
				contingency: { rate: py({ [Y1]: '0.01' }), base: 'current' },
				schemes: [scheme({ id: 's', startMonth: 7, values: py({ [Y1]: 12 }) })],
				unidentified: noUnidentified([Y1])
			});
			const b = org({
				id: 'b',
				name: 'CCG B',
				priorRecurrentAllocation: D(200),
				allocations: { [Y1]: { growth: D('0.05') } },
				openingPosition: D(-3),
				nonRecurrentReserve: { rate: py({ [Y1]: '0.02' }), base: 'prior' },
				target: py({ [Y1]: 1 })
			});
			return model({ organisations: [a, b] });
		}

		it('sums every line by key, keeping opening first and closing last', () => {
			const [total] = evaluateModel(twoOrganisations()).consolidated;
			expect(total?.lines.map((l) => [l.kind, l.key, l.value.toString()])).toEqual([
				['opening', 'opening', '-1'],
				['step', 'growth_received', '20'],
				['step', 'normalisation', '0'],
				['step', 'reserve_provisions', '0'],
				['step', 'activity_growth', '0'],
				['step', 'inflation', '0'],
				['step', 'efficiency', '0'],
				['step', 'contingency', '-1.1'],
				['step', 'non_recurrent_reserve', '-4'],
				['step', 'qipp', '6'],
				// 16.9 + 3 = 19.9 = -1 + 20 - 1.1 - 4 + 6
				['closing', 'closing', '19.9']
			]);
		});

		it('sums the context, QIPP figures, targets and headroom', () => {
			const [total] = evaluateModel(twoOrganisations()).consolidated;
			expect(total?.context.map((c) => [c.key, c.value.toString()])).toEqual([
				['prior_recurrent_allocation', '300'],
				['allocation', '320'],
				['target', '1']
			]);
			// required: A 0 - 10.9 = -10.9, B 1 - 3 = -2; needed: A -10.9 - 6 = -16.9, B -2
			expect(total?.qipp.identified.toString()).toBe('6');
			expect(total?.qipp.required.toString()).toBe('-12.9');
			expect(total?.qipp.unidentifiedNeeded.toString()).toBe('-18.9');
			expect(total?.qipp.unidentifiedPlanned.isZero()).toBe(true);
			expect(total?.qipp.counted.toString()).toBe('6');
			expect(total?.target.toString()).toBe('1');
			// A 16.9 - 0, B 3 - 1
			expect(total?.headroom.toString()).toBe('18.9');
		});

		it('explains a consolidated line by its parts, one per organisation', () => {
			const [total] = evaluateModel(twoOrganisations()).consolidated;
			const growth = total?.lines.find((l) => l.key === 'growth_received');
			expect(growth?.explanation.inputs.map((i) => [i.label, i.value.toString()])).toEqual([
				['CCG A', '10'],
				['CCG B', '10']
			]);
		});

		it('puts lines from different organisations back in bridge order: specific allocations before QIPP', () => {
			// A has a specific allocation "ir" (4); B has "bcf" (3) and a cost line with other pressures 5
			const a = org({
				id: 'a',
				name: 'CCG A',
				specificAllocations: [amounts({ id: 'ir', values: py({ [Y1]: 4 }) })],
				unidentified: noUnidentified([Y1])
			});
			const b = org({
				id: 'b',
				name: 'CCG B',
				specificAllocations: [amounts({ id: 'bcf', recurrent: false, values: py({ [Y1]: 3 }) })],
				costLines: [costLine({ id: 'L', base: D(100), otherPressures: py({ [Y1]: 5 }) })],
				unidentified: noUnidentified([Y1])
			});
			const [total] = evaluateModel(model({ organisations: [a, b] })).consolidated;
			expect(total?.lines.map((l) => [l.key, l.value.toString()])).toEqual([
				['opening', '0'],
				['growth_received', '0'],
				['normalisation', '0'],
				['reserve_provisions', '0'],
				['activity_growth', '0'],
				['inflation', '0'],
				['efficiency', '0'],
				['other_pressures', '-5'],
				['contingency', '0'],
				['non_recurrent_reserve', '0'],
				['specific:ir', '4'],
				['specific:bcf', '3'],
				['qipp', '0'],
				// 0 - 5 + 4 + 3 = 2
				['closing', '2']
			]);
			expect(total && openingPlusSteps(total).eq(closingOf(total.lines))).toBe(true);
		});
	});

	describe('exact to the penny (regressions: residues of recurring twelfths and long products)', () => {
		it('balances year 2 exactly to its target after a one-off £1,000,000 scheme from M12', () => {
			// Before penny rounding the carried opening was 999,999.99...97 and year 2 balanced with an
			// unidentified QIPP of 3e-44.
			const run = (target2: string) => {
				const ccg = org({
					openingPosition: D(1_000_000),
					schemes: [
						scheme({ id: 'once', startMonth: 12, recurrent: false, values: py({ [Y1]: 1_000_000 }) })
					],
					target: py({ [Y1]: 0, [Y2]: target2 })
				});
				return evaluateModel(model({ years: YEARS, organisations: [ccg] })).organisations[0]?.years ?? [];
			};
			const [y1, y2] = run('1000000');
			// 1,000,000 x 1/12 = 83,333.333... -> 83,333.33; closing 1,000,000 + 83,333.33 = 1,083,333.33
			// (above the target 0: no unidentified QIPP)
			expect(y1 && step(y1, 'qipp')).toBe('83333.33');
			expect(y1 && step(y1, 'closing')).toBe('1083333.33');
			// the one-off saving comes off at carry-forward: 1,083,333.33 - 83,333.33 = 1,000,000
			expect(y2 && step(y2, 'opening')).toBe('1000000');
			// required 1,000,000 - 1,000,000 = 0: nothing unidentified, closing exactly at target
			expect(y2?.qipp.unidentifiedPlanned.isZero()).toBe(true);
			expect(y2 && step(y2, 'closing')).toBe('1000000');
			expect(y2 && closingOf(y2.lines).eq(y2.target)).toBe(true);
			expect(y2?.headroom.isZero()).toBe(true);
			// target 1,000,000.07: unidentified 1,000,000.07 - 1,000,000 = 0.07, closing exactly at target
			const [, shortfall] = run('1000000.07');
			expect(shortfall?.qipp.unidentifiedPlanned.toString()).toBe('0.07');
			expect(shortfall && step(shortfall, 'closing')).toBe('1000000.07');
			expect(shortfall?.headroom.isZero()).toBe(true);
		});

		it('closes the consolidated bridge exactly with a £1 scheme from M12 beside openings of ±£1,000,000', () => {
			const a = org({
				id: 'a',
				name: 'CCG A',
				openingPosition: D(1_000_000),
				schemes: [scheme({ id: 's', startMonth: 12, recurrent: true, values: py({ [Y1]: 1 }) })],
				unidentified: noUnidentified(YEARS)
			});
			const b = org({
				id: 'b',
				name: 'CCG B',
				openingPosition: D(-1_000_000),
				unidentified: noUnidentified(YEARS)
			});
			for (const view of ['plan', 'risk'] as const) {
				const [t1, t2] = evaluateModel(model({ years: YEARS, organisations: [a, b] }), view).consolidated;
				if (!t1 || !t2) throw new Error('two consolidated years');
				// opening 1,000,000 - 1,000,000 = 0; QIPP 1 x 1/12 = 0.0833... -> 0.08 (green: factor 1)
				expect([step(t1, 'opening'), step(t1, 'qipp'), step(t1, 'closing')]).toEqual(['0', '0.08', '0.08']);
				// the rest of the recurrent saving next year: 1 - 0.08 = 0.92; closing 0.08 + 0.92 = 1
				expect([step(t2, 'opening'), step(t2, 'qipp_full_year_effect'), step(t2, 'closing')]).toEqual([
					'0.08',
					'0.92',
					'1'
				]);
				for (const total of [t1, t2]) {
					expect(openingPlusSteps(total).eq(closingOf(total.lines)), `${view} ${total.year}`).toBe(true);
				}
			}
		});

		it('splits a tariff line exactly over five years: activity + inflation - efficiency + pressures = cost - base', () => {
			const years = yearRange(Y1, 5);
			const ccg = org({
				costLines: [
					costLine({
						id: 'T',
						tariff: true,
						base: D('250000000.01'),
						otherPressures: py({ '2019/20': '1234.56' })
					})
				]
			});
			const input = model({
				years,
				assumptions: {
					activityGrowth: every(years, '0.0235'),
					inflation: every(years, '0.021'),
					efficiency: every(years, '0.02')
				},
				organisations: [ccg]
			});
			const costs = (evaluateModel(input).organisations[0]?.years ?? []).map((y) => y.costLines[0]);
			const parts = (c: (typeof costs)[number]) =>
				[c?.activity, c?.inflation, c?.efficiency, c?.cost].map((v) => v?.toString());
			// 2017/18: 250,000,000.01 x 0.0235 = 5,875,000.000235 -> 5,875,000;
			// 255,875,000.01 x 0.021 = 5,373,375.00021 -> 5,373,375;
			// 261,248,375.01 x 0.02 = 5,224,967.5002 -> 5,224,967.5;
			// cost 261,248,375.01 - 5,224,967.5 = 256,023,407.51
			expect(parts(costs[0])).toEqual(['5875000', '5373375', '5224967.5', '256023407.51']);
			// 2018/19: 256,023,407.51 x 0.0235 = 6,016,550.076485 -> 6,016,550.08;
			// 262,039,957.59 x 0.021 = 5,502,839.10939 -> 5,502,839.11;
			// 267,542,796.7 x 0.02 = 5,350,855.934 -> 5,350,855.93; cost 262,191,940.77
			expect(parts(costs[1])).toEqual(['6016550.08', '5502839.11', '5350855.93', '262191940.77']);
			expect(costs).toHaveLength(5);
			costs.forEach((c, t) => {
				if (!c) throw new Error(`no cost line in ${years[t]}`);
				const split = c.activity.plus(c.inflation).minus(c.efficiency).plus(c.pressures);
				expect(split.eq(c.cost.minus(c.base)), `${years[t]}`).toBe(true);
				expect(c.cost.decimalPlaces(), `${years[t]}`).toBeLessThanOrEqual(2);
				if (t > 0) expect(c.base.eq(costs[t - 1]?.cost ?? D(NaN)), `${years[t]} base`).toBe(true);
			});
			expect(costs[2]?.pressures.toString()).toBe('1234.56');
		});
	});

	describe('properties', () => {
		const RUNS = { numRuns: 150 };
		const views = fc.constantFrom<'plan' | 'risk'>('plan', 'risk');

		it("closes every organisation's bridge exactly: closing === opening + sum(steps) (property)", () => {
			fc.assert(
				fc.property(modelInputArb(), views, (input, view) => {
					for (const year of allYears(evaluateModel(input, view))) {
						expect(year.lines[0]?.kind).toBe('opening');
						expect(year.lines.at(-1)?.kind).toBe('closing');
						expect(year.lines.filter((l) => l.kind === 'closing')).toHaveLength(1);
						expect(
							openingPlusSteps(year).eq(closingOf(year.lines)),
							`${view} ${year.organisation} ${year.year}`
						).toBe(true);
					}
				}),
				RUNS
			);
		});

		it('closes the consolidated bridge exactly too (property)', () => {
			fc.assert(
				fc.property(modelInputArb(), views, (input, view) => {
					for (const year of evaluateModel(input, view).consolidated) {
						expect(year.lines[0]?.kind).toBe('opening');
						expect(year.lines.at(-1)?.kind).toBe('closing');
						expect(openingPlusSteps(year).eq(closingOf(year.lines)), `${view} ${year.year}`).toBe(true);
					}
				}),
				RUNS
			);
		});

		it('consolidates to the sum of the organisations for every line key (property)', () => {
			fc.assert(
				fc.property(modelInputArb(), views, (input, view) => {
					const result = evaluateModel(input, view);
					input.years.forEach((year, i) => {
						const parts = result.organisations
							.map((o) => o.years[i])
							.filter((r): r is YearResult => r !== undefined);
						expect(parts).toHaveLength(input.organisations.length);
						const total = result.consolidated[i];
						if (!total) throw new Error(`no consolidated ${year}`);
						const keys = new Set(parts.flatMap((p) => p.lines.map((l) => l.key)));
						expect(new Set(total.lines.map((l) => l.key))).toEqual(keys);
						for (const key of keys) {
							const expected = sum(parts.map((p) => p.lines.find((l) => l.key === key)?.value ?? ZERO));
							expect(total.lines.find((l) => l.key === key)?.value.eq(expected), key).toBe(true);
						}
						for (const key of ['prior_recurrent_allocation', 'allocation', 'target']) {
							const expected = sum(parts.map((p) => p.context.find((c) => c.key === key)?.value ?? ZERO));
							expect(total.context.find((c) => c.key === key)?.value.eq(expected), key).toBe(true);
						}
						const qippKeys = [
							'identified',
							'required',
							'unidentifiedNeeded',
							'unidentifiedPlanned',
							'counted',
							'riskAdjusted'
						] as const;
						for (const key of qippKeys) {
							expect(total.qipp[key].eq(sum(parts.map((p) => p.qipp[key]))), key).toBe(true);
						}
						expect(total.target.eq(sum(parts.map((p) => p.target)))).toBe(true);
						expect(total.headroom.eq(sum(parts.map((p) => p.headroom)))).toBe(true);
						expect(closingOf(total.lines).eq(sum(parts.map((p) => closingOf(p.lines))))).toBe(true);
					});
				}),
				RUNS
			);
		});

		it('opens each year at last year closing plus the carry-forward items (property)', () => {
			fc.assert(
				fc.property(modelInputArb(), views, (input, view) => {
					for (const { years } of evaluateModel(input, view).organisations) {
						years.forEach((year, t) => {
							const closing = closingOf(year.lines);
							const carried = closing.plus(sum(year.carryForward.items.map((item) => item.value)));
							expect(year.carryForward.closing.eq(closing)).toBe(true);
							expect(year.carryForward.opening.eq(carried)).toBe(true);
							const next = years[t + 1];
							if (next) expect(next.lines[0]?.value.eq(carried), `${next.year} opening`).toBe(true);
						});
					}
				}),
				RUNS
			);
		});

		it('balances the plan to at least its target, exactly when unidentified QIPP is needed (property)', () => {
			fc.assert(
				fc.property(modelInputArb({ unidentified: 'balance' }), (input) => {
					for (const year of allYears(evaluateModel(input, 'plan'))) {
						const closing = closingOf(year.lines);
						expect(closing.gte(year.target), `${year.organisation} ${year.year}`).toBe(true);
						if (year.qipp.unidentifiedNeeded.isPositive() && !year.qipp.unidentifiedNeeded.isZero()) {
							expect(closing.toString(), `${year.organisation} ${year.year}`).toBe(year.target.toString());
							expect(year.headroom.isZero()).toBe(true);
						} else {
							expect(year.qipp.unidentifiedPlanned.isZero()).toBe(true);
						}
					}
				}),
				RUNS
			);
		});

		it('computes every money figure to at most 2 decimal places from inputs in pounds and pence (property)', () => {
			fc.assert(
				fc.property(modelInputArb(), views, (input, view) => {
					const result = evaluateModel(input, view);
					for (const [where, value] of moneyFigures(result)) {
						expect(value.decimalPlaces(), `${where} = ${value.toString()}`).toBeLessThanOrEqual(2);
					}
				}),
				RUNS
			);
		});

		it('keeps the plan unidentified QIPP in the risk view, and equals the plan when every factor is 1 (property)', () => {
			fc.assert(
				fc.property(modelInputArb(), (input) => {
					const plan = allYears(evaluateModel(input, 'plan'));
					const risk = allYears(evaluateModel(input, 'risk'));
					risk.forEach((r, i) =>
						expect(r.qipp.unidentifiedPlanned.eq(plan[i]?.qipp.unidentifiedPlanned ?? D(NaN))).toBe(true)
					);
					const one = D(1);
					const certain = {
						...input,
						deliveryFactors: { green: one, amber: one, red: one, unidentified: one }
					};
					const planCertain = allYears(evaluateModel(certain, 'plan'));
					allYears(evaluateModel(certain, 'risk')).forEach((r, i) => {
						expect(closingOf(r.lines).eq(closingOf(planCertain[i]?.lines ?? []))).toBe(true);
					});
				}),
				RUNS
			);
		});
	});
});
