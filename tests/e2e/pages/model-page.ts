// Page object for the library and a model's notebook: choose things the way a user does, edit grid
// cells, read figures as exact decimals (never floats), count what the chart drew. The notebook has
// several blocks with selects of the same name, so every choice is scoped to its block.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Dec } from '../../../src/lib/engine/decimal';
import { figureOf } from './figures';

/** A bridge table column: computed, stated, difference, or (every organisation's table) a column's name. */
export type Column = 'computed' | 'stated' | 'difference' | (string & {});
export type BlockChoice = 'Year' | 'Organisation' | 'Scenario' | 'View';

/** Collect uncaught errors in the page; the test ends with `expect(errors).toEqual([])`. */
export function noPageErrors(page: Page): Error[] {
	const errors: Error[] = [];
	page.on('pageerror', (error) => errors.push(error));
	return errors;
}

export class ModelPage {
	readonly bridgeBlock: Locator;
	readonly waterfallBlock: Locator;
	readonly bridgeTable: Locator;
	readonly contextTable: Locator;
	readonly chart: Locator;
	readonly bars: Locator;
	/** The working opened from the bridge table (the chart block has its own). */
	readonly working: Locator;
	readonly chartWorking: Locator;
	readonly saveState: Locator;
	readonly scenarioBar: Locator;

	constructor(readonly page: Page) {
		this.bridgeBlock = page.getByTestId('block-bridge').first();
		this.waterfallBlock = page.getByTestId('block-waterfall').first();
		this.bridgeTable = this.bridgeBlock.getByTestId('bridge-table');
		this.contextTable = this.bridgeBlock.getByTestId('context-table');
		this.chart = this.waterfallBlock.getByTestId('waterfall');
		this.bars = this.chart.locator('svg g[aria-label="bar"] rect');
		this.working = this.bridgeBlock.getByTestId('line-working');
		this.chartWorking = this.waterfallBlock.getByTestId('line-working');
		this.saveState = page.getByTestId('save-state');
		this.scenarioBar = page.getByTestId('scenario-bar');
	}

