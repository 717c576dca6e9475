// The QIPP of a year and how its totals were made (identified, unidentified in the plan,
// required), through projectOrganisation, with figures worked by hand from the inputs.
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import type { Explanation } from '../../../src/lib/engine/explain';
import { projectOrganisation, type PlannedUnidentified } from '../../../src/lib/engine/project';
import type { Organisation, View } from '../../../src/lib/engine/types';
import { costLine, model, org, py, scheme, step, yearOf } from './fixtures';

const Y1 = '2017/18';

/** Each input of a working as [label, value, source]. */
const rows = (e: Explanation) => e.inputs.map((i) => [i.label, i.value.toString(), i.source]);

/**
 * Opening 0, allocation flat at 100, one non-tariff line of 50 growing 10% (activity -5), target 1;
 * a green scheme of 4 from M07 (4 x 6/12 = 2 in year) and an amber one of 3 from M10 (3 x 3/12 = 0.75).
 * Position before QIPP -5; required 1 - (-5) = 6; identified 2.75; 3.25 still to find.
 */
function year(overrides: Partial<Organisation> = {}, view: View = 'plan', plan?: PlannedUnidentified) {
	const ccg = org({
		priorRecurrentAllocation: D(100),
		allocations: { [Y1]: { value: D(100) } },
		costLines: [costLine({ id: 'L', base: D(50), activityGrowth: py({ [Y1]: '0.1' }) })],
		schemes: [
			scheme({ id: 'g', name: 'Prescribing', startMonth: 7, values: py({ [Y1]: 4 }) }),
			scheme({ id: 'a', name: 'CHC', rag: 'amber', startMonth: 10, values: py({ [Y1]: 3 }) })
		],
		target: py({ [Y1]: 1 }),
		...overrides
	});
	return yearOf(projectOrganisation(model({ organisations: [ccg] }), ccg, view, plan), Y1);
}

describe('QIPP workings', () => {
	it("explains identified QIPP as the sum of the schemes' in-year savings", () => {
		const { qipp } = year();
		expect(qipp.identified.toString()).toBe('2.75');
		expect(qipp.explanations.identified.formula).toMatch(/^Sum of the schemes' in-year savings/);
		expect(rows(qipp.explanations.identified)).toEqual([
			['Prescribing', '2', `organisations.ccg.qipp.schemes.g.values.${Y1}`],
			['CHC', '0.75', `organisations.ccg.qipp.schemes.a.values.${Y1}`]
		]);
	});

	it('explains QIPP required as the target less the position before QIPP', () => {
		const y = year();
		expect(y.qipp.required.toString()).toBe('6');
		expect(y.qipp.explanations.required.formula).toBe(
			'Target surplus minus the position before this year’s QIPP'
		);
		expect(rows(y.qipp.explanations.required)).toEqual([
			['Target', '1', `organisations.ccg.target.${Y1}`],
			['Position before QIPP', '-5', undefined]
		]);
		// the balancing QIPP of 6 closes the bridge at the target 1
		expect(step(y, 'closing')).toBe('1');
	});

	it('explains a balancing unidentified figure as required less identified', () => {
		const { qipp } = year();
		expect(qipp.unidentifiedPlanned.toString()).toBe('3.25');
		expect(qipp.explanations.unidentifiedPlanned.formula).toMatch(/^QIPP required minus identified QIPP/);
		expect(rows(qipp.explanations.unidentifiedPlanned)).toEqual([
			['QIPP required', '6', undefined],
			['Identified QIPP', '2.75', undefined]
		]);
	});

	it('explains a stated unidentified figure as entered', () => {
		const { qipp } = year({ unidentified: { [Y1]: { amount: D(1) } } });
		expect(qipp.explanations.unidentifiedPlanned.formula).toBe('As entered');
		expect(rows(qipp.explanations.unidentifiedPlanned)).toEqual([
			['Unidentified QIPP', '1', `organisations.ccg.qipp.unidentified.${Y1}`]
		]);
	});

	it("explains the risk view's unidentified figure as the plan's, not re-balanced", () => {
		// red/amber factors shrink the identified QIPP, so required less identified would not give 3.25
		const { qipp } = year({}, 'risk', { [Y1]: D('3.25') });
		expect(qipp.unidentifiedPlanned.toString()).toBe('3.25');
		expect(qipp.explanations.unidentifiedPlanned.formula).toMatch(/^The plan's balancing figure/);
		expect(rows(qipp.explanations.unidentifiedPlanned)).toEqual([
			['Unidentified QIPP in the plan', '3.25', undefined]
		]);
	});

	it('counts in the QIPP step what the bridge shows: identified plus unidentified as counted', () => {
		// risk: green 2 x 100% + amber 0.75 x 75% = 2.5625 -> 2.56; unidentified 3.25 x 0% = 0
		const { qipp } = year({}, 'risk', { [Y1]: D('3.25') });
		expect(qipp.unidentifiedCounted.isZero()).toBe(true);
		expect(qipp.counted.toString()).toBe('2.56');
	});
});
