// Renaming, reordering and duplicating rows: a renamed row keeps its id, so the scenario change and
// stated figure that name it still apply; a duplicate adds the same figures again.
import { describe, expect, it } from 'vitest';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import type { ModelFile } from '../../../src/lib/model/schema';
import { validateModel, type ValidModel } from '../../../src/lib/model/valid-model';
import { duplicateRow, moveRow, renameRow } from '../../../src/lib/notebook/rows';
import { twoOrgs } from './plan-setup.fixture';

function valid(result: ModelFile | { error: string }): ValidModel {
	if ('error' in result) throw new Error(result.error);
	const parsed = validateModel(result);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.value;
}

const northSurplus = (file: ValidModel, scenario = 'baseline') => {
	const v = evaluateScenario(file, scenario).values?.byName.get('north.surplus');
	return v?.kind === 'series' ? v.values[0]!.div(1_000_000).toString() : 'none';
};

describe('renameRow', () => {
	it('changes the name only: the id, and an override naming it, stay', () => {
		const withChange = twoOrgs();
		withChange.scenarios[0]!.overrides.push({
			path: 'organisations.north.costLines.acute.base',
			value: '50'
		});
		const file = valid(renameRow(withChange, 'north', 'costLines', 'acute', 'Acute hospital contracts'));
		expect(file.organisations[0]!.costLines[0]).toMatchObject({
			id: 'acute',
			name: 'Acute hospital contracts'
		});
		// By hand, worst case 2026/27 North: 1 + 2 - (50 x 6%) 3 + 1 = 1 (the override still applies).
		expect(northSurplus(file, 'worst')).toBe('1');
	});

	it('refuses an empty name', () => {
		expect(renameRow(twoOrgs(), 'north', 'schemes', 'rx', ' ')).toEqual({
			error: 'A QIPP scheme needs a name'
		});
	});
});

describe('moveRow and duplicateRow', () => {
	it('a duplicate sits below the original with the same figures, adding them again', () => {
		const file = valid(duplicateRow(twoOrgs(), 'north', 'costLines', 'acute'));
		expect(file.organisations[0]!.costLines.map((c) => [c.id, c.name])).toEqual([
			['acute', 'Acute'],
			['acute-copy', 'Acute (copy)']
		]);
		// By hand: 1 + 2 - (40 x 5%) 2 - (40 x 5%) 2 + 1 = 0.
		expect(northSurplus(file)).toBe('0');
	});

	it('move reorders; at either end nothing changes', () => {
		const two = valid(duplicateRow(twoOrgs(), 'north', 'costLines', 'acute'));
		const moved = moveRow(two, 'north', 'costLines', 'acute', 1);
		expect(moved.organisations[0]!.costLines.map((c) => c.id)).toEqual(['acute-copy', 'acute']);
		expect(moveRow(moved, 'north', 'costLines', 'acute', 1)).toBe(moved);
	});
});
