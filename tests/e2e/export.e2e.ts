// Tables and charts out of the app, as an analyst takes them (an Excel download is opened in
// LibreOffice, which the test script installs): the files a user downloads, read back
// with the test's own readers and checked against the published Portsmouth plan (2017/18 bridge in
// £m, QIPP programme in £k) and against sums worked out here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { D } from '../../src/lib/engine/decimal';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';

/** Open a block's Export menu, choose the precision, press `action`; the download's name and text. */
async function exportFrom(page: Page, block: Locator, action: string, precision = /^As shown/) {
	await block.getByRole('button', { name: /^Export / }).click();
	await block.getByRole('radio', { name: precision }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		block.getByRole('button', { name: action }).click()
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

function csvRows(bytes: Buffer): string[][] {
	const text = bytes.toString('utf8');
	expect(text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8').toBe(true);
	expect(text).toContain('\r\n');
	return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

test('the Portsmouth bridge downloads as a CSV of the published figures', async ({ page }) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);

	const shown = await exportFrom(page, app.bridgeBlock, 'Download CSV');
	expect(shown.name).toBe('portsmouth-ccg-operating-plan-2017-19-bridge-2017-18-baseline.csv');
	const [header, ...rows] = csvRows(shown.bytes);
	expect(header).toEqual(['line', 'key', 'role', 'NHS Portsmouth CCG (£m)']);
	const bridge = rows.filter((r) => r[2] !== 'context').map((r) => r[3]);
	// The published "Financial Bridge – where the growth has gone FY2017/18", as printed, then the
	// closing: 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5 (ADR 0003).
	expect(bridge).toEqual([
		'3.1',
		'6.8',
		'0.1',
		'-4.6',
		'-5.0',
		'-10.4',
		'3.8',
		'-1.5',
		'-3.1',
		'2.1',
		'9.2',
		'0.5'
	]);
	await expect(app.bridgeBlock.getByRole('status')).toHaveText(`Downloaded ${shown.name}`);

	const full = csvRows((await exportFrom(page, app.bridgeBlock, 'Download CSV', /^Full precision/)).bytes);
	const steps = full.slice(1).filter((r) => r[2] === 'opening' || r[2] === 'step');
	const closing = full.find((r) => r[2] === 'closing')?.[3] ?? '';
	// At full precision the closing is exactly opening + steps, as the file states them.
	const sum = steps.reduce((total, r) => total.plus(r[3] ?? ''), D(0));
	expect(sum.toString()).toBe(D(closing).toString());
	expect(closing).not.toBe('0.5');
	expect(errors).toEqual([]);
});

test('a table copies as tab-separated text that pastes into Excel', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await app.bridgeBlock.getByRole('button', { name: /^Export / }).click();
	await app.bridgeBlock.getByRole('button', { name: 'Copy for Excel' }).click();
	await expect(app.bridgeBlock.getByRole('status')).toHaveText('Copied: paste into Excel');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	const lines = copied.split('\r\n');
	expect(lines[0]).toBe('Line\tRole\tNHS Portsmouth CCG (£m)');
	expect(lines).toContain('Inflation\tstep\t-10.4');
	expect(lines).toContain('Planned in-year surplus/(deficit)\tclosing\t0.5');
});

test('the ICB bridge shows and exports every place with a total that adds up', async ({ page }) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(ICB);
	const headers = await app.bridgeTable.locator('thead th').allInnerTexts();
	expect(headers.map((h) => h.trim())).toEqual(['Line', 'North place', 'South place', 'Total']);

	const [header, ...rows] = csvRows(
		(await exportFrom(page, app.bridgeBlock, 'Download CSV', /^Full precision/)).bytes
	);
	expect(header).toEqual(['line', 'key', 'role', 'North place (£m)', 'South place (£m)', 'Total (£m)']);
	expect(rows.length).toBeGreaterThan(10);
	for (const [label, , , north, south, total] of rows)
		expect(
			`${label}: ${D(north || 0)
				.plus(south || 0)
				.toString()}`
		).toBe(`${label}: ${D(total || 0).toString()}`);
});

test('the QIPP table exports the published workstreams and their total in £k', async ({ page }) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await app.chooseUnit('£k');
	const block = page.getByTestId('block-qippTable');
	await expect(block.getByTestId('qipp-table')).toBeVisible();
	const rows = csvRows((await exportFrom(page, block, 'Download CSV')).bytes).slice(1);
	// The published QIPP programme, 17/18 £'000, and its sum worked by hand:
	// 1,433 + 680 + 860 + 380 + 690 + 630 + 500 + 330 + 590 = 6,093.
	expect(rows.filter((r) => r[2] === 'item').map((r) => r[3])).toEqual([
		'1433',
		'680',
		'860',
		'380',
		'690',
		'630',
		'500',
		'330',
		'590'
	]);
	expect(rows.find((r) => r[2] === 'total')?.[3]).toBe('6093');
});

test('a chart downloads as SVG with its legend and as a sharp PNG', async ({ page }) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	const download = async (kind: 'SVG' | 'PNG') => {
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			app.waterfallBlock.getByRole('button', { name: `Download the chart as ${kind}` }).click()
		]);
		return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
	};
	const svg = await download('SVG');
	expect(svg.name).toBe('waterfall.svg');
	const text = svg.bytes.toString('utf8');
	expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
	expect(text).toContain('Improves the position');
	expect(text).toContain('(10.4)');

	const png = await download('PNG');
	expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	const chartWidth = Number(await app.chart.locator(':scope > svg').getAttribute('width'));
	// Drawn at twice the size on screen: IHDR width, big-endian, at byte 16.
	expect(png.bytes.readUInt32BE(16)).toBe(chartWidth * 2);
});

test('the bridge downloads as an Excel workbook that LibreOffice opens, works out and shows as published', async ({
	page
}) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	const workbook = await exportFrom(page, app.bridgeBlock, 'Download Excel');
	expect(workbook.name).toBe('portsmouth-ccg-operating-plan-2017-19-bridge-2017-18-baseline.xlsx');
	expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

	const dir = mkdtempSync(join(tmpdir(), 'bridgebook-xlsx-'));
	const file = join(dir, 'bridge.xlsx');
	writeFileSync(file, workbook.bytes);
	const converted = spawnSync(
		'soffice',
		[
			`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
			'--headless',
			'--convert-to',
			'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
			'--outdir',
			dir,
			file
		],
		{ encoding: 'utf8', timeout: 110_000 }
	);
	expect(converted.status, converted.stderr).toBe(0);
	const sheet = readdirSync(dir).find((f) => f.startsWith('bridge-Bridge'));
	const rows = Papa.parse<string[]>(readFileSync(join(dir, sheet ?? 'missing'), 'utf8'), {
		skipEmptyLines: true
	}).data;
	const shown = (label: string) => rows.find((r) => r[0]?.trim() === label)?.[1];
	// As the published plan prints them, negatives in brackets; the closing is LibreOffice's own
	// sum of the steps: 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5.
	expect(shown('Inflation')).toBe('(10.4)');
	expect(shown('Reserve provisions')).toBe('(4.6)');
	expect(shown('QIPP')).toBe('9.2');
	expect(shown('Planned in-year surplus/(deficit)')).toBe('0.5');
	expect(readdirSync(dir).some((f) => f.endsWith('-Notes.csv'))).toBe(true);
});
