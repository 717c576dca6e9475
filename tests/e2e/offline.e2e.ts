// Installable and offline: after one visit the app opens, edits and saves with no network at all
// (src/service-worker.ts), a new version waits until the user chooses to reload, and the page's
// content security policy lets the app's own code run and nothing else.
import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, appendFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sirv from 'sirv';
import { LibraryPage } from './pages/library-page';
import { ModelPage, noPageErrors } from './pages/model-page';

const RATE = 'cells.contingency_rate.value';
const MODEL = 'Portsmouth CCG operating plan 2017-19';

/** Resolves once a service worker controls the page: from then on it is served from the cache. */
async function controlled(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((done) =>
			navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
		);
	});
}

/** Messages Chromium logs when the content security policy refuses something. */
function policyRefusals(page: Page): string[] {
	const refused: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
	});
	return refused;
}

test('after one visit the app opens a model, edits and saves it with no network', async ({
	page,
	context
}) => {
	const errors = noPageErrors(page);
	const library = new LibraryPage(page);
	await library.open();
	await controlled(page);
	await page.getByRole('link', { name: MODEL, exact: true }).click();
	const app = new ModelPage(page);
	await app.waitForBridge();
	await app.saved();
	const address = page.url();

	await context.setOffline(true);
	// A network request now fails: whatever loads from here on comes from the worker's cache.
	await expect(page.evaluate(() => fetch('/not-in-the-cache').then(() => 'fetched'))).rejects.toThrow();
	await page.reload();
	await app.waitForBridge();
	await app.enter(RATE, '0.8');
	await app.saved();
	await page.goto(address);
	await app.waitForBridge();
	expect(await app.cellText(RATE)).toBe('0.8%');

	// The library and a new address typed in by hand open offline too.
	await library.open();
	await expect(page.getByRole('link', { name: MODEL, exact: true })).toBeVisible();
	expect(errors).toEqual([]);
});

test('the app runs under its content security policy without a refusal', async ({ page }) => {
	const refused = policyRefusals(page);
	const errors = noPageErrors(page);
	const library = new LibraryPage(page);
	await library.open();
	await page.getByRole('link', { name: MODEL, exact: true }).click();
	const app = new ModelPage(page);
	await app.waitForBridge();
	await expect(app.bars.first()).toBeVisible();
	await app.enter(RATE, '0.7');
	await app.saved();
	const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(policy).toContain("script-src 'self'");
	expect(policy).toContain("object-src 'none'");
	expect(refused).toEqual([]);
	expect(errors).toEqual([]);
});

test.describe('a new version', () => {
	let server: Server;
	let root: string;
	let base: string;

	test.beforeAll(async () => {
		// A copy of the built app on a port of its own, so this test can publish a "new version".
		root = mkdtempSync(join(tmpdir(), 'bridgebook-update-'));
		cpSync('build', root, { recursive: true });
		const serve = sirv(root, { dev: true, single: '200.html' });
		server = createServer((req, res) => serve(req, res));
		await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
		const address = server.address();
		if (!address || typeof address === 'string') throw new Error('no port');
		base = `http://127.0.0.1:${address.port}`;
	});

	test.afterAll(async () => {
		await new Promise((closed) => server.close(closed));
		rmSync(root, { recursive: true, force: true });
	});

	test('waits until the user reloads for it, and then takes over', async ({ page }) => {
		const errors = noPageErrors(page);
		await page.goto(`${base}/`);
		await controlled(page);
		const offer = page.getByRole('status').filter({ hasText: 'A new version of Bridgebook' });
		await expect(offer).toHaveCount(0);

		appendFileSync(join(root, 'service-worker.js'), '\n// the next version\n');
		await page.reload();
		await expect(offer).toBeVisible();
		await offer.getByRole('button', { name: 'Later' }).click();
		await expect(offer).toHaveCount(0);

		await page.reload();
		await expect(offer).toBeVisible();
		await Promise.all([
			page.waitForEvent('load'),
			offer.getByRole('button', { name: 'Reload to update' }).click()
		]);
		await controlled(page);
		await expect(offer).toHaveCount(0);
		expect(
			await page.evaluate(async () => {
				const registration = await navigator.serviceWorker.getRegistration();
				return { waiting: registration?.waiting ?? null, active: !!registration?.active };
			})
		).toEqual({ waiting: null, active: true });
		expect(errors).toEqual([]);
	});
});
