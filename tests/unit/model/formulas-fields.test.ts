// Which fields take formulas, and what each measures: read from the schema's marks, so the list
// below is the model format's rule written out by hand (docs/model-format.md, "Formulas").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formulaInputs } from '../../../src/lib/model/formula-inputs';
import { validateModel } from '../../../src/lib/model/valid-model';

const F = '=x';

/** Portsmouth with the formula "=x" in every kind of numeric field, and in some text fields. */
function everywhere() {
	const model = JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
	const org = model.organisations[0];
	model.assumptions = { activityGrowth: F, inflation: { '2017/18': F, '2018/19': '2' } };
	model.qippDeliveryFactors = { green: F, amber: '75', red: '50', unidentified: '0' };
	org.allocation.priorRecurrent = F;
	org.allocation.years = { '2017/18': { value: F }, '2018/19': { growth: F } };
	org.specificAllocations[0].values = F;
	org.opening.position = F;
	org.normalisation = { '2018/19': F };
	org.population = F;
	org.costLines = [
		{
			...org.costLines[0],
			base: F,
			activityGrowth: F,
			inflation: { '2017/18': F, '2018/19': '1' },
			efficiency: F,
			otherPressures: { '2018/19': F }
		}
	];
	org.reserves.contingency.rate = F;
	org.reserves.investments[0].values = { '2017/18': F };
	org.reserves.perHead = [{ id: 'gp', name: F, recurrent: true, rate: F }];
	org.qipp.schemes = [{ ...org.qipp.schemes[0], name: F, workstream: F, values: F }];
	org.qipp.unidentified = { '2017/18': F, '2018/19': 'balance' };
	org.target = F;
	// Text, whatever it says.
	org.name = F;
	org.opening.label = F;
	org.costLines[0].note = F;
	model.description = F;
	return model;
}

describe('formula inputs are the numeric fields', () => {
	it('every numeric field takes a formula, with its kind and shape; text fields do not', () => {
		const parsed = validateModel(everywhere());
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const found = formulaInputs(parsed.value).map((i) => [i.where, i.kind, i.shape, i.year ?? '']);
		const org = 'organisations.portsmouth';
		expect(found.sort()).toEqual(
			[
				['assumptions.activityGrowth', 'rate', 'byYear', ''],
				['assumptions.inflation["2017/18"]', 'rate', 'year', '2017/18'],
				['qippDeliveryFactors.green', 'rate', 'scalar', ''],
				[`${org}.allocation.priorRecurrent`, 'money', 'scalar', ''],
				[`${org}.allocation.years["2017/18"].value`, 'money', 'year', '2017/18'],
				[`${org}.allocation.years["2018/19"].growth`, 'rate', 'year', '2018/19'],
				[`${org}.specificAllocations.ir_hrg4.values`, 'money', 'byYear', ''],
				[`${org}.opening.position`, 'money', 'scalar', ''],
				[`${org}.normalisation["2018/19"]`, 'money', 'year', '2018/19'],
				[`${org}.population`, 'count', 'byYear', ''],
				[`${org}.costLines.acute.base`, 'money', 'scalar', ''],
				[`${org}.costLines.acute.activityGrowth`, 'rate', 'byYear', ''],
				[`${org}.costLines.acute.inflation["2017/18"]`, 'rate', 'year', '2017/18'],
				[`${org}.costLines.acute.efficiency`, 'rate', 'byYear', ''],
				[`${org}.costLines.acute.otherPressures["2018/19"]`, 'money', 'year', '2018/19'],
				[`${org}.reserves.contingency.rate`, 'rate', 'byYear', ''],
				// Portsmouth's own formula, left in place.
				[`${org}.reserves.nonRecurrent.rate`, 'rate', 'byYear', ''],
				[`${org}.reserves.investments.investment_reserves.values["2017/18"]`, 'money', 'year', '2017/18'],
				[`${org}.reserves.perHead.gp.rate`, 'perHead', 'byYear', ''],
				[`${org}.qipp.schemes.prescribing.values`, 'money', 'byYear', ''],
				[`${org}.qipp.unidentified["2017/18"]`, 'money', 'year', '2017/18'],
				[`${org}.target`, 'money', 'byYear', '']
			].sort()
		);
	});

	it('a formula input gives its path in the file, for writing the value back', () => {
		const parsed = validateModel(everywhere());
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const growth = formulaInputs(parsed.value).find((i) => i.where.endsWith('.growth'));
		expect(growth?.path).toEqual(['organisations', 0, 'allocation', 'years', '2018/19', 'growth']);
		expect(growth?.text).toBe('x');
	});
});
