// Adding and removing the rows of an organisation's lists.
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/lib/model/valid-model';
import { addRow, removeRow, rowsOf, type RowList } from '../../../src/lib/notebook/rows';
import { createScenario } from '../../../src/lib/notebook/scenarios';
import { writeInput } from '../../../src/lib/notebook/inputs';
import { ICB, PORTSMOUTH, loadExample, reportsOf, lineOf } from './fixtures';

const LISTS: RowList[] = ['costLines', 'schemes', 'investments', 'specificAllocations', 'perHead'];

describe('addRow', () => {
	for (const list of LISTS) {
		it(`adds an empty ${list} row that validates and changes no figure`, () => {
			const file = loadExample(ICB);
			const org = file.organisations[0]!.id;
			const before = rowsOf(file, org, list).length;
			const added = addRow(file, org, list, '  New line  ');
			if ('error' in added) throw new Error(added.error);
			const rows = rowsOf(added, org, list);
			expect(rows).toHaveLength(before + 1);
			expect(rows.at(-1)).toMatchObject({ id: 'new-line', name: 'New line' });
			expect(validateModel(added).ok).toBe(true);
			const year = file.years[0]!;
			expect(lineOf(reportsOf(added), 'consolidated', year, 'closing')).toBe(
				lineOf(reportsOf(file), 'consolidated', year, 'closing')
			);
		});
	}

	it('gives a second row of the same name its own id', () => {
		const file = loadExample(PORTSMOUTH);
		const once = addRow(file, 'portsmouth', 'schemes', 'Outpatients');
		if ('error' in once) throw new Error(once.error);
		const twice = addRow(once, 'portsmouth', 'schemes', 'Outpatients');
		if ('error' in twice) throw new Error(twice.error);
		expect(
			rowsOf(twice, 'portsmouth', 'schemes')
				.map((s) => s.id)
				.slice(-2)
		).toEqual(['outpatients', 'outpatients-2']);
	});

	it('refuses an empty name or an unknown organisation', () => {
		const file = loadExample(PORTSMOUTH);
		expect(addRow(file, 'portsmouth', 'costLines', '  ')).toEqual({ error: 'Give the new cost line a name' });
		expect(addRow(file, 'nowhere', 'costLines', 'x')).toEqual({
			error: 'there is no organisation "nowhere"'
		});
	});
});

describe('removeRow', () => {
	it('removes the row and the scenario overrides that named it, leaving the rest', () => {
		const file = loadExample(ICB);
		const org = file.organisations[0]!;
		const scheme = org.qipp.schemes[0]!;
		const made = createScenario(file, 'Stretch', 'baseline');
		const year = file.years[0]!;
		const withOverrides = [
			`organisations.${org.id}.qipp.schemes.${scheme.id}.values.${year}`,
			`organisations.${org.id}.target.${year}`
		].reduce((f, path) => {
			const written = writeInput(f, made.id, path, '1');
			if ('error' in written) throw new Error(written.error);
			return written.file;
		}, made.file);
		const removed = removeRow(withOverrides, org.id, 'schemes', scheme.id);
		expect(rowsOf(removed, org.id, 'schemes').map((s) => s.id)).not.toContain(scheme.id);
		expect(
			removed.scenarios.find((s) => s.id === made.id)!.overrides.map((o) => ('path' in o ? o.path : o.each))
		).toEqual([`organisations.${org.id}.target.${year}`]);
		expect(validateModel(removed).ok).toBe(true);
	});

	it('leaves the file as it was for an unknown organisation', () => {
		const file = loadExample(PORTSMOUTH);
		expect(removeRow(file, 'nowhere', 'costLines', 'acute')).toBe(file);
	});
});
