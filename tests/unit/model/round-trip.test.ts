// Parsing and printing a model round-trips: parse(file) printed as JSON and parsed again is the
// same model, and gives the same engine input, for any valid random model file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { yearRange } from '../../../src/lib/engine/years';
import { validateModel } from '../../../src/lib/model/valid-model';
import { toEngineInput } from '../../../src/lib/model/to-engine';

const money = fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => (n / 1000).toFixed(3));
const positive = fc.integer({ min: 0, max: 10_000_000 }).map((n) => (n / 100).toFixed(2));
const rate = fc.integer({ min: -500, max: 1500 }).map((n) => (n / 100).toFixed(2));
const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,6}$/);

function modelFile() {
	return fc.integer({ min: 1, max: 4 }).chain((count) => {
		const years = yearRange('2024/25', count);
		const byYear = <T>(value: fc.Arbitrary<T>) =>
			fc
				.subarray(years)
				.chain((ys) =>
					fc.tuple(...ys.map(() => value)).map((vs) => Object.fromEntries(ys.map((y, i) => [y, vs[i]])))
				);
		const organisation = (orgId: string) =>
			fc.record({
				id: fc.constant(orgId),
				name: fc.constant(`Org ${orgId}`),
				allocation: fc.record({
					priorRecurrent: positive,
					years: byYear(
						fc.oneof(
							positive.map((value) => ({ value })),
							rate.map((growth) => ({ growth }))
						)
					)
				}),
				opening: fc.record({ position: money }),
				normalisation: byYear(money),
				costLines: fc.uniqueArray(
					fc.record({
						id,
						name: fc.constant('Line'),
						tariff: fc.boolean(),
						base: positive,
						activityGrowth: fc.option(rate, { nil: undefined }),
						inflation: fc.option(byYear(rate), { nil: undefined })
					}),
					{ selector: (l) => l.id, maxLength: 4 }
				),
				reserves: fc.record({
					contingency: fc.record({ rate, base: fc.constantFrom('current', 'prior') }),
					nonRecurrent: fc.record({ rate, base: fc.constantFrom('current', 'prior') })
				}),
				qipp: fc.record({
					schemes: fc.uniqueArray(
						fc.record({
							id,
							name: fc.constant('Scheme'),
							workstream: fc.constantFrom('Prescribing', 'CHC', 'Elective'),
							rag: fc.constantFrom('green', 'amber', 'red'),
							startMonth: fc.integer({ min: 1, max: 12 }).map((m) => `M${String(m).padStart(2, '0')}`),
							recurrent: fc.boolean(),
							values: byYear(positive)
						}),
						{ selector: (s) => s.id, maxLength: 4 }
					),
					unidentified: byYear(fc.oneof(fc.constant('balance'), positive))
				}),
				target: byYear(money)
			});
		return fc.record({
			schemaVersion: fc.constant(1),
			name: fc.constant('Random model'),
			unit: fc.constantFrom('gbp', 'k', 'm'),
			years: fc.constant(years),
			convention: fc.constantFrom('multiplicative', 'additive'),
			assumptions: fc.record({ inflation: rate, efficiency: rate }),
			organisations: fc
				.uniqueArray(id, { minLength: 1, maxLength: 2 })
				.chain((ids) => fc.tuple(...ids.map(organisation)))
		});
	});
}

describe('validateModel round trip', () => {
	it('printing a parsed model and parsing it again gives the same model and the same figures', () => {
		fc.assert(
			fc.property(modelFile(), (file) => {
				const first = validateModel(JSON.parse(JSON.stringify(file)));
				if (!first.ok) throw new Error(JSON.stringify(first.problems));
				const second = validateModel(JSON.parse(JSON.stringify(first.value)));
				if (!second.ok) throw new Error(JSON.stringify(second.problems));
				expect(second.value).toEqual(first.value);
				const closings = (m: typeof first.value) =>
					evaluateModel(toEngineInput(m)).organisations.flatMap((o) =>
						o.years.map((y) => y.lines.at(-1)?.value.toString())
					);
				expect(closings(second.value)).toEqual(closings(first.value));
			}),
			{ numRuns: 100 }
		);
	});
});
