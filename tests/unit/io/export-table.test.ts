// Tables leaving the app, checked against the published Portsmouth plan (2017/18 bridge in £m,
// QIPP programme in £k: ../shared/reference) and against sums worked out by hand here.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bridgeReports } from '../../../src/lib/io/bridge-report';
import { bridgeTable, qippTable } from '../../../src/lib/io/export-table';
import { qippReports } from '../../../src/lib/io/qipp-report';
import { tableCsv, tableTsv } from '../../../src/lib/io/table-text';
import { loadModel } from '../load-model';

function load(path: string, scenario = 'baseline') {
	const loaded = loadModel(readFileSync(path, 'utf8'), scenario);
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const { input, evaluation } = loaded.value;
	const result = evaluation.result('plan');
	if (!result) throw new Error('no result');
	return { input, result };
}

const parseCsv = (text: string) => Papa.parse<string[]>(text, { skipEmptyLines: true }).data;

describe('bridgeTable: Portsmouth 2017/18 at display precision', () => {
	const { input, result } = load('models/portsmouth-ccg-2017-19.json');
	const reports = bridgeReports(input, result, { unit: 'm', scenario: 'baseline', year: '2017/18' });
	const table = bridgeTable(reports, 'Baseline');
	const csv = tableCsv(table, 'display');
	const [header, ...rows] = parseCsv(csv.slice(1));

	it('is a CSV file with a byte-order mark, CRLF line ends and the check header', () => {
		expect(csv.startsWith('\uFEFFline,key,role,NHS Portsmouth CCG (£m)\r\n')).toBe(true);
		expect(header).toEqual(['line', 'key', 'role', 'NHS Portsmouth CCG (£m)']);
	});

	it('prints every step as the published plan prints it', () => {
		// The published "Financial Bridge – where the growth has gone FY2017/18", as printed.
		const published = [
			['2016/17 Surplus', 'opening', '3.1'],
			['Growth received', 'step', '6.8'],
			['Normalisation', 'step', '0.1'],
			['Reserve provisions', 'step', '-4.6'],
			['Activity growth', 'step', '-5.0'],
			['Inflation', 'step', '-10.4'],
			['Efficiency', 'step', '3.8'],
			['Contingency', 'step', '-1.5'],
			['5% Risk reserve', 'step', '-3.1'],
			['IR and HRG4+ allocation', 'step', '2.1'],
			['QIPP', 'step', '9.2']
		];
		const bridge = rows.filter((r) => r[2] !== 'context' && r[2] !== 'closing');
		expect(bridge.map((r) => [r[0], r[2], r[3]])).toEqual(published);
	});

	it('closes at the sum of the printed steps, 0.5, not the published 0.0 (ADR 0003)', () => {
		// 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5
		expect(rows.at(-1)?.slice(2)).toEqual(['closing', '0.5']);
	});

	it('keeps full precision when asked: the closing is 0.5045 £m', () => {
		expect(parseCsv(tableCsv(table, 'full').slice(1)).at(-1)?.[3]).toBe('0.5045');
	});

	it('puts context lines first, marked as context', () => {
		expect(rows.slice(0, 3).map((r) => [r[1], r[2], r[3]])).toEqual([
			['prior_recurrent_allocation', 'context', '299.5'],
			['allocation', 'context', '306.3'],
			['target', 'context', '0.0']
		]);
	});

	it('copies as tab-separated text without the key column', () => {
		const lines = tableTsv(table, 'display').split('\r\n');
		expect(lines[0]).toBe('Line\tRole\tNHS Portsmouth CCG (£m)');
		expect(lines).toContain('Inflation\tstep\t-10.4');
	});
});

describe('bridgeTable: every organisation in one table', () => {
	const { input, result } = load('models/icb-template-2026-29.json');
	const reports = bridgeReports(input, result, { unit: 'm', scenario: 'baseline', year: '2026/27' });
	const table = bridgeTable(reports, 'Baseline');

	it('has a column per place and a Total column last', () => {
		expect(table.columns).toEqual(['North place', 'South place', 'Total']);
		expect(table.totalColumn).toBe(2);
	});

	it('adds the places across, line by line, to the total', () => {
		for (const row of table.rows) {
			const [north, south, total] = row.values;
			expect(total?.toString()).toBe(north?.plus(south ?? 0).toString());
		}
	});
});

describe('qippTable: Portsmouth 2017/18 in £k', () => {
	const { input, result } = load('models/portsmouth-ccg-2017-19.json');
	const [report] = qippReports(input, result, { unit: 'k', scenario: 'baseline', year: '2017/18' });
	if (!report) throw new Error('no QIPP report');
	const rows = parseCsv(tableCsv(qippTable(report, 'Baseline'), 'display').slice(1)).slice(1);

	it('lists the published workstreams as items with their printed in-year savings', () => {
		// The published QIPP programme, 17/18 £'000 column.
		const printed = ['1433', '680', '860', '380', '690', '630', '500', '330', '590'];
		expect(rows.filter((r) => r[2] === 'item').map((r) => r[3])).toEqual(printed);
	});

	it('totals the items: 1,433 + 680 + 860 + 380 + 690 + 630 + 500 + 330 + 590 = 6,093', () => {
		expect(rows.find((r) => r[2] === 'total')?.[3]).toBe('6093');
	});
});
