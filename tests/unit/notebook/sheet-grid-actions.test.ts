// What a grid's spreadsheet actions mean for the model: a rate typed for one year is that year's
// only (fill right carries it), Delete puts an input back to its default, choice cells list their
// options, and values worth a second look are accepted with a warning (ADR 0015).
import { describe, expect, it } from 'vitest';
import { readAt } from '../../../src/lib/model/json-path';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import { commitSheet, gridRows, type Sheet } from '../../../src/lib/notebook/sheet';
import { costLinesSheet, qippSheet, reservesSheet } from '../../../src/lib/notebook/sheets';
import { clearChanges, fillChanges } from '../../../src/lib/notebook/grid';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { ICB, loadExample } from './fixtures';

const notebook = (scenario?: string) =>
	new NotebookState(loadExample(ICB), { store: createMemoryStore(), id: undefined, revision: 0, scenario });

const YEARS = ['2026/27', '2027/28', '2028/29'];
const at = (sheet: Sheet, rowKey: string, colKey: string) => ({
	row: sheet.rows.findIndex((r) => r.key === rowKey),
	col: sheet.columns.findIndex((c) => c.key === colKey)
});
const RUNNING = 'organisations.north.costLines.running_costs';
const ACUTE = 'organisations.north.costLines.acute';

describe('the cost-line grid, every year side by side', () => {
	it('has a column per year for each rate, other pressures and the cost, grouped by field', () => {
		const sheet = costLinesSheet(notebook(), 'north')!;
		expect(sheet.columns.map((c) => c.key)).toEqual([
			'tariff',
			'base',
			...['activity', 'inflation', 'efficiency', 'other', 'cost'].flatMap((f) =>
				YEARS.map((y) => `${f} ${y}`)
			)
		]);
		expect(sheet.columns[2]).toMatchObject({
			label: 'Activity % 2026/27',
			group: 'Activity %',
			heading: '2026/27'
		});
	});

	it('a rate typed for one year changes that year only; fill right carries it to the later years', () => {
		const nb = notebook();
		let sheet = costLinesSheet(nb, 'north')!;
		const first = at(sheet, 'running_costs', 'inflation 2026/27');
		// Running costs' inflation is one value, 1.0, for every year.
		expect(readAt(nb.file, `${RUNNING}.inflation`)).toBe('1.0');
		commitSheet(nb, sheet, [{ ...first, text: '3' }]);
		expect(readAt(nb.file, `${RUNNING}.inflation`)).toEqual({
			'2026/27': '3',
			'2027/28': '1.0',
			'2028/29': '1.0'
		});

		sheet = costLinesSheet(nb, 'north')!;
		const rows = gridRows(nb, sheet.rows);
		const range = { top: first.row, bottom: first.row, left: first.col, right: first.col + 2 };
		const changes = fillChanges(rows, range, 'right');
		expect(changes.map((c) => c.text)).toEqual(['3', '3']);
		commitSheet(nb, sheet, changes);
		expect(readAt(nb.file, `${RUNNING}.inflation`)).toEqual({
			'2026/27': '3',
			'2027/28': '3',
			'2028/29': '3'
		});
		// One undo takes the whole fill back.
		nb.undo();
		expect(readAt(nb.file, `${RUNNING}.inflation`)).toEqual({
			'2026/27': '3',
			'2027/28': '1.0',
			'2028/29': '1.0'
		});
	});
});

