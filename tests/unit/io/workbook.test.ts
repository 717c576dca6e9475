// The workbook's sheet data, without a spreadsheet: names Excel accepts, formulas that point at the
// right cells (worked out by hand for small tables), number formats from the display module, the
// guard that keeps a figure a double cannot hold out of the file, and the notes.
import { describe, expect, it } from 'vitest';
import { D, type Dec } from '../../../src/lib/engine/decimal';
import type { ExportRole, ExportTable } from '../../../src/lib/io/export-table';
import {
	sheetName,
	spreadsheetNumber,
	tablesWorkbook,
	type WorkbookNotes
} from '../../../src/lib/io/workbook';

const row = (key: string, role: ExportRole, values: (string | undefined)[]) => ({
	key,
	label: key,
	role,
	values: values.map((v): Dec | undefined => (v === undefined ? undefined : D(v)))
});

// Sheet rows: 1 title, 2 header, 3 allocation, 4 opening, 5-6 steps, 7 closing.
const bridge: ExportTable = {
	name: 'Bridge 2026/27',
	title: 'Bridge 2026/27, Baseline scenario, plan view',
	unit: 'm',
	columns: ['North', 'South', 'Total'],
	totalColumn: 2,
	rows: [
		row('allocation', 'context', ['100', '50', '150']),
		row('opening', 'opening', ['1.25', '-0.5', '0.75']),
		row('growth', 'step', ['2', '1', '3']),
		row('inflation', 'step', ['-3.1', undefined, '-3.1']),
		row('closing', 'closing', ['0.15', '0.5', '0.65'])
	]
};

// Sheet rows: 3-4 items, 5 their total, 6 context.
const qipp: ExportTable = {
	name: 'QIPP 2026/27 North',
	title: 'QIPP programme 2026/27, North, Baseline scenario',
	unit: 'k',
	columns: ['In year', 'Full-year effect', 'Risk-adjusted'],
	rows: [
		row('workstream:a', 'item', ['100', '120', '75']),
		row('workstream:b', 'item', ['50', '50', '25']),
		row('workstreams_total', 'total', ['150', '170', '100']),
		row('qipp_required', 'context', ['200'])
	]
};

const notes: WorkbookNotes = {
	model: 'Test plan',
	scenario: 'Baseline',
	view: 'plan',
	unit: 'm',
	exported: new Date('2026-05-01T09:30:00Z'),
	input: {
		years: ['2026/27', '2027/28'],
		assumptions: {
			activityGrowth: { '2026/27': D('0.02'), '2027/28': D('0.015') },
			inflation: { '2026/27': D('0.025') },
			efficiency: { '2026/27': D('0.011'), '2027/28': D('0.011') }
		},
		deliveryFactors: { green: D(1), amber: D('0.75'), red: D('0.5'), unidentified: D(0) }
	}
};

type CellObject = { value?: unknown; type?: unknown; format?: string; fontWeight?: string };
const cell = (c: unknown): CellObject =>
	c !== null && typeof c === 'object' ? (c as CellObject) : { value: c };

