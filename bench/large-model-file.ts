// The large generated model (large-model.ts) as a model file, so the browser bench can import it
// the way a finance lead would and time the app's own path: validate, evaluate, render. Amounts are
// in pounds ("gbp"), rates in percent. One named cell, inflation_uplift, is the model-wide
// inflation assumption, so editing it feeds every cost line that does not set its own inflation.
import type { Dec } from '../src/lib/engine/decimal';
import type { ModelInput, PerYear } from '../src/lib/engine/types';
import type { ModelFile } from '../src/lib/model/schema';
import { generateLargeModel } from './large-model';

export const UPLIFT_CELL = 'inflation_uplift';

const pounds = (d: Dec) => d.toFixed();
const percent = (d: Dec) => d.times(100).toFixed();
const byYear = (values: PerYear<Dec>, show: (d: Dec) => string) =>
	Object.fromEntries(Object.entries(values).map(([y, v]) => [y, show(v)]));
const month = (m: number) => `M${String(m).padStart(2, '0')}`;

export function largeModelFile(model: ModelInput = generateLargeModel()): ModelFile {
	return {
		schemaVersion: 3,
		name: 'Large generated plan (bench)',
		illustrative: true,
		unit: 'gbp',
		years: [...model.years],
		convention: model.convention,
		assumptions: {
			activityGrowth: byYear(model.assumptions.activityGrowth ?? {}, percent),
			inflation: `=${UPLIFT_CELL}`,
			efficiency: byYear(model.assumptions.efficiency ?? {}, percent)
		},
		qippDeliveryFactors: {
			green: percent(model.deliveryFactors.green),
			amber: percent(model.deliveryFactors.amber),
			red: percent(model.deliveryFactors.red),
			unidentified: percent(model.deliveryFactors.unidentified)
		},
		cells: [{ id: 'inflation-uplift', name: UPLIFT_CELL, unit: 'percent', value: '2.1' }],
		scenarios: [],
		organisations: model.organisations.map((org) => ({
			id: org.id,
			name: org.name,
			allocation: {
				priorRecurrent: pounds(org.priorRecurrentAllocation),
				years: Object.fromEntries(
					Object.entries(org.allocations).map(([y, a]) => [
						y,
						'value' in a ? { value: pounds(a.value) } : { growth: percent(a.growth) }
					])
				)
			},
			specificAllocations: org.specificAllocations.map((s) => ({
				id: s.id,
				name: s.name,
				recurrent: s.recurrent,
				values: byYear(s.values, pounds)
			})),
			opening: { position: pounds(org.openingPosition) },
			normalisation: byYear(org.normalisation, pounds),
			population: byYear(org.population, (d) => d.toFixed()),
			costLines: org.costLines.map((line) => ({
				id: line.id,
				name: line.name,
				tariff: line.tariff,
				base: pounds(line.base),
				...(line.activityGrowth && { activityGrowth: byYear(line.activityGrowth, percent) }),
				...(line.inflation && { inflation: byYear(line.inflation, percent) }),
				...(line.efficiency && { efficiency: byYear(line.efficiency, percent) }),
				...(line.otherPressures && { otherPressures: byYear(line.otherPressures, pounds) })
			})),
			reserves: {
				contingency: { rate: byYear(org.contingency.rate, percent), base: org.contingency.base },
				nonRecurrent: {
					rate: byYear(org.nonRecurrentReserve.rate, percent),
					base: org.nonRecurrentReserve.base,
					...(org.nonRecurrentReserve.label && { label: org.nonRecurrentReserve.label })
				},
				investments: org.investments.map((i) => ({
					id: i.id,
					name: i.name,
					recurrent: i.recurrent,
					values: byYear(i.values, pounds)
				})),
				perHead: org.perHead.map((p) => ({
					id: p.id,
					name: p.name,
					recurrent: p.recurrent,
					rate: byYear(p.rate, pounds)
				}))
			},
			qipp: {
				schemes: org.schemes.map((s) => ({
					id: s.id,
					name: s.name,
					workstream: s.workstream,
					rag: s.rag,
					startMonth: month(s.startMonth),
					recurrent: s.recurrent,
					values: byYear(s.values, pounds)
				})),
				unidentified: Object.fromEntries(
					Object.entries(org.unidentified).map(([y, u]) => [
						y,
						u === 'balance' ? 'balance' : pounds(u.amount)
					])
				)
			},
			target: byYear(org.target, pounds),
			stated: {}
		}))
	} as ModelFile;
}
