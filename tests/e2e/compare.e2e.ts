// What a board reads of a plan with several places: the ICB template's scenarios side by side in
// the compare block (figures worked out by hand from its inputs, what differs first, the scenario
// bridge), and a published total checked against its published parts.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ModelPage, noPageErrors } from './pages/model-page';

const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';

test('the ICB scenarios side by side, with a scenario bridge, as a board reads them', async ({ page }) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(ICB);
	const block = page.getByTestId('block-compare');
	const table = block.getByTestId('compare-table');
	await table.scrollIntoViewIfNeeded();
	const cell = (key: string, col: string) => table.locator(`tr[data-key="${key}"] [data-col="${col}"]`);
	// By hand: (1,300 + 1,040) x 1.028 = 2,405.52 in the baseline; x 1.023 = 2,393.82 in the worst case.
	await expect(cell('allocation', 'baseline')).toHaveText('2,405.5');
	await expect(cell('allocation', 'worst')).toHaveText('2,393.8');
	await expect(cell('allocation', 'worst-change')).toHaveText('(11.7)');
	// What differs leads; the planned surplus, balanced by unidentified QIPP, is the same everywhere.
	const keys = await table
		.locator('tbody tr[data-key]')
		.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
	expect(keys.indexOf('qipp_unidentified')).toBeLessThan(keys.indexOf('surplus'));
	await expect(table.getByText('The same in every scenario')).toBeVisible();

	await expect(block.getByTestId('changes-worst')).toContainText('qipp delivery factors › amber');
	await block.getByRole('combobox', { name: 'To' }).selectOption({ label: 'Worst case' });
	await expect(block.getByTestId('scenario-bridge-title')).toContainText('Baseline to Worst case');
	const bars = block.locator('[data-testid="scenario-bridge"] svg g[aria-label="bar"] rect');
	// Baseline, allocation, activity, inflation, QIPP delivery, worst case.
	await expect(bars).toHaveCount(6);

	// Two to five scenarios: the last two cannot be unticked.
	await block.getByRole('checkbox', { name: 'Best case' }).uncheck();
	await block.getByRole('checkbox', { name: 'Worst case without winter money' }).uncheck();
	await expect(block.getByRole('checkbox', { name: 'Worst case', exact: true })).toBeDisabled();
	await expect(table.locator('thead th')).toHaveText(['Measure', 'Baseline (base)', 'Worst case', 'Change']);
	expect(errors).toEqual([]);
});

test('a published total that is not the sum of its places is flagged, line by line', async ({ page }) => {
	const model = JSON.parse(await readFile('models/icb-template-2026-29.json', 'utf8'));
	model.name = 'ICB, published';
	model.organisations[0].stated = { '2026/27': { allocation: '1336.4', inflation: '-40.2' } };
	model.organisations[1].stated = { '2026/27': { allocation: '1069.1', inflation: '-32.1' } };
	// -40.2 - 32.1 = -72.3, but the total is printed as -73.3; 1,336.4 + 1,069.1 = 2,405.5 agrees.
	model.statedTotal = { '2026/27': { allocation: '2405.5', inflation: '-73.3' } };
	const library = new LibraryPage(page);
	await library.open();
	await library.importFile('published.json', JSON.stringify(model));
	const app = new ModelPage(page);
	await app.chooseModel('ICB, published');
	const flagged = app.bridgeBlock.getByTestId('cross-foot');
	await expect(flagged).toContainText(
		"1 published total is not the sum of its organisations' published figures"
	);
	await expect(flagged.locator('li')).toHaveText([
		"Inflation: the organisations' published figures add up to (72.3), the published total is (73.3) (a difference of 1.0 £m)."
	]);
	const total = app.bridgeBlock.getByTestId('total-stated-table');
	await expect(total.locator('tr[data-key="inflation"] [data-col="status"]')).toContainText('Differs');
	await total.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'docs/screenshots/cross-foot-1366.png' });
});

test('the compare block is named for a screen reader and its Export menu gives focus back', async ({
	page
}) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(ICB);
	const block = page.getByTestId('block-compare');
	await block.scrollIntoViewIfNeeded();
	// Each select is named by its label alone, whichever option it shows.
	await expect(block.getByRole('combobox', { name: 'Base', exact: true })).toBeVisible();
	await expect(block.getByRole('combobox', { name: 'To', exact: true })).toBeVisible();
	await expect(block.getByRole('combobox', { name: 'Measure', exact: true })).toBeVisible();

	const button = block.getByRole('button', { name: 'Export scenario comparison' });
	const panel = block.getByTestId('export-panel');
	// Escape closes the menu and returns focus to its button.
	await button.click();
	await panel.getByRole('radio', { name: 'Full precision' }).focus();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(button).toBeFocused();
	// A press outside, on text that takes no focus, closes it too.
	await button.click();
	await expect(panel).toBeVisible();
	await block.getByTestId('scenario-bridge-title').click();
	await expect(panel).toHaveCount(0);
	// An action done closes it and focus goes back to the button.
	await button.click();
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await panel.getByRole('button', { name: 'Copy for Excel' }).click();
	await expect(panel).toHaveCount(0);
	await expect(button).toBeFocused();
	expect(errors).toEqual([]);
});
