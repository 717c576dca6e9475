import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFile, validateModel } from '../../../src/lib/model/valid-model';
import { deliveryRanges, DEFAULT_DELIVERY } from '../../../src/lib/model/uncertainty';

const portsmouth = () => JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));

function withUncertainty(uncertainty: unknown, scenarios: unknown[] = []) {
	return { ...portsmouth(), uncertainty, scenarios };
}

describe('uncertainty in the model file', () => {
	it('accepts each kind of distribution on any input path', () => {
		const checked = validateModel(
			withUncertainty({
				ranges: [
					{
						path: 'cells.tariff_uplift.value',
						distribution: { type: 'triangular', low: '1.5', mode: '2.1', high: '3' }
					},
					{
						path: 'assumptions.activityGrowth',
						distribution: { type: 'normal', mean: '0', sd: '0.5', low: '-1' }
					},
					{
						path: 'organisations.portsmouth.opening.position',
						distribution: { type: 'uniform', low: '2', high: '4' }
					},
					{
						path: 'cells.contingency_rate.value',
						distribution: {
							type: 'discrete',
							values: [
								{ value: '0.5', weight: '3' },
								{ value: '1', weight: '1' }
							]
						}
					}
				],
				delivery: { red: { type: 'uniform', low: '0', high: '60' } }
			})
		);
		expect(checked.ok).toBe(true);
	});

	it('says where a triangular range is out of order, a weight is not positive or an sd negative', () => {
		const checked = validateModel(
			withUncertainty({
				ranges: [
					{
						path: 'assumptions.activityGrowth',
						distribution: { type: 'triangular', low: '2', mode: '1', high: '3' }
					},
					{ path: 'assumptions.activityGrowth', distribution: { type: 'normal', mean: '0', sd: '-1' } }
				],
				delivery: { green: { type: 'discrete', values: [{ value: '90', weight: '0' }] } }
			})
		);
		expect(checked.ok).toBe(false);
		if (checked.ok) return;
		expect(checked.problems.map((p) => p.path)).toEqual([
			'uncertainty.ranges[0].distribution.mode',
			'uncertainty.ranges[1].distribution.sd',
			'uncertainty.delivery.green.values[0].weight'
		]);
	});

	it('refuses an unknown distribution type, naming the types there are', () => {
		const checked = validateModel(
			withUncertainty({ ranges: [{ path: 'x', distribution: { type: 'beta' } }] })
		);
		expect(checked.ok).toBe(false);
		if (!checked.ok) expect(checked.problems[0]!.message).toMatch(/triangular, normal, uniform or discrete/);
	});

	it("gives a scenario its parent's ranges with its own on top, the same path replaced", () => {
		const tri = (mode: string) => ({ type: 'triangular', low: '0', mode, high: '5' });
		const checked = validateModel(
			withUncertainty({ ranges: [{ path: 'assumptions.activityGrowth', distribution: tri('1') }] }, [
				{
					id: 'wider',
					name: 'Wider',
					parent: 'baseline',
					uncertainty: {
						ranges: [
							{ path: 'cells.tariff_uplift.value', distribution: tri('2') },
							{ path: 'assumptions.activityGrowth', distribution: tri('3') }
						],
						delivery: { amber: tri('4') }
					}
				}
			])
		);
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		const base = scenarioFile(checked.value)!;
		const wider = scenarioFile(checked.value, 'wider')!;
		expect(base.uncertainty?.ranges.map((r) => r.path)).toEqual(['assumptions.activityGrowth']);
		expect(wider.uncertainty?.ranges).toEqual([
			{ path: 'cells.tariff_uplift.value', distribution: tri('2') },
			{ path: 'assumptions.activityGrowth', distribution: tri('3') }
		]);
		expect(deliveryRanges(wider).amber).toEqual(tri('4'));
		expect(deliveryRanges(wider).red).toEqual(DEFAULT_DELIVERY.red);
	});
});