describe('Delete puts an input back to its default', () => {
	it("in the baseline, a cost line's own rate goes back to the model's assumption for that year", () => {
		const nb = notebook();
		let sheet = costLinesSheet(nb, 'north')!;
		const inflation = at(sheet, 'acute', 'inflation 2027/28');
		// Acute follows the model (2.5, 2.2, 2.0): nothing to clear until it has its own rate.
		expect(gridRows(nb, sheet.rows)[inflation.row]!.cells[inflation.col]!.cleared).toBeUndefined();
		commitSheet(nb, sheet, [{ ...inflation, text: '9' }]);
		sheet = costLinesSheet(nb, 'north')!;
		const cell = gridRows(nb, sheet.rows)[inflation.row]!.cells[inflation.col]!;
		expect(cell.display).toBe('9%');
		expect(cell.cleared).toBe('2.2');
		commitSheet(nb, sheet, [{ ...inflation, text: cell.cleared!, clear: true }]);
		expect(readAt(nb.file, `${ACUTE}.inflation.2027/28`)).toBe('2.2');
	});

	it('in the baseline, money goes to zero and unidentified QIPP to "balance"; a range is one undo step', () => {
		const nb = notebook();
		const sheet = qippSheet(nb, 'north')!;
		const rows = gridRows(nb, sheet.rows);
		const medicines = at(sheet, 'medicines', '2026/27');
		const unidentified = at(sheet, 'unidentified', '2026/27');
		commitSheet(nb, sheet, [{ ...unidentified, text: '3' }]);
		const before = nb.file;
		const fresh = gridRows(nb, qippSheet(nb, 'north')!.rows);
		const changes = clearChanges(fresh, {
			top: medicines.row,
			bottom: unidentified.row,
			left: medicines.col,
			right: medicines.col
		});
		// Every scheme's 2026/27 saving, then unidentified's "balance"; workstream and RAG have no default.
		expect(changes.at(-1)).toEqual({ ...unidentified, text: 'balance', clear: true });
		expect(changes.slice(0, -1).every((c) => c.text === '0')).toBe(true);
		expect(rows[medicines.row]!.cells[0]!.cleared).toBeUndefined();
		commitSheet(nb, qippSheet(nb, 'north')!, changes);
		expect(readAt(nb.file, 'organisations.north.qipp.schemes.medicines.values.2026/27')).toBe('0');
		expect(readAt(nb.file, 'organisations.north.qipp.unidentified.2026/27')).toBe('balance');
		nb.undo();
		expect(nb.file).toBe(before);
	});

	it("in a scenario, Delete takes the scenario's change away: the parent's value comes back", () => {
		const nb = notebook('best');
		const sheet = reservesSheet(nb, 'north')!;
		const rate = at(sheet, 'contingency', '2027/28');
		const cell = () => gridRows(nb, reservesSheet(nb, 'north')!.rows)[rate.row]!.cells[rate.col]!;
		expect(cell().cleared).toBeUndefined(); // not overridden: already the parent's value
		commitSheet(nb, sheet, [{ ...rate, text: '1.5' }]);
		expect(cell()).toMatchObject({ display: '1.5%', overridden: true, cleared: '' });
		commitSheet(nb, sheet, [{ ...rate, text: '', clear: true }]);
		expect(cell()).toMatchObject({ display: '0.5%', overridden: false });
		expect(
			nb.file.scenarios.find((s) => s.id === 'best')!.overrides.map((o) => ('path' in o ? o.path : o.each))
		).not.toContain('organisations.north.reserves.contingency.rate.2027/28');
	});
});

describe('choice cells and warnings', () => {
	it('tariff, RAG, start month and recurrent are choices; the text each commits is what the field reads', () => {
		const nb = notebook();
		const tariff = gridRows(nb, costLinesSheet(nb, 'north')!.rows)[0]!.cells[0]!;
		expect(tariff.choices?.map((c) => c.value)).toEqual(['yes', 'no']);
		const [, rag, start, recurrent] = gridRows(nb, qippSheet(nb, 'north')!.rows)[0]!.cells;
		expect(rag!.choices?.map((c) => c.label)).toEqual(['Green', 'Amber', 'Red']);
		expect(start!.choices).toHaveLength(12);
		expect(start!.choices![3]).toEqual({ value: 'M04', label: 'M04 (Jul)' });
		expect(recurrent!.choices?.map((c) => c.value)).toEqual(['yes', 'no']);
		// Toggling tariff off through the grid, as Space does.
		commitSheet(nb, costLinesSheet(nb, 'north')!, [{ row: 0, col: 0, text: 'no' }]);
		expect(readAt(nb.file, `${ACUTE}.tariff`)).toBe(false);
	});

	it('a negative saving, a rate above 100% and a reserve rate above 20% are taken, with a warning', () => {
		const nb = notebook();
		const qipp = qippSheet(nb, 'north')!;
		const saving = at(qipp, 'medicines', '2027/28');
		expect(commitSheet(nb, qipp, [{ ...saving, text: '(1.2)' }])).toEqual([]);
		expect(gridRows(nb, qippSheet(nb, 'north')!.rows)[saving.row]!.cells[saving.col]!.warning).toBe(
			'A negative saving adds cost: check the sign (a saving is entered as a positive amount)'
		);
		const reserves = reservesSheet(nb, 'north')!;
		const rate = at(reserves, 'contingency', '2026/27');
		commitSheet(nb, reserves, [{ ...rate, text: '25' }]);
		const reserve = () => gridRows(nb, reservesSheet(nb, 'north')!.rows)[rate.row]!.cells[rate.col]!;
		expect(reserve().warning).toBe('A reserve above 20% of the allocation is unusual: check the rate');
		commitSheet(nb, reserves, [{ ...rate, text: '20' }]);
		expect(reserve().warning).toBeUndefined();
		const lines = costLinesSheet(nb, 'north')!;
		const inflation = at(lines, 'chc', 'inflation 2028/29');
		commitSheet(nb, lines, [{ ...inflation, text: '150' }]);
		expect(
			gridRows(nb, costLinesSheet(nb, 'north')!.rows)[inflation.row]!.cells[inflation.col]!.warning
		).toBe('Above 100%: check it is a percentage (2.1 means 2.1%)');
	});
});
