// The grids as a spreadsheet, in real Chromium and by keyboard: every year of the cost lines side by
// side, a range by Shift+arrows copied as tab-separated text, a rate filled right across the years
// (the bridge moves by an amount worked out here), Delete back to the default, Space on choice
// cells, and a paste in the wrong unit asked about. Figures are worked out here with exact decimals.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { D } from '../../src/lib/engine/decimal';
import { ModelPage, noPageErrors } from './pages/model-page';

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
] as const;

const RUNNING = 'organisations.north.costLines.running_costs';
const CHC = 'organisations.north.costLines.chc';
const YEARS = ['2026/27', '2027/28', '2028/29'] as const;

async function shoot(page: Page, name: string, target: Locator) {
	for (const size of SIZES) {
		await page.setViewportSize(size);
		await target.evaluate((el) => {
			el.scrollIntoView({ block: 'start' });
			// Below the sticky toolbar, so the block's title shows.
			window.scrollBy(0, -70);
		});
		await page.screenshot({ path: `test-results/screenshots/grids-${name}-${size.width}.png` });
	}
	await page.setViewportSize(SIZES[0]);
}

async function openIcb(page: Page): Promise<ModelPage> {
	const app = new ModelPage(page);
	await page.goto('/model/icb-template-2026-29');
	await app.waitForBridge();
	return app;
}

test('cost lines by keyboard: every year side by side, copy a range, fill a rate right, Delete, Space', async ({
	page,
	context
}) => {
	const errors = noPageErrors(page);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const app = await openIcb(page);
	const block = page.getByTestId('block-costLines').first();
	const grid = block.getByRole('grid', { name: 'North place: cost lines' });
	await expect(grid.getByRole('columnheader', { name: 'Inflation %', exact: true })).toBeVisible();
	for (const y of YEARS) await expect(app.cell(`${RUNNING}.inflation.${y}`)).toHaveText('1.0%');

	// The bridge for North in 2027/28, in pounds, so the change can be read exactly.
	await app.choose('Organisation', 'North place');
	await app.choose('Year', '2027/28');
	await app.chooseUnit('£');

	// A rate typed for 2026/27 is that year's only: the later years keep 1.0%.
	await app.enter(`${RUNNING}.inflation.2026/27`, '3');
	await expect(app.cell(`${RUNNING}.inflation.2026/27`)).toHaveText('3%');
	await expect(app.cell(`${RUNNING}.inflation.2027/28`)).toHaveText('1.0%');
	const before = await app.amount('inflation', 'computed');

	// Select the three years with Shift+Right and fill right with Ctrl+R.
	await app.cell(`${RUNNING}.inflation.2026/27`).click();
	await page.keyboard.press('Shift+ArrowRight');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(grid.locator('td.selected')).toHaveCount(3);
	await page.keyboard.press('Control+r');
	for (const y of YEARS) await expect(app.cell(`${RUNNING}.inflation.${y}`)).toHaveText('3%');
	await expect(block.getByText('Filled 2 cells right.')).toBeVisible();
	// Running costs, 2027/28 (multiplicative, model activity 2.0%): its base is 2026/27's cost,
	// 25 x 1.02 x 1.03 = 26.265 (£m); the inflation step is base x 1.02 x rate, so raising 2027/28
	// from 1% to 3% adds 26.265 x 1.02 x 0.02 = 0.535806 £m, £535,806, to the inflation cost.
	const added = D('26.265').times('1.02').times('0.02').times(1_000_000);
	expect(added.toString()).toBe('535806');
	await expect
		.poll(async () => (await app.amount('inflation', 'computed')).toString())
		.toBe(before.minus(added).toString());

	// Shift+Up takes in CHC above; Ctrl+C copies the 2 x 3 block as Excel pastes it.
	await page.keyboard.press('Shift+ArrowUp');
	await expect(grid.locator('td.selected')).toHaveCount(6);
	await page.keyboard.press('Control+c');
	await expect(block.getByText('Copied 6 cells as a table to paste into Excel.')).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('5.0\t5.0\t5.0\r\n3\t3\t3\r\n');
	await shoot(page, 'cost-lines-selection', block);

	// Delete puts the line's own 2027/28 rate back to the model's inflation for that year, 2.2%.
	await app.cell(`${RUNNING}.inflation.2027/28`).click();
	await page.keyboard.press('Delete');
	await expect(app.cell(`${RUNNING}.inflation.2027/28`)).toHaveText('2.2%');
	await expect(app.cell(`${CHC}.inflation.2027/28`)).toHaveText('5.0%');

	// Space toggles tariff; a tariff line takes the efficiency deflator, so its cell becomes an input.
	const tariff = app.cell(`${RUNNING}.tariff`);
	await tariff.click();
	await expect(tariff).toContainText('No');
	await page.keyboard.press('Space');
	await expect(tariff).toContainText('Yes');
	await expect(app.cell(`${RUNNING}.efficiency.2026/27`)).toHaveText('2.0% (model)');
	await page.keyboard.press('Space');
	await expect(tariff).toContainText('No');
	await expect(page.getByTestId('grid-refusals')).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('choice cells by keyboard: Space opens a RAG or start-month list, arrows choose, Enter takes it', async ({
	page
}) => {
	const errors = noPageErrors(page);
	const app = await openIcb(page);
	const scheme = 'organisations.north.qipp.schemes.medicines';
	await app.cell(`${scheme}.rag`).click();
	await expect(app.cell(`${scheme}.rag`)).toContainText('green');
	await page.keyboard.press('Space');
	const list = app.cell(`${scheme}.rag`).getByRole('combobox');
	await expect(list).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(list).toHaveValue('amber');
	await page.keyboard.press('Enter');
	await expect(app.cell(`${scheme}.rag`)).toContainText('amber');

	await app.cell(`${scheme}.startMonth`).click();
	await page.keyboard.press('Space');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect(app.cell(`${scheme}.startMonth`).getByRole('combobox')).toHaveValue('M03');
	await shoot(page, 'choice-cells', page.getByTestId('block-qipp').first());
	await page.keyboard.press('Enter');
	await expect(app.cell(`${scheme}.startMonth`)).toContainText('M03');

	await app.cell(`${scheme}.recurrent`).click();
	await page.keyboard.press('Space');
	await expect(app.cell(`${scheme}.recurrent`)).toContainText('No');
	expect(errors).toEqual([]);
});

test('a block of £k figures pasted into the £m plan is asked about; a negative saving is taken with a warning', async ({
	page
}) => {
	const errors = noPageErrors(page);
	const app = await openIcb(page);
	const values = 'organisations.north.qipp.schemes.medicines.values';
	await app.paste(`${values}.2026/27`, '2,100\t1,500\r\n');
	const question = page.getByRole('alertdialog');
	await expect(question).toContainText('2,100 in this £m plan means £2,100m, which looks like a £k figure');
	await expect(question.getByRole('button', { name: 'They are £k: take 2,100 as 2.1 £m' })).toBeFocused();
	await shoot(page, 'paste-unit-question', page.getByTestId('block-qipp').first());
	await page.keyboard.press('Enter');
	await expect(app.cell(`${values}.2026/27`)).toHaveText('2.1');
	await expect(app.cell(`${values}.2027/28`)).toHaveText('1.5');

	await app.enter(`${values}.2028/29`, '(0.4)');
	await expect(app.cell(`${values}.2028/29`)).toHaveText(/\(0\.4\)/);
	await expect(page.getByTestId('sheet-warnings').first()).toContainText(
		'A negative saving adds cost: check the sign'
	);
	expect(errors).toEqual([]);
});
