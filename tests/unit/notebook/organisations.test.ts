// Organisations added, renamed, reordered and removed; the consolidated total follows, checked
// against figures worked out by hand from the fixture (tests/unit/notebook/plan-setup.fixture.ts).
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import type { ModelFile } from '../../../src/lib/model/schema';
import { validateModel, type ValidModel } from '../../../src/lib/model/valid-model';
import {
	addOrganisation,
	moveOrganisation,
	removeOrganisation,
	renameOrganisation
} from '../../../src/lib/notebook/organisations';
import { twoOrgs } from './plan-setup.fixture';

function valid(result: ModelFile | { error: string } | { file: ModelFile }): ValidModel {
	if ('error' in result) throw new Error(result.error);
	const parsed = validateModel('file' in result ? result.file : result);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.value;
}

/** The 2026/27 surplus of `name` in £m (unprefixed: the consolidated total); values are in pounds. */
function surplus(file: ValidModel, name = 'surplus'): string {
	const value = evaluateScenario(file, 'baseline').values?.byName.get(name);
	if (value?.kind !== 'series') throw new Error(`${name} is not a series`);
	return value.values[0]!.div(1_000_000).toString();
}

// By hand, 2026/27 (£m):
// North: opening 1 + growth (102 - 100) 2 - inflation (40 x 5%) 2 + QIPP (1 x 12/12) 1 = 2.
// South: opening -3 + growth (200 x 1%) 2 - activity (60 x 10%) 6 - inflation (66 x 5%) 3.3 = -10.3.
const NORTH = D('1').plus(2).minus(2).plus(1);
const SOUTH = D('-3').plus(2).minus(6).minus('3.3');

describe('removeOrganisation', () => {
	it('takes exactly its figures out of the consolidated total', () => {
		const before = valid(twoOrgs());
		expect(surplus(before)).toBe(NORTH.plus(SOUTH).toString()); // -8.3
		const after = valid(removeOrganisation(before, 'south'));
		expect(surplus(after)).toBe(NORTH.toString()); // 2
		expect(D(surplus(before)).minus(surplus(after)).toString()).toBe(SOUTH.toString());
	});

	it('takes its scenario changes and blocks with it, and the last organisation cannot go', () => {
		const laidOut = {
			...twoOrgs(),
			notebook: [
				{ id: 'south-qipp', type: 'qipp' as const, organisation: 'south' },
				{ id: 'b', type: 'bridge' as const, organisation: 'consolidated' }
			]
		};
		const file = valid(removeOrganisation(laidOut, 'south'));
		expect(file.scenarios[0]!.overrides.map((o) => ('path' in o ? o.path : o.each))).toEqual([
			'assumptions.inflation'
		]);
		// One organisation left: the bridge shows it (there is no consolidated column of one).
		expect(file.notebook).toEqual([{ id: 'b', type: 'bridge' }]);
		expect(removeOrganisation(file, 'north')).toEqual({ error: 'A model needs at least one organisation' });
	});
});

describe('addOrganisation', () => {
	it('a copy adds the same figures again to the total, without the original published figures', () => {
		const added = addOrganisation(twoOrgs(), 'North copy', { copyOf: 'north' });
		const file = valid(added);
		expect(file.organisations.map((o) => [o.id, o.name])).toEqual([
			['north', 'North'],
			['south', 'South'],
			['north-copy', 'North copy']
		]);
		expect(file.organisations[2]!.stated).toEqual({});
		expect(surplus(file)).toBe(NORTH.times(2).plus(SOUTH).toString()); // -6.3
	});

	it('a blank organisation adds nothing to the total, and a laid-out page gets its blocks', () => {
		const laidOut = {
			...twoOrgs(),
			notebook: [
				{ id: 'north-inputs', type: 'inputs' as const, organisation: 'north' },
				{ id: 'b', type: 'bridge' as const }
			]
		};
		const file = valid(addOrganisation(laidOut, 'East', { blank: true }));
		expect(surplus(file)).toBe(NORTH.plus(SOUTH).toString());
		expect(surplus(file, 'east.surplus')).toBe('0');
		expect(file.notebook!.map((b) => b.id)).toEqual([
			'north-inputs',
			'east-inputs',
			'east-costlines',
			'east-reserves',
			'east-qipp',
			'b'
		]);
	});

	it('refuses an empty name', () => {
		expect(addOrganisation(twoOrgs(), '  ', { blank: true })).toEqual({
			error: 'Give the new organisation a name'
		});
	});
});

describe('renameOrganisation and moveOrganisation', () => {
	it('rename keeps the id, so scenario changes still apply', () => {
		const file = valid(renameOrganisation(twoOrgs(), 'south', 'South Place'));
		expect(file.organisations[1]).toMatchObject({ id: 'south', name: 'South Place' });
		expect((file.scenarios[0]!.overrides[0]! as { path: string }).path).toBe(
			'organisations.south.allocation.years.2027/28'
		);
	});

	it('move changes the order, not the total; at either end it does nothing', () => {
		const file = valid(moveOrganisation(twoOrgs(), 'south', -1));
		expect(file.organisations.map((o) => o.id)).toEqual(['south', 'north']);
		expect(surplus(file)).toBe(NORTH.plus(SOUTH).toString());
		expect(moveOrganisation(file, 'south', -1)).toBe(file);
	});
});
