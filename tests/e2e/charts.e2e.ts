// What the charts and figure tables show a user, in Chromium: an all-zero bridge says so instead
// of drawing full-height bars; waterfall labels stand apart at 1920 px; axis ticks read at display
// precision; the QIPP chart has values on its segments and a RAG view with a legend; table columns
// line up; no select in the notebook cuts its label. Screenshots go to test-results/screenshots/.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ModelPage, noPageErrors } from './pages/model-page';

const SIZES = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
] as const;

const PORTSMOUTH = '/model/portsmouth-ccg-2017-19';

async function shoot(target: Locator, name: string) {
	await target.scrollIntoViewIfNeeded();
	await target.screenshot({ path: `test-results/screenshots/${name}.png` });
}

/** Selects whose chosen option's text does not fit inside them (text + padding + the arrow). */
async function clippedSelects(page: Page): Promise<string[]> {
	return page.locator('select').evaluateAll((selects) => {
		const context = document.createElement('canvas').getContext('2d')!;
		return (selects as HTMLSelectElement[])
			.filter((s) => s.offsetParent !== null)
			.flatMap((s) => {
				const style = getComputedStyle(s);
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const text = s.selectedOptions[0]?.textContent ?? '';
				// Chromium's arrow takes about 16 px at the right of the select's content box.
				const needed =
					context.measureText(text).width +
					parseFloat(style.paddingLeft) +
					parseFloat(style.paddingRight) +
					16;
				return needed > s.clientWidth ? [`${text} (${Math.round(needed)} > ${s.clientWidth} px)`] : [];
			});
	});
}

test('a bridge of all zeros draws no waterfall but says why; the first figure entered draws it', async ({
	page
}) => {
	const errors = noPageErrors(page);
	await page.goto('/model/blank-plan');
	const app = new ModelPage(page);
	await expect(app.bridgeTable).toBeVisible();
	const empty = app.waterfallBlock.getByTestId('waterfall-empty');
	await expect(empty).toHaveText(/Nothing to draw yet: every line of this bridge is zero/);
	await expect(app.waterfallBlock.locator('svg')).toHaveCount(0);
	await shoot(app.waterfallBlock, 'waterfall-all-zero-1366');

	// An opening surplus of 2.5 (£m): opening and closing bars, from zero to 2.5.
	await app.enter('organisations.org.opening.position', '2.5');
	await expect(empty).toHaveCount(0);
	await expect(app.bars).toHaveCount(await app.bridgeTable.locator('tbody tr').count());
	const heights = await app.bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('height'))));
	expect(heights[0]).toBeGreaterThan(50);
	expect(heights.slice(1, -1).every((h) => h === 0)).toBe(true);
	expect(errors).toEqual([]);
});

for (const size of SIZES) {
	test(`the waterfall's line labels stand clear of each other at ${size.width} px`, async ({ page }) => {
		await page.setViewportSize(size);
		await page.goto(PORTSMOUTH);
		const app = new ModelPage(page);
		await app.waitForBridge();
		const boxes = await app.chart
			.locator('g[aria-label="x-axis tick label"] text')
			.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
		expect(boxes).toHaveLength(await app.bars.count());
		// Neighbours at least 8 px apart: at 1920 px "2016/17 Surplus" and "Growth received" were 1 px apart.
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i]!.left - boxes[i - 1]!.right, `gap before label ${i}`).toBeGreaterThanOrEqual(8);
		await shoot(app.waterfallBlock, `waterfall-labels-${size.width}`);
	});
}

test('the position chart ticks at display precision, in £m and in £k', async ({ page }) => {
	await page.goto(PORTSMOUTH);
	const app = new ModelPage(page);
	await app.waitForBridge();
	const block = page.getByTestId('block-positionChart');
	const ticks = block.locator('g[aria-label="y-axis tick label"] text');
	// Closing 2017/18 is 0.5045 (£m), 2018/19 and both targets 0: 0.0 to 0.6 in steps of 0.1.
	await expect(ticks).toHaveText(['0.0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6']);
	await shoot(block, 'position-ticks-m-1366');
	await app.chooseUnit('£k');
	// 504.5 (£k): 0 to 600 in steps of 100.
	await expect(ticks).toHaveText(['0', '100', '200', '300', '400', '500', '600']);
});