describe('tablesWorkbook', () => {
	const sheets = tablesWorkbook([bridge, qipp], notes, 'brackets');
	const [bridgeSheet, qippSheet, notesSheet] = sheets;
	const at = (sheet: typeof bridgeSheet, ref: string) => {
		const [, letters = '', digits = ''] = /^([A-Z]+)(\d+)$/.exec(ref) ?? [];
		return cell(sheet?.data[Number(digits) - 1]?.[letters.charCodeAt(0) - 65]);
	};

	it('has a sheet per table, then Notes, with names Excel accepts', () => {
		expect(sheets.map((s) => s.sheet)).toEqual(['Bridge 2026-27', 'QIPP 2026-27 North', 'Notes']);
	});

	it('heads each sheet with the title, then Line and the columns with their unit', () => {
		expect(at(bridgeSheet, 'A1')).toMatchObject({ value: bridge.title, fontWeight: 'bold' });
		expect(bridgeSheet?.data[1]?.map((c) => cell(c).value)).toEqual([
			'Line',
			'North (£m)',
			'South (£m)',
			'Total (£m)'
		]);
	});

	it('closes each column at its opening plus SUM of its steps, rounded to the penny', () => {
		expect(at(bridgeSheet, 'B7')).toMatchObject({ value: 'ROUND(B4+SUM(B5:B6),8)', type: 'Formula' });
		expect(at(bridgeSheet, 'C7')).toMatchObject({ value: 'ROUND(C4+SUM(C5:C6),8)', type: 'Formula' });
		expect(at(bridgeSheet, 'D7')).toMatchObject({ value: 'ROUND(D4+SUM(D5:D6),8)', type: 'Formula' });
	});

	it('makes the Total column the SUM of the others on every other row', () => {
		for (const r of [3, 4, 5, 6])
			expect(at(bridgeSheet, `D${r}`)).toMatchObject({ value: `ROUND(SUM(B${r}:C${r}),8)`, type: 'Formula' });
	});

	it('writes the other figures as exact numbers, leaving empty what the table does not print', () => {
		expect(at(bridgeSheet, 'B4').value).toBe(1.25);
		expect(at(bridgeSheet, 'C4').value).toBe(-0.5);
		expect(bridgeSheet?.data[5]?.[2]).toBeNull();
	});

	it('formats every figure by the display rule: £m to 1 dp, negatives as chosen', () => {
		expect(at(bridgeSheet, 'B4').format).toBe('#,##0.0;(#,##0.0)');
		expect(at(bridgeSheet, 'D7').format).toBe('#,##0.0;(#,##0.0)');
		expect(at(qippSheet, 'B3').format).toBe('#,##0;(#,##0)');
		const minus = tablesWorkbook([qipp], notes, 'minus')[0];
		expect(at(minus, 'B3').format).toBe('#,##0;-#,##0');
	});

	it('rounds each formula to the penny, giving back the exact decimal sum a spreadsheet adds in binary', () => {
		// £m to the penny is 8 places, £k 5; a figure with more places keeps them all.
		const fine = {
			...qipp,
			unit: 'm' as const,
			rows: [row('a', 'item', ['0.0000000001']), row('t', 'total', ['0.0000000001'])]
		};
		expect(at(tablesWorkbook([fine], notes, 'brackets')[0], 'B4').value).toBe('ROUND(SUM(B3),10)');
	});

	it('sums the items into their total; context lines stay figures', () => {
		expect(at(qippSheet, 'B5')).toMatchObject({ value: 'ROUND(SUM(B3:B4),5)', type: 'Formula' });
		expect(at(qippSheet, 'D5')).toMatchObject({ value: 'ROUND(SUM(D3:D4),5)', type: 'Formula' });
		expect(at(qippSheet, 'B6').value).toBe(200);
	});

	it('puts opening, closing and total rows in bold', () => {
		expect(at(bridgeSheet, 'A4').fontWeight).toBe('bold');
		expect(at(bridgeSheet, 'B7').fontWeight).toBe('bold');
		expect(at(bridgeSheet, 'A5').fontWeight).toBeUndefined();
		expect(at(qippSheet, 'C5').fontWeight).toBe('bold');
	});

	it('refuses a figure its formula would not reproduce', () => {
		const wrong = {
			...bridge,
			rows: bridge.rows.map((r) =>
				r.key === 'closing' ? row('closing', 'closing', ['0.2', '0.5', '0.7']) : r
			)
		};
		expect(() => tablesWorkbook([wrong], notes, 'brackets')).toThrow(
			'table "Bridge 2026/27", row "closing", column "North": 0.2 is not the sum its formula adds (0.15)'
		);
	});

	it('writes notes: what the figures are, on what assumptions', () => {
		const byLabel = new Map(notesSheet?.data.map((r) => [cell(r[0]).value, r.slice(1).map((c) => cell(c))]));
		expect(byLabel.get('Model')?.[0]?.value).toBe('Test plan');
		expect(byLabel.get('Scenario')?.[0]?.value).toBe('Baseline');
		expect(byLabel.get('View')?.[0]?.value).toBe('plan view');
		expect(byLabel.get('Unit')?.[0]?.value).toBe('£m');
		expect(byLabel.get('Display precision')?.[0]?.value).toBe('£m to 1 decimal place');
		expect(byLabel.get('Exported')?.[0]?.value).toBe('2026-05-01 09:30 UTC');
		expect(byLabel.get('Bridge 2026-27')?.[0]?.value).toBe(bridge.title);
		expect(byLabel.get('Activity growth')?.map((c) => c.value)).toEqual([0.02, 0.015]);
		// A year the model sets no rate for is zero, as the engine reads it.
		expect(byLabel.get('Inflation')?.map((c) => c.value)).toEqual([0.025, 0]);
		expect(byLabel.get('Efficiency')?.[0]).toMatchObject({ value: 0.011, format: '0.0###%' });
		expect(['Green', 'Amber', 'Red', 'Unidentified'].map((k) => byLabel.get(k)?.[0]?.value)).toEqual([
			1, 0.75, 0.5, 0
		]);
	});
});

describe('spreadsheetNumber', () => {
	it('passes a figure whose double prints the same decimal', () => {
		expect(spreadsheetNumber(D('0.5045'), 'here')).toBe(0.5045);
		expect(spreadsheetNumber(D('-306300000'), 'here')).toBe(-306300000);
	});

	it('throws, saying where, on a figure a double cannot hold exactly', () => {
		expect(() => spreadsheetNumber(D('0.1000000000000000001'), 'table "T", row "r"')).toThrow(
			'table "T", row "r": 0.1000000000000000001 has more significant digits than a spreadsheet number holds'
		);
		expect(() => spreadsheetNumber(D('12345678901234567.5'), 'x')).toThrow('cannot be written exactly');
	});

	it('is the only way a figure reaches a sheet: a table with such a figure is refused', () => {
		const long = { ...qipp, rows: [row('qipp_required', 'context', ['200.00000000000000001'])] };
		expect(() => tablesWorkbook([long], notes, 'brackets')).toThrow('row "qipp_required", column "In year"');
	});
});

describe('sheetName', () => {
	it('replaces the characters Excel forbids and keeps to 31 characters', () => {
		expect(sheetName('Bridge 2017/18', new Set())).toBe('Bridge 2017-18');
		expect(sheetName("'a[b]:c*d?e\\f'", new Set())).toBe('a-b--c-d-e-f');
		const long = sheetName('QIPP 2026/27 Portsmouth and South East Hampshire', new Set());
		expect(long).toBe('QIPP 2026-27 Portsmouth and Sou');
		expect(long).toHaveLength(31);
	});

	it('makes names unique, as Excel compares them (ignoring case), within 31 characters', () => {
		const taken = new Set(['notes']);
		expect(sheetName('Notes', taken)).toBe('Notes (2)');
		expect(sheetName('NOTES', taken)).toBe('NOTES (3)');
		expect(sheetName('History', taken)).toBe('History (2)');
		const long = 'QIPP 2026/27 Portsmouth and South East Hampshire';
		expect(sheetName(long, taken)).toBe('QIPP 2026-27 Portsmouth and Sou');
		expect(sheetName(long, taken)).toBe('QIPP 2026-27 Portsmouth and (2)');
	});
});
