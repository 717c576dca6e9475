// The exported workbooks opened in a real spreadsheet: LibreOffice (headless) converts each sheet to
// CSV "as shown", which proves it computed the formulas (write-excel-file stores them without
// values) and that every figure it shows is the engine's at display precision; a second conversion
// with formulas shown proves the formulas are there. Independently, the Portsmouth 2017/18 bridge
// shows the steps as the published plan prints them. Skipped only outside CI without LibreOffice.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	displayDp,
	showAmount,
	type MoneyUnit,
	type NegativeStyle,
	type View
} from '../../../src/lib/engine/index';
import { bridgeReports } from '../../../src/lib/io/bridge-report';
import { bridgeTable, qippTable, type ExportTable } from '../../../src/lib/io/export-table';
import { qippReports } from '../../../src/lib/io/qipp-report';
import { tablesWorkbook, WORKBOOK_FONT, type WorkbookSheet } from '../../../src/lib/io/workbook';
import { loadModel } from '../load-model';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
if (!hasSoffice && !ci)
	console.warn(
		'workbook-libreoffice.test.ts skipped: soffice is not on the PATH (node scripts/ensure-office-tools.js installs it; in CI this test must run)'
	);

// LibreOffice's CSV filter options, by position: comma, double quote, UTF-8, start at row 1, no
// column formats, language default, quote all text no, detect numbers yes, save "as shown" yes
// (token 9), save formulas (token 10), remove space no, sheet -1 = every sheet to its own file
// (token 12, named FILE-SHEET.csv).
const csvFilter = (formulas: boolean) =>
	`csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,${formulas},false,-1`;

interface Workbook {
	readonly file: string;
	readonly tables: readonly ExportTable[];
	readonly sheets: readonly WorkbookSheet[];
	readonly negatives: NegativeStyle;
}

function evaluated(path: string) {
	const loaded = loadModel(readFileSync(path, 'utf8'));
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const { file, input, evaluation } = loaded.value;
	const result = (view: View) => {
		const made = evaluation.result(view);
		if (!made) throw new Error('no result');
		return made;
	};
	return { name: file.name, input, result };
}

function workbook(
	file: string,
	model: ReturnType<typeof evaluated>,
	unit: MoneyUnit,
	tables: ExportTable[],
	negatives: NegativeStyle
): Workbook {
	const notes = {
		model: model.name,
		scenario: 'Baseline',
		view: 'plan' as const,
		unit,
		exported: new Date(),
		input: model.input
	};
	return { file, tables, sheets: tablesWorkbook(tables, notes, negatives), negatives };
}

function bridges(model: ReturnType<typeof evaluated>, unit: MoneyUnit): ExportTable[] {
	const options = { unit, scenario: 'baseline' };
	return model.input.years.map((year) =>
		bridgeTable(bridgeReports(model.input, model.result('plan'), { ...options, year }), 'Baseline')
	);
}

function qipps(model: ReturnType<typeof evaluated>, unit: MoneyUnit): ExportTable[] {
	return qippReports(model.input, model.result('plan'), { unit, scenario: 'baseline' }).map((r) =>
		qippTable(r, 'Baseline')
	);
}

