// The engine keeps the projection of a cost-line list and of a scheme list and reuses it while what
// it was made from is unchanged, and makes long explanations only when read. None of that may
// show: a model evaluated after others, sharing their lists, must give exactly what the same model
// gives when evaluated afresh, explanations included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { explain } from '../../../src/lib/engine/explain';
import type { ModelInput, PriceConvention, View } from '../../../src/lib/engine/types';
import { assumptionsArb, deliveryFactorsArb, modelInputArb } from './arbitraries';
import { costLine, every, model, org, scheme } from './fixtures';

/** The same model with new cost-line and scheme lists, so nothing kept from before applies. */
function afresh(input: ModelInput): ModelInput {
	return {
		...input,
		organisations: input.organisations.map((o) => ({
			...o,
			costLines: [...o.costLines],
			schemes: [...o.schemes]
		}))
	};
}

/** Every figure and explanation as exact text (Decimals print as exact strings, getters are read). */
const text = (input: ModelInput, view: View) => JSON.stringify(evaluateModel(input, view));

describe('reusing earlier projections', () => {
	it('gives what a fresh evaluation gives, for a model sharing another model’s lists', () => {
		// The same lists under new rates, factors and convention (same years), or under a wholly
		// different model (other years, reserves, allocations).
		const pair = modelInputArb().chain((first) =>
			fc.tuple(
				fc.constant(first),
				fc.oneof(
					fc
						.record({
							assumptions: assumptionsArb(first.years),
							deliveryFactors: deliveryFactorsArb(),
							convention: fc.constantFrom<PriceConvention>('multiplicative', 'additive')
						})
						.map((changes): ModelInput => ({ ...first, ...changes })),
					modelInputArb().map((second): ModelInput => ({
						...second,
						organisations: second.organisations.map((o, i) => {
							const lists = first.organisations[i % first.organisations.length]!;
							return { ...o, costLines: lists.costLines, schemes: lists.schemes };
						})
					}))
				)
			)
		);
		fc.assert(
			fc.property(pair, ([first, shared]) => {
				for (const view of ['plan', 'risk'] as const) {
					const before = text(first, view);
					expect(text(shared, view)).toBe(text(afresh(shared), view));
					expect(text(first, view)).toBe(before);
				}
			}),
			{ numRuns: 30 }
		);
	});

	it('reuses the cost lines when the assumptions are rebuilt with equal values, and not when one differs', () => {
		const years = ['2017/18', '2018/19'];
		const lines = [costLine({ id: 'acute', base: D(1000), tariff: true })];
		const base = model({
			years,
			organisations: [org({ costLines: lines })],
			assumptions: {
				activityGrowth: every(years, '0.02'),
				inflation: every(years, '0.021'),
				efficiency: every(years, '0.02')
			}
		});
		const first = evaluateModel(base).organisations[0]!.years;
		// Equal values in new objects (and written differently): the same projection comes back.
		const rebuilt = { ...base, assumptions: { ...base.assumptions, inflation: every(years, '0.0210') } };
		expect(evaluateModel(rebuilt).organisations[0]!.years[1]!.costLines).toBe(first[1]!.costLines);
		// One year's rate changed: projected again, and the second year's inflation moves.
		const changed = {
			...base,
			assumptions: { ...base.assumptions, inflation: { ...base.assumptions.inflation, '2018/19': D('0.03') } }
		};
		const again = evaluateModel(changed).organisations[0]!.years;
		expect(again[1]!.costLines).not.toBe(first[1]!.costLines);
		expect(text(changed, 'plan')).toBe(text(afresh(changed), 'plan'));
		// The other price convention splits the same rates differently.
		const additive: ModelInput = { ...base, convention: 'additive' };
		expect(text(additive, 'plan')).toBe(text(afresh(additive), 'plan'));
		expect(text(additive, 'plan')).not.toBe(text(base, 'plan'));
	});

	it('names each organisation in the explanations when two share one list', () => {
		const years = ['2017/18'];
		const lines = [costLine({ id: 'acute', base: D(1000) })];
		const schemes = [scheme({ id: 'rx', values: every(years, 100) })];
		const input = model({
			years,
			organisations: [
				org({ id: 'north', costLines: lines, schemes }),
				org({ id: 'south', costLines: lines, schemes })
			]
		});
		const result = evaluateModel(input);
		for (const o of result.organisations) {
			const lineOf = (key: string) => o.years[0]!.lines.find((l) => l.key === key)!;
			expect(lineOf('inflation').explanation.inputs[0]?.source).toBe(
				`organisations.${o.id}.costLines.acute.inflation`
			);
			expect(lineOf('qipp').explanation.inputs[0]?.source).toBe(
				`organisations.${o.id}.qipp.schemes.rx.values.2017/18`
			);
		}
	});
});

describe('explanations made on first read', () => {
	it('read, print and compare like ones made at once, and are made once', () => {
		let made = 0;
		const inputs = [{ label: 'Target', value: D('1.5'), unit: 'gbp' as const, source: 'x' }];
		const lazy = explain('As entered', () => {
			made++;
			return inputs;
		});
		expect(made).toBe(0);
		expect(lazy).toEqual(explain('As entered', inputs));
		expect(JSON.stringify(lazy)).toBe(JSON.stringify(explain('As entered', inputs)));
		expect({ ...lazy }.inputs).toBe(inputs);
		expect(made).toBe(1);
	});
});