test('the QIPP chart writes its values and can be coloured by RAG rating, with a legend', async ({
	page
}) => {
	const errors = noPageErrors(page);
	await page.goto(PORTSMOUTH);
	const app = new ModelPage(page);
	await app.waitForBridge();
	const block = page.getByTestId('block-qippChart');
	const chart = block.getByTestId('qipp-chart');
	const texts = chart.locator('svg g[aria-label="text"] text');
	// Portsmouth 2017/18, published: Prescribing 1.433 shows 1.4; unidentified 3.106 shows 3.1.
	await expect(texts.filter({ hasText: /^1\.4$/ })).toHaveCount(1);
	await expect(texts.filter({ hasText: /^3\.1$/ })).toHaveCount(1);
	await shoot(block, 'qipp-chart-workstream-1366');

	const colourBy = block.locator('header').getByRole('combobox', { name: 'Colour by' });
	await colourBy.selectOption({ label: 'RAG rating' });
	const legend = block.getByRole('list', { name: 'Colours' });
	await expect(legend.locator('li')).toHaveText([
		'Green',
		'Amber',
		'Red',
		'Unidentified QIPP',
		'Required QIPP'
	]);
	// 2017/18 by RAG, from the published programme (£m, in-year, all from M01):
	//   green  Prescribing 1.433 + System Infrastructure 0.33                   = 1.763 → 1.8
	//   amber  CHC 0.68 + RightCare 0.38 + MH 0.69 + Flow 0.63 + Estates 0.59   = 2.97  → 3.0
	//   red    New Models of Care 0.86 + Prevention 0.5                         = 1.36  → 1.4
	for (const shown of ['1.8', '3.0', '1.4'])
		await expect(
			texts.filter({ hasText: new RegExp(`^${shown.replace('.', '\\.')}$`) }).first()
		).toBeVisible();
	await expect(chart.locator('svg')).toHaveAttribute('aria-label', /QIPP by RAG rating/);
	await shoot(block, 'qipp-chart-rag-1366');
	await page.setViewportSize({ width: 1920, height: 1080 });
	await shoot(block, 'qipp-chart-rag-1920');

	// The choice is saved with the model.
	await app.saved();
	await page.reload();
	await expect(
		page.getByTestId('block-qippChart').locator('header').getByRole('combobox', { name: 'Colour by' })
	).toHaveValue('rag');
	expect(errors).toEqual([]);
});

test('bridge and QIPP table columns line up, exact figures too', async ({ page }) => {
	await page.goto(PORTSMOUTH);
	const app = new ModelPage(page);
	await app.waitForBridge();
	const qipp = page.getByTestId('block-qippTable');
	for (const block of [app.bridgeBlock, qipp]) {
		for (const exact of [false, true]) {
			await block.getByLabel('Exact figures').setChecked(exact);
			const columns = await block.locator('table').evaluateAll((tables) =>
				tables.flatMap((table) => {
					const byColumn = new Map<string, { text: string }[]>();
					for (const cell of table.querySelectorAll<HTMLElement>('td[data-col]')) {
						const text = cell.textContent?.trim();
						if (!text) continue;
						byColumn.set(cell.dataset.col!, [...(byColumn.get(cell.dataset.col!) ?? []), { text }]);
					}
					return [...byColumn.entries()]
						.filter(([col]) => col !== 'status')
						.map(([col, cells]) => ({ col, cells }));
				})
			);
			for (const { col, cells } of columns) {
				const places = new Set(cells.map((c) => c.text.replace(/[()]/g, '').split('.')[1]?.length ?? 0));
				expect(places.size, `${col}: ${cells.map((c) => c.text).join(' ')}`).toBe(1);
			}
		}
		await shoot(block, `${await block.getAttribute('data-testid')}-exact-1366`);
	}
	// Exact figures: contingency (1.5315) and the risk reserve (3.063) share four places.
	await app.bridgeBlock.getByLabel('Exact figures').check();
	expect(await app.shown('contingency', 'computed')).toBe('(1.5315)');
	expect(await app.shown('non_recurrent_reserve', 'computed')).toBe('(3.0630)');
});

for (const size of SIZES) {
	test(`no select in the notebook cuts off its label at ${size.width} px`, async ({ page }) => {
		await page.setViewportSize(size);
		for (const path of [PORTSMOUTH, '/model/icb-template-2026-29', '/model/blank-plan']) {
			await page.goto(path);
			await expect(page.getByTestId('block-bridge').first()).toBeVisible();
			expect(await clippedSelects(page), path).toEqual([]);
		}
		// The row tools' select holds the longest name of the examples (83 characters).
		await page.goto(PORTSMOUTH);
		const reserves = page.getByTestId('block-reserves').first();
		await expect(reserves.locator('form select')).toHaveValue(/./);
		expect(await clippedSelects(page)).toEqual([]);
		await shoot(reserves, `reserves-row-tools-${size.width}`);
	});
}
