// Page object for the library (home page): find a saved model's row, act on it the way a user does
// (menus, buttons, the file chooser), and read the messages the page shows.
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class LibraryPage {
	readonly list: Locator;
	readonly rows: Locator;
	readonly notice: Locator;
	readonly undoToast: Locator;
	readonly importProblems: Locator;

	constructor(readonly page: Page) {
		this.list = page.getByTestId('model-list');
		this.rows = this.list.locator('tbody tr');
		this.notice = page.getByTestId('library-notice');
		this.undoToast = page.getByTestId('undo-toast');
		this.importProblems = page.getByTestId('import-problems');
	}

	async open() {
		await this.page.goto('/');
		await expect(this.page.getByRole('heading', { name: 'Your models', level: 1 })).toBeVisible();
		await expect(this.rows.first()).toBeVisible();
	}

	/** The row of the model with exactly this name. */
	row(name: string): Locator {
		return this.rows.filter({ has: this.page.getByRole('link', { name, exact: true }) });
	}

	async names(): Promise<string[]> {
		return this.rows.locator('td.name a').allInnerTexts();
	}

	/** Copy a shipped example through the New model dialog; the new model's notebook opens. */
	async newFromTemplate(template: string) {
		await this.page.getByRole('button', { name: 'New model…' }).click();
		const dialog = this.page.getByRole('dialog', { name: 'New model' });
		await dialog.getByLabel('Start from').selectOption({ label: `A copy of the example “${template}”` });
		await dialog.getByRole('button', { name: 'Create and open' }).click();
		await expect(this.page).toHaveURL(/\/model\//);
	}

	/** A new plan from nothing, by keyboard alone through the New model dialog; its notebook opens. */
	async newPlan(
		name: string,
		organisations: readonly string[],
		firstYear = '2026/27',
		years = 2,
		beforeCreate?: (dialog: Locator) => Promise<void>
	) {
		const button = this.page.getByRole('button', { name: 'New model…' });
		await button.focus();
		await this.page.keyboard.press('Enter');
		const dialog = this.page.getByRole('dialog', { name: 'New model' });
		await expect(dialog.getByLabel('Start from')).toBeFocused();
		await this.page.keyboard.press('Tab');
		await this.page.keyboard.type(name);
		await this.page.keyboard.press('Tab');
		await this.page.keyboard.type(organisations.join('\n'));
		await this.page.keyboard.press('Tab');
		await this.page.keyboard.press('Control+A');
		await this.page.keyboard.type(firstYear);
		await this.page.keyboard.press('Tab');
		await this.page.keyboard.press('Control+A');
		await this.page.keyboard.type(String(years));
		await beforeCreate?.(dialog);
		await this.page.keyboard.press('Enter');
		await expect(this.page).toHaveURL(/\/model\//);
	}

	/** Back to the library by the page's own link (a memory-only library survives it). */
	async back() {
		await this.page.getByRole('link', { name: '← All models' }).click();
		await expect(this.rows.first()).toBeVisible();
	}

	async rename(from: string, to: string) {
		await this.page.getByRole('button', { name: `Rename ${from}`, exact: true }).click();
		const field = this.page.getByLabel(`New name for ${from}`);
		await field.fill(to);
		await field.press('Enter');
	}

	async act(action: 'Duplicate' | 'Delete' | 'Export', name: string) {
		await this.page.getByRole('button', { name: `${action} ${name}`, exact: true }).click();
	}

	async importFile(name: string, text: string) {
		await this.page.getByLabel('Import a model file').setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(text, 'utf8')
		});
	}

	async exportModel(name: string): Promise<Download> {
		const download = this.page.waitForEvent('download');
		await this.act('Export', name);
		return download;
	}
}
