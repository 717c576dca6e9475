// The board pack, printed to PDF in Chromium as a board secretary would: a cover marked DRAFT,
// the notebook's narrative, tables and charts on numbered A4 landscape pages, and no controls.
// pdftotext and pdftoppm (poppler-utils, installed by the test script) read the PDF back.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';
const SCREENSHOTS = 'docs/screenshots';

/** Open the pack from the notebook's toolbar, mark it DRAFT, print it; the PDF's text by page. */
async function printPack(page: Page, model: string, name: string): Promise<string[]> {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(model);
	await page.getByRole('link', { name: 'Print / PDF' }).click();
	await expect(page.getByTestId('pack-cover')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Mark as DRAFT' }).check();
	await expect(page.locator('[data-testid="waterfall"] svg').first()).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	const dir = mkdtempSync(join(tmpdir(), 'bridgebook-pack-'));
	const pdf = join(dir, `${name}.pdf`);
	writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	// Every page as a picture, for a person to look at. The text in reading order (-raw), so the
	// tilted DRAFT mark reads as one word.
	mkdirSync(SCREENSHOTS, { recursive: true });
	const pictures = spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(SCREENSHOTS, `pack-${name}`)]);
	expect(pictures.status, String(pictures.stderr)).toBe(0);
	const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' });
	expect(text.status, text.stderr).toBe(0);
	return text.stdout.split('\f').filter((p) => p.trim() !== '');
}

test('the Portsmouth board pack prints as numbered A4 pages with its bridge, and no controls', async ({
	page
}) => {
	const errors = noPageErrors(page);
	const pages = await printPack(page, PORTSMOUTH, 'portsmouth');
	const all = pages.join('\n');
	expect(pages[0]).toContain('DRAFT');
	expect(pages[0]).toContain('Portsmouth CCG operating plan 2017-19');
	expect(pages[0]).toContain('NHS Portsmouth CCG');
	pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} of ${pages.length}`));
	// The bridge as published, and the inconsistency it carries.
	expect(all).toMatch(/Inflation\s+\(10\.4\)\s+\(10\.4\)/);
	expect(all).toMatch(/Planned in-year surplus\/\(deficit\)\s+0\.5\s+0\.0/);
	for (const control of ['Export', 'Download the chart', 'Undo', 'Print / PDF', 'All models'])
		expect(all).not.toContain(control);
	expect(errors).toEqual([]);
});

test('the ICB board pack carries the scenario comparison', async ({ page }) => {
	const pages = await printPack(page, ICB, 'icb');
	const all = pages.join('\n');
	expect(all).toContain('Scenario comparison');
	// By hand: (1,300 + 1,040) x 1.028 = 2,405.52; x 1.023 = 2,393.82 in the worst case.
	expect(all).toMatch(/Allocation\s+2,405\.5\s+2,405\.5\s+0\.0\s+2,393\.8\s+\(11\.7\)/);
	expect(all).toContain('The same in every scenario');
	expect(all).not.toContain('Scenarios (2 to 5)');
});