	async openLibrary() {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { name: 'Your models', level: 1 })).toBeVisible();
		await expect(this.page.getByTestId('model-list').locator('tbody tr').first()).toBeVisible();
	}

	/** The library entry of a model, found by its name. */
	libraryEntry(name: string): Locator {
		return this.page.getByTestId('model-list').locator('tbody tr').filter({ hasText: name });
	}

	async chooseModel(name: string) {
		await this.page.getByRole('link', { name, exact: true }).click();
		await this.waitForBridge();
	}

	async waitForBridge() {
		await expect(this.bridgeTable).toBeVisible();
		// An all-zero plan draws no bars but says why.
		await expect(this.bars.first().or(this.waterfallBlock.getByText(/^Nothing to draw yet/))).toBeVisible();
	}

	/** A block's header select, e.g. the bridge table's Year. */
	blockSelect(block: Locator, control: BlockChoice): Locator {
		return block.locator('header').getByRole('combobox', { name: control, exact: true });
	}

	/**
	 * Choose in the bridge table block and the bridge chart block alike, so the table and the chart
	 * show the same bridge (a choice is saved with the model, like any other edit).
	 */
	async choose(control: BlockChoice, option: string) {
		for (const block of [this.bridgeBlock, this.waterfallBlock])
			await this.blockSelect(block, control).selectOption({ label: option });
	}

	selected(control: BlockChoice): Promise<string> {
		return selectedLabel(this.blockSelect(this.bridgeBlock, control));
	}

	/** The "Figures in" unit of the toolbar. */
	async chooseUnit(option: string) {
		await this.page.getByRole('combobox', { name: 'Figures in' }).selectOption({ label: option });
	}

	unit(): Promise<string> {
		return selectedLabel(this.page.getByRole('combobox', { name: 'Figures in' }));
	}

	/** Show a scenario in the scenario bar. */
	async chooseScenario(name: string) {
		const tab = this.scenarioBar.getByRole('radio', { name, exact: true });
		await tab.click();
		await expect(tab).toHaveAttribute('aria-checked', 'true');
	}

	/** The row of a line in the bridge or context table, by line key (e.g. "growth_received"). */
	row(key: string): Locator {
		return this.bridgeBlock.locator(`tr[data-key="${key}"]`);
	}

	/** A figure as shown, e.g. "(10.4)". */
	async shown(key: string, column: Column): Promise<string> {
		return (await this.row(key).locator(`[data-col="${column}"]`).innerText()).trim();
	}

	/** A figure as an exact decimal: "(10.4)" reads as -10.4. */
	async amount(key: string, column: Column): Promise<Dec> {
		return figureOf(await this.shown(key, column), `${key} ${column}`);
	}

	/**
	 * A figure exactly, as "Exact figures" shows it (the table is at display precision otherwise):
	 * the difference 0.5045 shows 0.5 until then.
	 */
	async exactAmount(key: string, column: Column): Promise<Dec> {
		const toggle = this.bridgeBlock.getByLabel('Exact figures');
		await toggle.check();
		const value = await this.amount(key, column);
		await toggle.uncheck();
		return value;
	}

	async status(key: string): Promise<string> {
		return (await this.row(key).locator('[data-col="status"]').innerText()).trim();
	}

	/** Line labels of the bridge, top to bottom. */
	async bridgeLabels(): Promise<string[]> {
		return this.bridgeTable.locator('tbody th').allInnerTexts();
	}

	async openWorking(label: string) {
		await this.bridgeTable.getByRole('button', { name: label, exact: true }).click();
		await expect(this.working).toBeVisible();
	}

	/** A grid cell by the model input path it edits. */
	cell(path: string): Locator {
		return this.page.locator(`[role="gridcell"][data-path="${path}"]`);
	}

	/** What a grid cell shows (without any message under it). */
	async cellText(path: string): Promise<string> {
		return (await this.cell(path).locator('.value').innerText()).trim();
	}

	/** Click a cell, type to replace its content, Enter to commit. */
	async enter(path: string, text: string) {
		await this.cell(path).click();
		if (/^[\x20-\x7e]/.test(text)) await this.page.keyboard.type(text);
		else {
			// keyboard.type sends a character missing from the US layout (£) without the keydown that
			// starts an edit (a UK keyboard's Shift+3 sends one): open the editor with F2 and fill it.
			await this.page.keyboard.press('F2');
			await this.cell(path).getByRole('textbox').fill(text);
		}
		await expect(this.cell(path).getByRole('textbox')).toHaveValue(text);
		await this.page.keyboard.press('Enter');
	}

	/** Paste tab-separated text (as copied from Excel) into the grid at a cell. */
	async paste(path: string, text: string) {
		await this.cell(path).click();
		await this.cell(path).evaluate((td, data) => {
			const clipboardData = new DataTransfer();
			clipboardData.setData('text/plain', data);
			td.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
		}, text);
	}

	/** Wait until every edit is saved. */
	async saved() {
		await expect(this.saveState).toHaveAttribute('data-state', 'saved');
	}

	/** The chart's bar tooltips, e.g. "Contingency: (1.5) £m", in drawing order. */
	barTitles(): Promise<string[]> {
		return this.bars.evaluateAll((rects) => rects.map((r) => r.querySelector('title')?.textContent ?? ''));
	}

	/** The tooltip of the chart's bar for a line, by its label. */
	async barTitle(label: string): Promise<string> {
		const titles = await this.barTitles();
		return titles.find((t) => t.startsWith(`${label}: `)) ?? `no bar for ${label} in ${titles.join('; ')}`;
	}
}

function selectedLabel(select: Locator): Promise<string> {
	return select.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.label ?? '');
}
