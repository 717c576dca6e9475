// Two tabs of one browser (one context: same IndexedDB, same BroadcastChannel): a change in one
// shows in the other's library without a reload, and a notebook open on a model changed
// elsewhere offers to reload it. Also the "keep my models safe" offer on the library, with the
// browser's storage answers fixed by a stand-in (headless Chromium's own vary).
import { expect, test } from '@playwright/test';
import { CHANNEL_NAME } from '../../src/lib/storage/cross-tab';
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

	// Another model changing is none of this page's business. The page's own channel was opened
	// before this probe, so it hears the message first: once the probe has it, the page has had its
	// chance to react, and the notice must still be absent.
	const icb = await a.row(ICB).getAttribute('data-model-id');
	await other.evaluate((name) => {
		const probe = new BroadcastChannel(name);
		(window as unknown as { heard: Promise<unknown> }).heard = new Promise((resolve) =>
			probe.addEventListener('message', (event) => resolve(event.data), { once: true })
		);
	}, CHANNEL_NAME);
	await a.rename(ICB, 'ICB plan, board copy');
	await expect(a.row('ICB plan, board copy')).toBeVisible();
	const heard = await other.evaluate(() => (window as unknown as { heard: Promise<unknown> }).heard);
	expect(heard).toMatchObject({ id: icb, deleted: false });
	await other.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
	await expect(notice).toHaveCount(0);

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

test('the keep-my-models-safe offer when the browser says no: the refusal is told, models still saved', async ({
	page
}) => {
	const errors = noPageErrors(page);
	// Not persistent, and the browser refuses: headless Chromium's own answer varies, so it is fixed here.
	await page.addInitScript(() => {
		Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
		Object.defineProperty(navigator.storage, 'persist', { value: async () => false });
	});
	const library = new LibraryPage(page);
	await library.open();
	const offer = page.getByTestId('persistence-notice');
	await expect(offer).toBeVisible();
	await offer.getByRole('button', { name: 'Keep my models safe' }).click();
	await expect(page.getByTestId('persistence-outcome')).toHaveText(
		'Your browser did not make storage permanent. Your models are still saved; export a copy of any you cannot lose.'
	);
	await expect(offer).toHaveCount(0);
	await expect(library.rows).toHaveCount(2);
	expect(errors).toEqual([]);
});

test('screenshots of the keep-my-models-safe offer and the browser granting it', async ({ page }) => {
	await page.addInitScript(() => {
		// Not persistent until persist() is called; the browser's answer is remembered across reloads.
		const granted = () => sessionStorage.getItem('test-persisted') === 'yes';
		Object.defineProperty(navigator.storage, 'persisted', {
			value: async () => {
				if (granted()) sessionStorage.setItem('test-persisted-asked', 'yes');
				return granted();
			}
		});
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

	// Next visit: already persistent, so nothing is offered. Wait until the page has asked (and had
	// its answer) before looking, or the check would pass before the offer could have appeared.
	await page.reload();
	await expect(library.rows.first()).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					new Promise((resolve) =>
						setTimeout(() => resolve(sessionStorage.getItem('test-persisted-asked')), 0)
					)
			)
		)
		.toBe('yes');
	await expect(offer).toHaveCount(0);
	await expect(page.getByTestId('persistence-outcome')).toHaveCount(0);
});
