// The integer-pence kernel computes exactly what the Decimal engine computes (ADR 0013): every
// bridge line, QIPP figure, allocation, target and headroom, per organisation and consolidated, on
// random models of every shape the engine takes, and on the shipped examples.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelInput, QippScheme } from '../../../../src/lib/engine/types';
import { evaluateScenario } from '../../../../src/lib/model/evaluate-scenario';
import { readModel } from '../../../../src/lib/model/valid-model';
import { generateLargeModel } from '../../../../bench/large-model';
import { modelInputArb } from '../arbitraries';
import { disagreements } from './agree';

/** Schemes given a start month per year, and savings in years outside the model (ADR 0014). */
function withTranches(model: ModelInput, seed: number): ModelInput {
	const first = Number(model.years[0]!.slice(0, 4));
	const before = `${first - 1}/${String(first % 100).padStart(2, '0')}`;
	return {
		...model,
		organisations: model.organisations.map((org) => ({
			...org,
			schemes: org.schemes.map((s, i): QippScheme => {
				const kind = (seed + i) % 3;
				if (kind === 0)
					return {
						...s,
						startMonths: Object.fromEntries(model.years.map((y, j) => [y, ((seed + j) % 12) + 1]))
					};
				if (kind === 1)
					return {
						...s,
						values: {
							...s.values,
							[before]:
								s.values[model.years[0]!] ??
								s.values[model.years.at(-1)!] ??
								model.deliveryFactors.red.times(1000)
						}
					};
				return s;
			})
		}))
	};
}

const models = modelInputArb({ maxOrganisations: 5, maxYears: 10 });

describe('the integer-pence kernel agrees with the Decimal engine', () => {
	it('on random models, plan and risk-adjusted', () => {
		fc.assert(
			fc.property(models, fc.nat(), (model, seed) => {
				const tranches = withTranches(model, seed);
				for (const view of ['plan', 'risk'] as const) {
					expect(disagreements(model, view)).toEqual([]);
					expect(disagreements(tranches, view)).toEqual([]);
				}
			}),
			{ numRuns: 100 }
		);
	}, 120_000);

	it('on the example models, every scenario', () => {
		for (const name of ['portsmouth-ccg-2017-19', 'icb-template-2026-29', 'blank-plan']) {
			const read = readModel(readFileSync(`models/${name}.json`, 'utf8'));
			if (!read.ok) throw new Error(`${name} does not load`);
			for (const scenario of ['baseline', ...read.value.scenarios.map((s) => s.id)]) {
				const input = evaluateScenario(read.value, scenario).input;
				if (!input) throw new Error(`${name} ${scenario} has no engine input`);
				for (const view of ['plan', 'risk'] as const)
					expect(disagreements(input, view), `${name} ${scenario}`).toEqual([]);
			}
		}
	});

	it('on the large generated model', () => {
		const large = generateLargeModel();
		for (const view of ['plan', 'risk'] as const) expect(disagreements(large, view)).toEqual([]);
	});
});
