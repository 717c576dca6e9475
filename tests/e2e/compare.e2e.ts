// Scenarios side by side in the compare block of the ICB template, as a board reads them: figures
// worked out by hand from the model's inputs, what differs first, and the scenario bridge.
import { expect, test } from '@playwright/test';
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
