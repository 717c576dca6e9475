// The pages at the two screen sizes finance teams use most: nothing runs off the side, the chart's
// line labels do not collide, no script errors. Screenshots go to test-results/screenshots/ for a
// look; UPDATE_SCREENSHOTS=1 also refreshes the README's in docs/screenshots/.
import { expect, test, type Page } from '@playwright/test';
import { ModelPage } from './pages/model-page';

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
] as const;

const PAGES = [
	{ name: 'library', path: '/', year: undefined },
	{ name: 'bridge', path: '/model/portsmouth-ccg-2017-19', year: '2017/18' },
	{ name: 'icb', path: '/model/icb-template-2026-29', year: '2028/29' }
] as const;

function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return errors;
}

/** Pairs of x-axis labels whose boxes overlap. */
async function collidingLabels(page: Page): Promise<string[]> {
	return page
		.locator('[data-testid=waterfall] g[aria-label="x-axis tick label"] text')
		.evaluateAll((texts) => {
			const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }));
			const clashes: string[] = [];
			boxes.forEach((a, i) =>
				boxes.slice(i + 1).forEach((b) => {
					const apart =
						a.box.right <= b.box.left ||
						b.box.right <= a.box.left ||
						a.box.bottom <= b.box.top ||
						b.box.bottom <= a.box.top;
					if (!apart) clashes.push(`${a.text} / ${b.text}`);
				})
			);
			return clashes;
		});
}

for (const size of SIZES) {
	for (const target of PAGES) {
		test(`${target.name} at ${size.width}x${size.height} fits the screen and reads cleanly`, async ({
			page
		}) => {
			const errors = watchErrors(page);
			await page.setViewportSize(size);
			await page.goto(target.path);
			const app = new ModelPage(page);
			if (target.year !== undefined) {
				await app.waitForBridge();
				await app.choose('Year', target.year);
				await expect(app.bridgeBlock.getByText(`, ${target.year} · `)).toBeVisible();
				await expect(app.waterfallBlock.getByText(`, ${target.year} · `)).toBeVisible();
			} else await expect(page.getByTestId('model-list').locator('tbody tr').first()).toBeVisible();

			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'page wider than the window').toBeLessThanOrEqual(0);
			if (target.name !== 'library') {
				const labels = page.locator('[data-testid=waterfall] g[aria-label="x-axis tick label"] text');
				await expect(labels).toHaveCount(await app.bars.count());
				expect(await collidingLabels(page)).toEqual([]);
			}
			expect(errors).toEqual([]);

			const file = `${target.name}-${size.width}.png`;
			await page.screenshot({ path: test.info().outputPath(file), fullPage: true });
			await page.screenshot({ path: `test-results/screenshots/${file}` });
			if (process.env.UPDATE_SCREENSHOTS && size.width === 1366 && target.name !== 'icb') {
				// The README's picture: for the bridge, from the top of the page to the end of the chart.
				const chart = target.name === 'bridge' ? await app.chart.boundingBox() : null;
				const clip = chart
					? { x: 0, y: 0, width: size.width, height: chart.y + chart.height + 36 }
					: undefined;
				await page.screenshot({ path: `docs/screenshots/${file}`, fullPage: clip !== undefined, clip });
			}
		});
	}
}
