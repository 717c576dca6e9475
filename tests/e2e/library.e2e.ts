// The library in real Chromium: first-run examples, new from a template, rename, reload persistence
// (IndexedDB), duplicate, delete with undo, a broken import listing its problems, and export.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ModelPage } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';
const NEW = 'Our new plan';

test('the first visit seeds the example models, with organisations, years, scenarios and last edit', async ({
	page
}) => {
	const library = new LibraryPage(page);
	await library.open();
	expect((await library.names()).sort()).toEqual([ICB, PORTSMOUTH]);
	await expect(library.row(PORTSMOUTH)).toContainText('NHS Portsmouth CCG');
	await expect(library.row(PORTSMOUTH)).toContainText('Baseline only');
	await expect(library.row(ICB)).toContainText('Baseline and 3 other scenarios');
	// en-GB date, e.g. "25 Nov 2026 at 17:59".
	await expect(library.row(ICB).locator('td.edited')).toHaveText(
		/^\d{1,2} [A-Z][a-z]{2} \d{4}\s+at \d{2}:\d{2}$/
	);
	await expect(page.getByTestId('not-saved-banner')).toHaveCount(0);
});

test('a new plan made in the New model dialog can be renamed, and is still there after a reload', async ({
	page
}) => {
	const library = new LibraryPage(page);
	await library.open();
	await library.newPlan(NEW, ['Your organisation']);
	await library.back();
	await expect(library.row(NEW)).toBeVisible();
	await expect(library.row(NEW)).toContainText('Your organisation');
	await expect(library.row(NEW)).not.toContainText('Illustrative');

	// An empty name is refused with a message, and the old name stays.
	await page.getByRole('button', { name: `Rename ${NEW}`, exact: true }).click();
	const field = page.getByLabel(`New name for ${NEW}`);
	await field.fill('   ');
	await field.press('Enter');
	await expect(page.getByText('Enter a name for the model.')).toBeVisible();
	await field.press('Escape');
	await expect(library.row(NEW)).toBeVisible();

	await library.rename(NEW, 'Solent ICB plan 2026-28');
	await expect(library.row('Solent ICB plan 2026-28')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Rename Solent ICB plan 2026-28' })).toBeFocused();

	await page.reload();
	await expect(library.row('Solent ICB plan 2026-28')).toBeVisible();
	expect(await library.names()).toHaveLength(3);

	// It opens in the bridge view, loaded from the library.
	await page.getByRole('link', { name: 'Solent ICB plan 2026-28' }).click();
	await new ModelPage(page).waitForBridge();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Solent ICB plan 2026-28');
	await page.reload();
	await new ModelPage(page).waitForBridge();
});

test('duplicate adds a copy; delete can be undone', async ({ page }) => {
	const library = new LibraryPage(page);
	await library.open();
	await library.act('Duplicate', PORTSMOUTH);
	await expect(library.row(`${PORTSMOUTH} (copy)`)).toBeVisible();
	await expect(library.rows).toHaveCount(3);

	await library.act('Delete', PORTSMOUTH);
	await expect(library.undoToast).toContainText(`Deleted "${PORTSMOUTH}".`);
	await expect(library.row(PORTSMOUTH)).toHaveCount(0);
	await library.undoToast.getByRole('button', { name: 'Undo' }).click();
	await expect(library.row(PORTSMOUTH)).toBeVisible();
	await expect(library.undoToast).toHaveCount(0);
	await expect(library.rows).toHaveCount(3);

	await page.reload();
	await expect(library.row(PORTSMOUTH)).toBeVisible();
	await expect(library.rows).toHaveCount(3);
});

test('importing a broken file lists every problem and changes nothing', async ({ page }) => {
	const library = new LibraryPage(page);
	await library.open();
	const broken = JSON.parse(await readFile('models/portsmouth-ccg-2017-19.json', 'utf8')) as Record<
		string,
		unknown
	>;
	delete broken.name;
	broken.years = ['2017-18'];
	await library.importFile('broken-plan.json', JSON.stringify(broken));

	await expect(library.importProblems).toContainText('broken-plan.json was not imported');
	await expect(library.importProblems).toContainText('Nothing in your library was changed');
	const items = library.importProblems.locator('li');
	expect(await items.count()).toBeGreaterThanOrEqual(2);
	await expect(items.filter({ hasText: /^name:/ })).toHaveCount(1);
	await expect(items.filter({ hasText: /^years/ }).first()).toBeVisible();
	await expect(library.rows).toHaveCount(2);

	await library.importFile('not-json.json', '{ "name": ');
	await expect(library.importProblems).toContainText('not valid JSON');
	await expect(library.rows).toHaveCount(2);

	// A good file imports.
	const blank = await readFile('models/blank-plan.json', 'utf8');
	const BLANK = 'Blank CCG/ICB plan (template)';
	await library.importFile('blank.json', blank);
	await expect(library.row(BLANK)).toBeVisible();
	await expect(library.importProblems).toHaveCount(0);

	// The same name again asks first: cancel changes nothing, keep both names the import "… (2)".
	const clash = page.getByTestId('import-clash');
	await library.importFile('blank.json', blank);
	await expect(clash).toContainText(`“${BLANK}” is already in your library`);
	await clash.getByRole('button', { name: 'Cancel' }).click();
	await expect(clash).toHaveCount(0);
	await expect(library.rows).toHaveCount(3);
	await library.importFile('blank.json', blank);
	await clash.getByRole('button', { name: 'Keep both' }).click();
	await expect(library.row(`${BLANK} (2)`)).toBeVisible();
	await expect(library.rows).toHaveCount(4);
	// Replace swaps the model of that name, and Undo brings the old one back.
	await library.importFile('blank.json', blank);
	await clash.getByRole('button', { name: 'Replace' }).click();
	await expect(library.undoToast).toContainText(`Deleted "${BLANK}"`);
	await expect(library.rows).toHaveCount(4);
	await library.undoToast.getByRole('button', { name: 'Undo' }).click();
	await expect(library.rows).toHaveCount(5);
});

test('export downloads the model as JSON with the same name', async ({ page }) => {
	const library = new LibraryPage(page);
	await library.open();
	await library.rename(PORTSMOUTH, 'Portsmouth for the board');
	const download = await library.exportModel('Portsmouth for the board');
	expect(download.suggestedFilename()).toBe('portsmouth-for-the-board.json');
	const path = await download.path();
	const file = JSON.parse(await readFile(path, 'utf8')) as { name: string; organisations: unknown[] };
	expect(file.name).toBe('Portsmouth for the board');
	expect(file.organisations).toHaveLength(1);
});

test('the library is usable from the keyboard: the New model dialog opens on its first field, Escape closes it', async ({
	page
}) => {
	const library = new LibraryPage(page);
	await library.open();
	const button = page.getByRole('button', { name: 'New model…' });
	await button.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: 'New model' });
	await expect(dialog).toBeVisible();
	await expect(dialog.getByLabel('Start from')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test('without IndexedDB the library still works, and says it is not saved', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	const library = new LibraryPage(page);
	await library.open();
	await expect(page.getByTestId('not-saved-banner')).toContainText(
		'Not saved in this browser window — export to keep your work'
	);
	await expect(library.rows).toHaveCount(2);
	await library.newPlan(NEW, ['Your organisation']);
	await library.back();
	await expect(library.row(NEW)).toBeVisible();
});

test('screenshots of the library with the New model menu open and an Undo offer', async ({ page }) => {
	for (const size of [
		{ width: 1366, height: 768 },
		{ width: 1920, height: 1080 }
	]) {
		await page.setViewportSize(size);
		const library = new LibraryPage(page);
		await library.open();
		await library.act('Delete', ICB);
		await expect(library.undoToast).toBeVisible();
		await page.getByRole('button', { name: 'New model…' }).click();
		await page.screenshot({ path: `test-results/screenshots/library-states-${size.width}.png` });
		await page.keyboard.press('Escape');
		await library.undoToast.getByRole('button', { name: 'Undo' }).click();
		await expect(library.row(ICB)).toBeVisible();

		await library.importFile(
			'broken.json',
			JSON.stringify({ schemaVersion: 2, name: '', years: ['2017-18'] })
		);
		await expect(library.importProblems).toBeVisible();
		await page.getByRole('button', { name: `Rename ${PORTSMOUTH}`, exact: true }).click();
		await page.getByLabel(`New name for ${PORTSMOUTH}`).fill('');
		await page.getByLabel(`New name for ${PORTSMOUTH}`).press('Enter');
		await page.screenshot({
			path: `test-results/screenshots/library-problems-${size.width}.png`,
			fullPage: true
		});
	}
});