describe.skipIf(!hasSoffice && !ci)('exported workbooks in LibreOffice', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bridgebook-xlsx-'));
	const portsmouth = evaluated('models/portsmouth-ccg-2017-19.json');
	const icb = evaluated('models/icb-template-2026-29.json');
	const workbooks: Workbook[] = [
		workbook('portsmouth-bridge', portsmouth, 'm', bridges(portsmouth, 'm'), 'brackets'),
		workbook('portsmouth-qipp', portsmouth, 'k', qipps(portsmouth, 'k'), 'brackets'),
		workbook('icb', icb, 'm', [...bridges(icb, 'm'), ...qipps(icb, 'm')], 'minus')
	];
	/** What LibreOffice shows, by workbook and sheet: rows of cells as text. */
	const shown = new Map<string, string[][]>();
	const formulas = new Map<string, string[][]>();

	const convert = (filter: string, outdir: string, into: Map<string, string[][]>) => {
		// A profile of its own, so a LibreOffice the user has open does not take the job.
		const profile = pathToFileURL(join(dir, 'profile')).href;
		const files = workbooks.map((w) => join(dir, `${w.file}.xlsx`));
		const done = spawnSync(
			'soffice',
			[
				`-env:UserInstallation=${profile}`,
				'--headless',
				'--convert-to',
				filter,
				'--outdir',
				outdir,
				...files
			],
			{ encoding: 'utf8', timeout: 110_000 }
		);
		expect(done.status, done.stderr).toBe(0);
		for (const w of workbooks)
			for (const { sheet } of w.sheets) {
				const text = readFileSync(join(outdir, `${w.file}-${sheet}.csv`), 'utf8');
				into.set(`${w.file}/${sheet}`, Papa.parse<string[]>(text, { skipEmptyLines: false }).data);
			}
	};

	beforeAll(async () => {
		for (const w of workbooks)
			await writeExcelFile([...w.sheets], WORKBOOK_FONT).toFile(join(dir, `${w.file}.xlsx`));
		mkdirSync(join(dir, 'shown'));
		mkdirSync(join(dir, 'formulas'));
		convert(csvFilter(false), join(dir, 'shown'), shown);
		convert(csvFilter(true), join(dir, 'formulas'), formulas);
	}, 120_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('shows every figure of every table as the engine rounds and formats it', () => {
		let compared = 0;
		for (const w of workbooks)
			w.tables.forEach((table, t) => {
				const rows = shown.get(`${w.file}/${w.sheets[t]?.sheet}`) ?? [];
				expect(rows[0]?.[0]).toBe(table.title);
				table.rows.forEach((row, r) => {
					const cells = rows[r + 2] ?? [];
					expect(cells[0]).toBe(row.label);
					row.values.forEach((value, c) => {
						const where = `${w.file} ${table.name} "${row.label}" ${table.columns[c]}`;
						expect(cells[c + 1], where).toBe(showAmount(value, displayDp(table.unit), w.negatives));
						compared++;
					});
				});
			});
		// Portsmouth 2 bridges + 2 QIPP tables, the ICB 3 bridges + 9 QIPP tables: hundreds of figures.
		expect(compared).toBeGreaterThan(400);
	});

	it('keeps the formulas: each formula cell holds the formula written, the others a figure', () => {
		let seen = 0;
		for (const w of workbooks)
			w.sheets.forEach((sheet, s) => {
				if (s >= w.tables.length) return; // the Notes sheet has no formulas
				const rows = formulas.get(`${w.file}/${sheet.sheet}`) ?? [];
				sheet.data.forEach((cells, r) =>
					cells.forEach((cell, c) => {
						const text = rows[r]?.[c] ?? '';
						const formula =
							cell && typeof cell === 'object' && 'type' in cell && cell.type === 'Formula'
								? String(cell.value)
								: undefined;
						if (formula === undefined)
							expect(text.startsWith('='), `${sheet.sheet} row ${r + 1}`).toBe(false);
						else {
							expect(text).toBe(`=${formula}`);
							seen++;
						}
					})
				);
			});
		expect(seen).toBeGreaterThan(80);
	});

	it('closes the Portsmouth 2017/18 bridge with =ROUND(B6+SUM(B7:B16),8): the opening plus the ten steps', () => {
		// Row 1 the title, 2 the header, 3-5 context, 6 the opening, 7-16 the steps, 17 the closing.
		expect(formulas.get('portsmouth-bridge/Bridge 2017-18')?.[16]?.[1]).toBe('=ROUND(B6+SUM(B7:B16),8)');
	});

	it('adds North and South into the Total column, and sums the QIPP workstreams', () => {
		const bridge = formulas.get('icb/Bridge 2026-27') ?? [];
		expect(bridge[3]?.[3]).toBe('=ROUND(SUM(B4:C4),8)');
		const qipp = formulas.get('portsmouth-qipp/QIPP 2017-18 NHS Portsmouth CCG') ?? [];
		expect(qipp.map((r) => r[1]).filter((t) => t?.startsWith('='))).toEqual(['=ROUND(SUM(B3:B11),5)']);
	});

	it('shows the Portsmouth 2017/18 bridge as the published plan prints it, closing at 0.5', () => {
		const rows = shown.get('portsmouth-bridge/Bridge 2017-18') ?? [];
		// The published "Financial Bridge – where the growth has gone FY2017/18", £m, as printed.
		const published = [
			'3.1',
			'6.8',
			'0.1',
			'(4.6)',
			'(5.0)',
			'(10.4)',
			'3.8',
			'(1.5)',
			'(3.1)',
			'2.1',
			'9.2'
		];
		expect(rows.slice(5, 16).map((r) => r[1])).toEqual(published);
		// 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5 (not the printed 0.0)
		expect(rows[16]).toEqual(['Planned in-year surplus/(deficit)', '0.5']);
	});

	it('shows the QIPP total LibreOffice computed: 1,433 + 680 + 860 + 380 + 690 + 630 + 500 + 330 + 590 = 6,093', () => {
		const rows = shown.get('portsmouth-qipp/QIPP 2017-18 NHS Portsmouth CCG') ?? [];
		expect(rows[11]?.slice(0, 2)).toEqual(['Identified QIPP (sum of workstreams)', '6,093']);
	});

	it('writes the notes with the rates as percentages', () => {
		const notes = shown.get('portsmouth-bridge/Notes') ?? [];
		const line = (label: string) => notes.find((r) => r[0] === label)?.slice(1);
		expect(line('Display precision')?.[0]).toBe('£m to 1 decimal place');
		expect(line('Inflation')).toEqual(['2.1%', '2.1%']);
		expect(line('Amber')?.[0]).toBe('75.0%');
	});
});
