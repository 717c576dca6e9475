// Driving the app by keyboard alone, as a user without a mouse does: Tab until a control has the
// focus, arrows to a grid cell, type and Enter. The page is only read (where the focus is, where a
// cell is) to decide which key to press next, as a sighted keyboard user reads the screen.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Press Tab until the focus is on `target` or inside it (Shift+Tab when it is above the focus, as a
 * user goes back up the page).
 */
export async function tabTo(page: Page, target: Locator, limit = 600) {
	await expect(target).toBeVisible();
	for (let presses = 0; presses < limit; presses++) {
		const where = await target.evaluate((el) => {
			const focus = document.activeElement;
			if (!focus || focus === document.body) return 'after';
			if (el.contains(focus)) return 'here';
			return focus.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? 'before' : 'after';
		});
		if (where === 'here') return;
		await page.keyboard.press(where === 'before' ? 'Shift+Tab' : 'Tab');
	}
	throw new Error(`${limit} presses of Tab never reached ${target.toString()}`);
}

/** From the focused cell of a grid, press arrows until `cell` (in the same grid) has the focus. */
export async function arrowTo(page: Page, cell: Locator) {
	for (let tries = 0; tries < 5; tries++) {
		const [down, right] = await cell.evaluate((td) => {
			const from = document.activeElement?.closest('td[role="gridcell"]');
			if (!(from instanceof HTMLElement) || !(td instanceof HTMLElement))
				throw new Error('the focus is not in a grid cell');
			return [
				Number(td.dataset.row) - Number(from.dataset.row),
				Number(td.dataset.col) - Number(from.dataset.col)
			];
		});
		if (down === 0 && right === 0) return;
		for (let i = 0; i < Math.abs(down); i++) await page.keyboard.press(down > 0 ? 'ArrowDown' : 'ArrowUp');
		for (let i = 0; i < Math.abs(right); i++)
			await page.keyboard.press(right > 0 ? 'ArrowRight' : 'ArrowLeft');
	}
	throw new Error(`the arrows never reached ${cell.toString()}`);
}

/** Into `grid` by Tab (it is one stop: its active cell), then by arrows to `cell`. */
export async function goToCell(page: Page, grid: Locator, cell: Locator) {
	await tabTo(page, grid.locator('[role="gridcell"][tabindex="0"]'));
	await arrowTo(page, cell);
}

/** Type into the focused cell and take it with a key (Enter moves down, Tab right). */
export async function typeIn(page: Page, text: string, then: 'Enter' | 'Tab' = 'Enter') {
	await page.keyboard.type(text);
	await page.keyboard.press(then);
}
