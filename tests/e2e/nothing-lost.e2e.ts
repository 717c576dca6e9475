// Nothing typed is lost by leaving: an edit made just before the tab closes or the address changes
// is saved (the page flushes its waiting save on pagehide and when it is hidden), and reopening the
// model shows it.
import { expect, test } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ModelPage, noPageErrors } from './pages/model-page';

const RATE = 'cells.contingency_rate.value';

/** Open a model of the library (its first row: an example seeded on first run) and return its address. */
async function openSavedModel(page: import('@playwright/test').Page): Promise<string> {
	const library = new LibraryPage(page);
	await library.open();
	await page.getByRole('link', { name: 'Portsmouth CCG operating plan 2017-19', exact: true }).click();
	const app = new ModelPage(page);
	await app.waitForBridge();
	await app.saved();
	return page.url();
}

test('an edit made 50 ms before the tab closes is there on reopening', async ({ context }) => {
	const page = await context.newPage();
	const errors = noPageErrors(page);
	const address = await openSavedModel(page);
	const app = new ModelPage(page);
	await app.enter(RATE, '0.75');
	await page.waitForTimeout(50);
	await page.close();
	expect(errors).toEqual([]);

	const again = await context.newPage();
	await again.goto(address);
	const reopened = new ModelPage(again);
	await reopened.waitForBridge();
	expect(await reopened.cellText(RATE)).toBe('0.75%');
});

test('an edit made 50 ms before the address changes is there on coming back', async ({ page }) => {
	const errors = noPageErrors(page);
	const address = await openSavedModel(page);
	const app = new ModelPage(page);
	await app.enter(RATE, '0.6');
	await page.waitForTimeout(50);
	await page.goto('about:blank');
	await page.goto(address);
	await app.waitForBridge();
	expect(await app.cellText(RATE)).toBe('0.6%');
	expect(errors).toEqual([]);
});
