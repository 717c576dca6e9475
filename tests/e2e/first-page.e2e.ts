import { expect, test } from '@playwright/test';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';

test('the library lists every example model with its organisations, years and scenarios', async ({
	page
}) => {
	const app = new ModelPage(page);
	await app.openLibrary();

	const portsmouth = app.libraryEntry(PORTSMOUTH);
	await expect(portsmouth).toContainText('NHS Portsmouth CCG');
	await expect(portsmouth).toContainText('2017/18 to 2018/19');
	await expect(portsmouth).toContainText('Baseline only');
	await expect(portsmouth.getByText('Illustrative', { exact: true })).toHaveCount(0);

	const icb = app.libraryEntry(ICB);
	await expect(icb).toContainText('North place, South place');
	await expect(icb).toContainText('2026/27 to 2028/29');
	await expect(icb).toContainText('Baseline and 3 other scenarios');
	await expect(icb.getByText('Illustrative', { exact: true })).toBeVisible();
});

test('the Portsmouth 2017/18 bridge shows the published figures and flags the closing difference', async ({
	page
}) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(PORTSMOUTH);
	await app.choose('Year', '2017/18');

	await expect(page.getByTestId('model-description')).toContainText('the printed steps add to 0.5');
	expect(await app.unit()).toBe('£m (1 dp)');

	expect(await app.shown('growth_received', 'computed')).toBe('6.8');
	expect(await app.shown('inflation', 'computed')).toBe('(10.4)');
	expect(await app.shown('qipp', 'computed')).toBe('9.2');
	expect((await app.amount('inflation', 'stated')).toString()).toBe('-10.4');

	expect(await app.shown('closing', 'computed')).toBe('0.5');
	expect(await app.shown('closing', 'stated')).toBe('0.0');
	// At display precision like the figures beside it; exactly, one click away.
	expect(await app.shown('closing', 'difference')).toBe('0.5');
	expect((await app.exactAmount('closing', 'difference')).toString()).toBe('0.5045');
	expect(await app.status('closing')).toContain('Differs');
	await expect(app.row('closing')).toHaveClass(/differs/);
	await expect(app.row('growth_received')).not.toHaveClass(/differs/);
	await expect(page.getByTestId('differences')).toContainText(
		'The steps add up to 0.5, but the plan states 0.0'
	);

	// Context lines sit in their own table, apart from the waterfall's lines.
	await expect(app.contextTable.locator('tr[data-key="allocation"]')).toContainText('306.3');
	await expect(app.bridgeTable.locator('tr[data-key="allocation"]')).toHaveCount(0);

	// One bar per bridge line: the opening, every step and the closing.
	const lines = await app.bridgeLabels();
	expect(lines[0]).toBe('2016/17 Surplus');
	expect(lines.at(-1)).toBe('Planned in-year surplus/(deficit)');
	expect(lines).toHaveLength(12);
	await expect(app.bars).toHaveCount(lines.length);
});

test('switching the year to 2018/19 changes the bridge', async ({ page }) => {
	const app = new ModelPage(page);
	await page.goto('/model/portsmouth-ccg-2017-19');
	await app.waitForBridge();
	expect(await app.shown('opening', 'computed')).toBe('3.1');

	await app.choose('Year', '2018/19');
	await expect(app.row('opening')).toContainText('Underlying position b/f from 2017/18');
	expect(await app.shown('opening', 'computed')).toBe('5.1');
	expect(await app.shown('growth_received', 'computed')).toBe('5.5');
	expect(await app.shown('closing', 'computed')).toBe('0.0');
	await expect(app.row('qipp_full_year_effect')).toBeVisible();
	await expect(app.bars).toHaveCount(await app.bridgeTable.locator('tbody tr').count());
	await expect(page.getByTestId('differences')).toHaveCount(0);
});

test('reloading a model page keeps the model and the choices made', async ({ page }) => {
	const errors = noPageErrors(page);
	const app = new ModelPage(page);
	await page.goto('/model/portsmouth-ccg-2017-19');
	await app.waitForBridge();
	// The block's year is part of the notebook (saved with the model, which joins the library); the
	// unit is a display choice kept in the address and in this browser.
	await app.choose('Year', '2018/19');
	await app.chooseUnit('£k');
	await expect(page).toHaveURL(/unit=k/);
	await app.saved();

	await page.reload();
	await app.waitForBridge();
	expect(await app.selected('Year')).toBe('2018/19');
	expect(await app.unit()).toBe('£k');
	expect(await app.shown('opening', 'computed')).toBe('5,099');
	expect(errors).toEqual([]);
});

test('an unknown model address says so and links back to the library', async ({ page }) => {
	await page.goto('/model/no-such-model');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	await expect(
		page.getByText('There is no model called "no-such-model" in your library or among the examples.')
	).toBeVisible();
	await page.getByRole('link', { name: 'Back to your models' }).click();
	await expect(page.getByRole('heading', { name: 'Your models', level: 1 })).toBeVisible();
});

test('choosing a bridge line or bar shows its formula and inputs', async ({ page }) => {
	const app = new ModelPage(page);
	await page.goto('/model/portsmouth-ccg-2017-19');
	await app.waitForBridge();
	expect(await app.selected('Year')).toBe('2017/18');

	await app.openWorking('Contingency');
	await expect(app.working).toContainText('Rate x this year');
	await expect(app.working).toContainText('0.5%');
	await expect(app.working).toContainText('£306.3m');
	await expect(app.working).toContainText('(£1.5m)');

	// The bar for growth received is the second one drawn; the chart block opens its own working.
	await app.bars.nth(1).click();
	await expect(app.chartWorking.getByRole('heading')).toHaveText('Growth received');
	await expect(app.chartWorking).toContainText(
		"This year's allocation minus last year's recurrent allocation"
	);

	await app.working.getByRole('button', { name: 'Close the working' }).click();
	await expect(app.working).toHaveCount(0);
	await app.chartWorking.getByRole('button', { name: 'Close the working' }).click();
	await expect(app.chartWorking).toHaveCount(0);
});

test('the consolidated ICB bridge adds the places together, in every scenario and view', async ({ page }) => {
	const app = new ModelPage(page);
	await app.openLibrary();
	await app.chooseModel(ICB);
	expect(await app.selected('Organisation')).toBe('Consolidated');
	await expect(app.bridgeBlock.getByText(/^Consolidated, 2026\/27 · Baseline scenario/)).toBeVisible();

	// Every place side by side with the total, as published plans print them.
	const consolidated = await app.amount('opening', 'Total');
	const north = await app.amount('opening', 'North place');
	const south = await app.amount('opening', 'South place');
	// Shown figures are rounded, so the parts may differ from the total by a rounding unit each.
	expect(north.plus(south).minus(consolidated).abs().lte('0.1')).toBe(true);
	// One place alone is the same figure in a table of its own.
	await app.choose('Organisation', 'North place');
	expect((await app.amount('opening', 'computed')).eq(north)).toBe(true);
	await app.choose('Organisation', 'Consolidated');

	await app.chooseScenario('Best case');
	await expect(app.scenarioBar.getByText('Lower inflation and activity growth')).toBeVisible();
	await app.choose('View', 'Risk-adjusted');
	await expect(app.bridgeBlock.getByText('Best case scenario · risk-adjusted view')).toBeVisible();
	await expect(app.waterfallBlock.getByText('Best case scenario · risk-adjusted view')).toBeVisible();
	await expect(app.bars).toHaveCount(await app.bridgeTable.locator('tbody tr').count());
});
