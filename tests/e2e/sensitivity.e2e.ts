// Testing assumptions in the notebook: a tornado block added to the Portsmouth example shows its
// inputs by swing, largest first, in the chart and the exact table.
import { expect, test } from '@playwright/test';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';

test('a tornado block shows the inputs sorted by swing', async ({ page }) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await page.getByLabel('Add', { exact: true }).selectOption({ label: 'Sensitivity (tornado)' });
	await page.getByRole('button', { name: 'Add block' }).click();
	const block = page.getByTestId('tornado-tornado');
	await block.scrollIntoViewIfNeeded();
	// Risk-adjusted 2017/18 moves most with the reserve rates: ± 1 point of the 306.3 allocation is
	// 3.063 each way, a swing of 6.126; tariff uplift ± 1 point, 3.8 (the bench figures of cli.md).
	const rows = block.locator('tbody tr');
	await expect(rows.first().locator('th')).toHaveText('contingency_rate');
	await expect(rows.first().getByTestId('swing')).toHaveText('6.126');
	await expect(rows.nth(2).getByTestId('swing')).toHaveText('3.8');
	const swings = await block.getByTestId('swing').allTextContents();
	const numbers = swings.map((s) => Number(s.replace(/[(),]/g, '')));
	expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
	// One bar each way per input.
	await expect(block.locator('svg g[aria-label="bar"] rect')).toHaveCount(2 * swings.length);
	// The page at 1366 x 768, the block's title just under the sticky toolbar.
	await page
		.locator('[data-block]')
		.last()
		.evaluate((el) => {
			el.scrollIntoView({ block: 'start' });
			window.scrollBy(0, -110);
		});
	await page.screenshot({ path: 'docs/screenshots/tornado-block.png' });
	expect(errors).toEqual([]);
});

test('goal seek finds the opening position that breaks even, applied as an edit and undone', async ({
	page
}) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await page.getByLabel('Add', { exact: true }).selectOption({ label: 'Goal seek' });
	await page.getByRole('button', { name: 'Add block' }).click();
	const block = page.getByTestId('goal-seek-goalseek');
	await block.scrollIntoViewIfNeeded();
	await block.getByRole('combobox', { name: 'Input' }).selectOption({ label: 'Opening position' });
	// Risk-adjusted 2017/18 is (4.024) with the opening at 3.1: break-even needs 3.1 + 4.024 = 7.124.
	await expect(block.getByTestId('goal-seek-answer')).toHaveText('7.124 gives £0.0m, exactly.');
	await page
		.locator('[data-block]')
		.last()
		.evaluate((el) => {
			el.scrollIntoView({ block: 'start' });
			window.scrollBy(0, -110);
		});
	await page.screenshot({ path: 'docs/screenshots/goal-seek-block.png' });
	await block.getByRole('button', { name: 'Apply to Baseline' }).click();
	await expect(block.locator('.now')).toHaveText(
		'Risk-adjusted surplus/(deficit), 2017/18, NHS Portsmouth CCG is £0.0m with the input at 7.124.'
	);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(block.locator('.now')).toContainText('is (£4.024m) with the input at 3.1.');
	expect(errors).toEqual([]);
});
