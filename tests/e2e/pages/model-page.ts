// Page object for the library and a model's bridge page: choose things the way a user does, read
// figures as exact decimals (never floats), count what the chart drew.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Dec } from '../../../src/lib/engine/decimal';
import { parseAmount } from '../../../src/lib/engine/parse-amount';

export type Column = 'computed' | 'stated' | 'difference';

export class ModelPage {
	readonly bridgeTable: Locator;
	readonly contextTable: Locator;
	readonly chart: Locator;
	readonly bars: Locator;
	readonly working: Locator;

	constructor(readonly page: Page) {
		this.bridgeTable = page.getByTestId('bridge-table');
		this.contextTable = page.getByTestId('context-table');
		this.chart = page.getByTestId('waterfall');
		this.bars = this.chart.locator('svg g[aria-label="bar"] rect');
		this.working = page.getByTestId('line-working');
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
		await expect(this.bars.first()).toBeVisible();
	}

	async choose(control: 'Year' | 'Organisation' | 'Scenario' | 'View' | 'Unit', option: string) {
		await this.page.getByLabel(control, { exact: true }).selectOption({ label: option });
	}

	selected(control: 'Year' | 'Organisation' | 'Scenario' | 'View' | 'Unit'): Promise<string> {
		return this.page
			.getByLabel(control, { exact: true })
			.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.label ?? '');
	}

	/** The row of a line in the bridge or context table, by line key (e.g. "growth_received"). */
	row(key: string): Locator {
		return this.page.locator(`tr[data-key="${key}"]`);
	}

	/** A figure as shown, e.g. "(10.4)". */
	async shown(key: string, column: Column): Promise<string> {
		return (await this.row(key).locator(`[data-col="${column}"]`).innerText()).trim();
	}

	/** A figure as an exact decimal: "(10.4)" reads as -10.4. */
	async amount(key: string, column: Column): Promise<Dec> {
		const text = await this.shown(key, column);
		const parsed = parseAmount(text);
		if ('error' in parsed) throw new Error(`${key} ${column}: ${parsed.error}`);
		return parsed.value;
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
}
