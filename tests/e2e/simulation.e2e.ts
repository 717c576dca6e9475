// Monte Carlo in the notebook: a simulation block added to the Portsmouth example runs 10,000
// iterations in Web Workers with a progress bar; a long run is cancelled; run again, the seeded P50
// is the one the same simulation gives in one thread in Node (so the workers change nothing).
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { showMoney } from '../../src/lib/engine/display';
import { readModel } from '../../src/lib/model/valid-model';
import { simulate } from '../../src/lib/simulate/simulate';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';

/** The P50 of each year as the page shows it (£m, brackets), worked out in this process. */
function oneThreadP50(): string[] {
	const model = readModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
	if (!model.ok) throw new Error('the example does not read');
	const result = simulate(model.value, { runs: 10_000, seed: 1 });
	if (!result.ok) throw new Error('the example does not simulate');
	return result.value.summary.years.map((y) => showMoney(y.p50, 'm'));
}

test('a simulation runs in workers, shows progress, cancels, and runs again to the seeded P50', async ({
	page
}) => {
	test.setTimeout(90_000);
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await page.getByLabel('Add', { exact: true }).selectOption({ label: 'Monte Carlo simulation' });
	await page.getByRole('button', { name: 'Add block' }).click();
	const block = page.getByTestId('simulation-simulation');
	await block.scrollIntoViewIfNeeded();
	const expected = oneThreadP50();

	// A first run of the default 10,000.
	await block.getByRole('button', { name: 'Run simulation' }).click();
	await expect(block.getByTestId('simulation-heading')).toContainText('10,000 runs, seed 1', {
		timeout: 30_000
	});
	await expect(block.getByRole('button', { name: 'Run simulation' })).toBeEnabled();
	await expect(block.getByTestId('p50')).toHaveText(expected);
	await expect(block.getByText('Every iteration ran on the integer-pence kernel.')).toBeVisible();

	// A long run: the progress bar moves, the page answers, Cancel stops it.
	await block.getByLabel('Runs').fill('100000');
	await block.getByLabel('Runs').press('Tab');
	await block.getByRole('button', { name: 'Run simulation' }).click();
	const progress = block.getByRole('progressbar', { name: 'Simulation progress' });
	await expect(progress).toBeVisible();
	await expect
		.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
		.toBeGreaterThan(0);
	// The page stays responsive while the workers run: a frame still comes within a moment.
	const frame = await page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				const t = performance.now();
				requestAnimationFrame(() => resolve(performance.now() - t));
			})
	);
	expect(frame).toBeLessThan(500);
	await progress.scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/simulation-progress.png' });
	await block.getByRole('button', { name: 'Cancel' }).click();
	await expect(block.getByRole('status')).toContainText('Cancelled after');
	await expect(block.getByRole('status')).toContainText('of 100,000 runs');
	await expect(progress).toHaveCount(0);

	// Run again with 10,000: the same seed, the same P50.
	await block.getByLabel('Runs').fill('10000');
	await block.getByLabel('Runs').press('Tab');
	await block.getByRole('button', { name: 'Run simulation' }).click();
	await expect(progress).toBeVisible();
	await expect(progress).toHaveCount(0, { timeout: 30_000 });
	await expect(block.getByTestId('simulation-heading')).toContainText('10,000 runs, seed 1');
	await expect(block.getByText('The model or the choices have changed')).toHaveCount(0);
	await expect(block.getByTestId('p50')).toHaveText(expected);
	await expect(block.locator('[data-testid^="simulation-histogram"] svg')).toBeVisible();
	await expect(block.locator('[data-testid^="simulation-fan"] svg')).toBeVisible();

	await page
		.locator('[data-block]')
		.last()
		.evaluate((el) => {
			el.scrollIntoView({ block: 'start' });
			window.scrollBy(0, -110);
		});
	await page.screenshot({ path: 'docs/screenshots/simulation-block.png' });
	// The charts and the drivers table, the charts' legends just under the sticky toolbar.
	await block.getByTestId('simulation-table').evaluate((el) => {
		el.scrollIntoView({ block: 'start' });
		window.scrollBy(0, -110);
	});
	await expect(block.getByTestId('simulation-drivers').locator('tbody tr')).toHaveCount(9);
	await page.screenshot({ path: 'docs/screenshots/simulation-charts.png' });
	expect(errors).toEqual([]);
});
