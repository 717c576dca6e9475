// Two tabs of one browser (one context: same IndexedDB, same BroadcastChannel): a change in one
// shows in the other's library without a reload, and a notebook open on a model changed
// elsewhere offers to reload it. Also the "keep my models safe" offer on the library.
import { expect, test } from '@playwright/test';
import { LibraryPage } from './pages/library-page';
import { ModelPage, noPageErrors } from './pages/model-page';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const ICB = 'Illustrative ICB three-year plan 2026/27 to 2028/29';

test('a rename in one tab shows in the other tab’s library without a reload', async ({ page, context }) => {
	const a = new LibraryPage(page);
	await a.open();
	const other = await context.newPage();
	const errors = noPageErrors(other);
	const b = new LibraryPage(other);
	await b.open();
	expect((await b.names()).sort()).toEqual([ICB, PORTSMOUTH]);

	await a.rename(PORTSMOUTH, 'Portsmouth for the board');
	await expect(b.row('Portsmouth for the board')).toBeVisible();
	await expect(b.row(PORTSMOUTH)).toHaveCount(0);

	await a.act('Delete', ICB);
	await expect(b.row(ICB)).toHaveCount(0);
	await a.undoToast.getByRole('button', { name: 'Undo' }).click();
	await expect(b.row(ICB)).toBeVisible();
	expect(errors).toEqual([]);
});

test('a bridge page open on a model saved in another tab says so, and Reload shows the new version', async ({
	page,
	context
}) => {
	const a = new LibraryPage(page);
	await a.open();
	const id = await a.row(PORTSMOUTH).getAttribute('data-model-id');
	expect(id).toBeTruthy();

	const other = await context.newPage();
	const errors = noPageErrors(other);
	await other.goto(`/model/${id}?unit=k`);
	const bridge = new ModelPage(other);
	await bridge.waitForBridge();
	const notice = other.getByTestId('other-tab-notice');
	await expect(notice).toHaveCount(0);

	// Another model changing is none of this page's business.
	await a.rename(ICB, 'ICB plan, board copy');
	await expect(a.row('ICB plan, board copy')).toBeVisible();

	await a.rename(PORTSMOUTH, 'Portsmouth for the board');
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('heading')).toHaveText('This model was changed in another tab');
	await expect(other.getByRole('heading', { level: 1 })).toContainText(PORTSMOUTH);

	await other.screenshot({ path: 'test-results/screenshots/model-changed-elsewhere-1366.png' });
	await notice.getByRole('button', { name: 'Reload' }).click();
	await expect(other.getByRole('heading', { level: 1 })).toContainText('Portsmouth for the board');
	await expect(notice).toHaveCount(0);
	await bridge.waitForBridge();
	// The reader's choices survive the reload.
	expect(await bridge.unit()).toBe('£k');

	// A delete is told too.
	await a.act('Delete', 'Portsmouth for the board');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('It was deleted there');
	expect(errors).toEqual([]);
});

test('the library shows the keep-my-models-safe offer or nothing, without errors', async ({ page }) => {
	const errors = noPageErrors(page);
	const library = new LibraryPage(page);
	await library.open();
	const offer = page.getByTestId('persistence-notice');
	// Headless Chromium may already count the storage as persistent, or not: both are right.
	if (await offer.isVisible()) {
		await offer.getByRole('button', { name: 'Keep my models safe' }).click();
		await expect(offer).toHaveCount(0);
	}
	expect(errors).toEqual([]);
});

test('screenshots of the keep-my-models-safe offer and the browser granting it', async ({ page }) => {
	await page.addInitScript(() => {
		// Not persistent until persist() is called; the browser's answer is remembered across reloads.
		const granted = () => sessionStorage.getItem('test-persisted') === 'yes';
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => granted() });
		Object.defineProperty(navigator.storage, 'persist', {
			value: async () => {
				sessionStorage.setItem('test-persisted', 'yes');
				return true;
			}
		});
	});
	const library = new LibraryPage(page);
	await library.open();
	const offer = page.getByTestId('persistence-notice');
	await expect(offer).toContainText('so the browser does not clear your models when space runs low');
	await page.screenshot({ path: 'test-results/screenshots/library-persistence-1366.png' });

	await offer.getByRole('button', { name: 'Keep my models safe' }).click();
	await expect(page.getByTestId('persistence-outcome')).toHaveText(
		'Done: your browser will keep your models.'
	);
	await expect(offer).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/library-persistence-granted-1366.png' });

	// Next visit: already persistent, so nothing is offered.
	await page.reload();
	await expect(library.rows.first()).toBeVisible();
	await expect(offer).toHaveCount(0);
	await expect(page.getByTestId('persistence-outcome')).toHaveCount(0);
});
