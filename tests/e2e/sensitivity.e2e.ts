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
	await page.locator('[data-block]').last().evaluate((el) => {
		el.scrollIntoView({ block: 'start' });
		window.scrollBy(0, -110);
	});
	await page.screenshot({ path: 'docs/screenshots/tornado-block.png' });
	expect(errors).toEqual([]);
});
