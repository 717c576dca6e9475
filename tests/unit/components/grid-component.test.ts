// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Grid from '../../../src/lib/components/grid/Grid.svelte';
import type { GridChange, GridColumn, GridRefusal, GridRow } from '../../../src/lib/notebook/grid';

const columns: GridColumn[] = [
	{ key: '2017/18', label: '2017/18', kind: 'number' },
	{ key: '2018/19', label: '2018/19', kind: 'number' },
	{ key: 'note', label: 'Note', kind: 'text' }
];

function rows(): GridRow[] {
	return ['Acute', 'Mental health', 'Prescribing'].map((header, r) => ({
		key: header.toLowerCase(),
		header,
		cells: [
			{ display: `${r}.0%`, edit: `${r}`, editable: true, path: `lines.${r}.inflation.2017/18` },
			{ display: `(${r}.5)`, edit: `-${r}.5`, editable: true, overridden: r === 1, cleared: '0' },
			{ display: 'computed', edit: '', editable: false, error: r === 2 ? 'Unknown name "tarif"' : undefined }
		]
	}));
}

type Commit = (changes: GridChange[]) => GridRefusal[];

function setup(oncommit: Commit = () => [], onreset?: (row: number, col: number) => void) {
	const commit = vi.fn(oncommit);
	const result = render(Grid, { label: 'Inflation', columns, rows: rows(), oncommit: commit, onreset });
	const cell = (row: number, col: number) => {
		const td = result.container.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`);
		if (!td) throw new Error(`no cell ${row},${col}`);
		return td;
	};
	return { ...result, commit, cell };
}

const editor = () => screen.getByRole<HTMLInputElement>('textbox');

function paste(target: HTMLElement, text: string) {
	return fireEvent.paste(target, { clipboardData: { getData: () => text } });
}

describe('Grid', () => {
	it('is a labelled table with one tabbable cell, and arrows move the active cell', async () => {
		const { cell } = setup();
		expect(screen.getByRole('grid', { name: 'Inflation' }).tagName).toBe('TABLE');
		expect(cell(0, 0).tabIndex).toBe(0);
		expect(cell(0, 1).tabIndex).toBe(-1);
		expect(cell(0, 0).dataset.path).toBe('lines.0.inflation.2017/18');

		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: 'ArrowRight' });
		expect(cell(0, 1).tabIndex).toBe(0);
		expect(cell(0, 0).tabIndex).toBe(-1);
		expect(document.activeElement).toBe(cell(0, 1));

		await fireEvent.keyDown(cell(0, 1), { key: 'ArrowDown' });
		expect(document.activeElement).toBe(cell(1, 1));
		// Read-only cells can be active too.
		await fireEvent.keyDown(cell(1, 1), { key: 'End' });
		expect(document.activeElement).toBe(cell(1, 2));
		// At the edge a move stays put.
		await fireEvent.keyDown(cell(1, 2), { key: 'ArrowRight' });
		expect(document.activeElement).toBe(cell(1, 2));
		await fireEvent.keyDown(cell(1, 2), { key: 'Home' });
		expect(document.activeElement).toBe(cell(1, 0));
	});

	it('clicking a cell makes it active', async () => {
		const { cell } = setup();
		await fireEvent.click(cell(2, 1));
		expect(cell(2, 1).tabIndex).toBe(0);
		expect(cell(2, 1).classList.contains('active')).toBe(true);
	});

	it('Tab moves right and lets focus leave at the last column', async () => {
		const { cell } = setup();
		cell(0, 0).focus();
		expect(await fireEvent.keyDown(cell(0, 0), { key: 'Tab' })).toBe(false); // handled
		expect(document.activeElement).toBe(cell(0, 1));
		await fireEvent.keyDown(cell(0, 1), { key: 'Tab' });
		expect(await fireEvent.keyDown(cell(0, 2), { key: 'Tab' })).toBe(true); // left to the browser
		expect(await fireEvent.keyDown(cell(0, 2), { key: 'Tab', shiftKey: true })).toBe(false);
		expect(document.activeElement).toBe(cell(0, 1));
	});

	it('typing replaces the content; Enter commits and moves down', async () => {
		const { cell, commit } = setup();
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: '7' });
		expect(editor().value).toBe('7');
		expect(screen.getByRole('textbox', { name: 'Acute, 2017/18' })).toBe(editor());
		await fireEvent.input(editor(), { target: { value: '7.5' } });
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenCalledWith([{ row: 0, col: 0, text: '7.5' }]);
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(document.activeElement).toBe(cell(1, 0));
	});

	it('Enter and F2 edit with the raw value; an unchanged value is not committed', async () => {
		const { cell, commit } = setup();
		cell(1, 1).focus();
		await fireEvent.keyDown(cell(1, 1), { key: 'F2' });
		expect(editor().value).toBe('-1.5');
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		expect(commit).not.toHaveBeenCalled();
		expect(document.activeElement).toBe(cell(2, 1));
		await fireEvent.dblClick(cell(2, 0));
		expect(editor().value).toBe('2');
	});

	it('Tab in the editor commits and moves right', async () => {
		const { cell, commit } = setup();
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: '3' });
		await fireEvent.keyDown(editor(), { key: 'Tab' });
		expect(commit).toHaveBeenCalledWith([{ row: 0, col: 0, text: '3' }]);
		expect(document.activeElement).toBe(cell(0, 1));
	});

	it('leaving the editor (blur) commits without moving', async () => {
		const { cell, commit } = setup();
		cell(0, 1).focus();
		await fireEvent.keyDown(cell(0, 1), { key: '5' });
		await fireEvent.blur(editor());
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenCalledWith([{ row: 0, col: 1, text: '5' }]);
		expect(cell(0, 1).tabIndex).toBe(0);
	});

	it('Escape cancels the edit without committing', async () => {
		const { cell, commit } = setup();
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: '9' });
		await fireEvent.keyDown(editor(), { key: 'Escape' });
		expect(commit).not.toHaveBeenCalled();
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(cell(0, 0).textContent).toContain('0.0%');
		expect(document.activeElement).toBe(cell(0, 0));
	});

	it('read-only cells never edit', async () => {
		const { cell, commit } = setup();
		cell(0, 2).focus();
		await fireEvent.keyDown(cell(0, 2), { key: 'x' });
		await fireEvent.keyDown(cell(0, 2), { key: 'Enter' });
		await fireEvent.dblClick(cell(0, 2));
		await fireEvent.keyDown(cell(0, 2), { key: 'Delete' });
		expect(screen.queryByRole('textbox')).toBeNull();
		expect(commit).not.toHaveBeenCalled();
	});

	it('shows a refusal under the grid and on the cell, keeps the old value, and clears it on Escape', async () => {
		const { cell } = setup((changes) => changes.map((c) => ({ ...c, message: 'Not a number' })));
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: 'x' });
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		// Listed under the grid with where it was typed; described on the cell for screen readers.
		const alert = screen.getByRole('alert');
		expect(alert.textContent?.replace(/\s+/g, ' ').trim()).toBe('Acute, 2017/18: Not a number');
		const described = cell(0, 0).getAttribute('aria-describedby') ?? '';
		expect(described).not.toBe('');
		expect(document.getElementById(described.split(' ').at(-1)!)?.textContent).toBe('Not a number');
		expect(cell(0, 0).querySelector('.value')?.textContent).toBe('0.0%');
		// It stays on the refused cell, and Enter offers the refused text again to fix.
		expect(document.activeElement).toBe(cell(0, 0));
		await fireEvent.keyDown(cell(0, 0), { key: 'Enter' });
		expect(editor().value).toBe('x');
		await fireEvent.keyDown(editor(), { key: 'Escape' });
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('a refusal clears once the cell is committed and accepted', async () => {
		let refuse = true;
		const { cell } = setup((changes) => (refuse ? changes.map((c) => ({ ...c, message: 'No' })) : []));
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: 'x' });
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		expect(screen.getByRole('alert')).toBeTruthy();
		refuse = false;
		await fireEvent.keyDown(cell(0, 0), { key: '4' });
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		expect(screen.queryByRole('alert')).toBeNull();
	});

	it('pastes a 2x2 block in one commit of 4 changes', async () => {
		const { cell, commit } = setup();
		cell(0, 0).focus();
		await paste(cell(0, 0), '1\t2\r\n3\t4\r\n');
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenCalledWith([
			{ row: 0, col: 0, text: '1' },
			{ row: 0, col: 1, text: '2' },
			{ row: 1, col: 0, text: '3' },
			{ row: 1, col: 1, text: '4' }
		]);
		expect(screen.getByRole('status').textContent).toBe('Pasted 4 cells.');
	});

	it('a pasted block skips read-only cells and cells outside the grid, and says so', async () => {
		const { cell, commit } = setup();
		cell(2, 1).focus();
		await paste(cell(2, 1), '1\t2\t3\n4\t5\t6');
		expect(commit).toHaveBeenCalledWith([{ row: 2, col: 1, text: '1' }]);
		expect(screen.getByRole('status').textContent).toBe(
			'Pasted 1 cell; 5 cells skipped (outside the grid or read-only).'
		);
	});

	it('a pasted single value goes into the editor, like typing it', async () => {
		const { cell, commit } = setup();
		cell(1, 0).focus();
		await paste(cell(1, 0), '=tariff * 2\r\n');
		expect(commit).not.toHaveBeenCalled();
		expect(editor().value).toBe('=tariff * 2');
		await fireEvent.keyDown(editor(), { key: 'Enter' });
		expect(commit).toHaveBeenCalledWith([{ row: 1, col: 0, text: '=tariff * 2' }]);
	});

	it("Delete and Backspace commit the cell's default, marked as clearing it", async () => {
		const { cell, commit } = setup();
		cell(0, 1).focus();
		await fireEvent.keyDown(cell(0, 1), { key: 'Delete' });
		expect(commit).toHaveBeenLastCalledWith([{ row: 0, col: 1, text: '0', clear: true }]);
		await fireEvent.keyDown(cell(0, 1), { key: 'Backspace' });
		expect(commit).toHaveBeenCalledTimes(2);
	});

	it('marks an overridden cell, and its reset button calls onreset', async () => {
		const onreset = vi.fn();
		const { cell } = setup(undefined, onreset);
		expect(cell(1, 1).classList.contains('overridden')).toBe(true);
		expect(cell(1, 1).title).toBe('Overridden in this scenario');
		expect(cell(0, 1).classList.contains('overridden')).toBe(false);
		const button = screen.getByRole('button', {
			name: "Reset Mental health, 2018/19 to the parent scenario's value"
		});
		expect(button.title).toBe("Reset to the parent scenario's value");
		expect(cell(1, 1).contains(button)).toBe(true);
		await fireEvent.click(button);
		expect(onreset).toHaveBeenCalledWith(1, 1);
		expect(document.activeElement).toBe(cell(1, 1));
	});

	it('Tab from an overridden cell reaches its reset button, then the next cell', async () => {
		const onreset = vi.fn();
		const { cell } = setup(undefined, onreset);
		cell(1, 1).focus();
		await tick();
		const button = screen.getByRole('button', { name: /^Reset/ });
		expect(button.tabIndex).toBe(0);
		expect(await fireEvent.keyDown(cell(1, 1), { key: 'Tab' })).toBe(true); // the browser focuses the button
		button.focus();
		expect(await fireEvent.keyDown(button, { key: 'Tab' })).toBe(false);
		expect(document.activeElement).toBe(cell(1, 2));
		expect(button.tabIndex).toBe(-1);
	});

	it('has no reset button without onreset', () => {
		const { cell } = setup();
		expect(cell(1, 1).classList.contains('overridden')).toBe(true);
		expect(screen.queryByRole('button', { name: /^Reset/ })).toBeNull();
	});

	it('shows a computed error with its message linked for screen readers', () => {
		const { cell } = setup();
		const td = cell(2, 2);
		const id = td.getAttribute('aria-describedby') ?? '';
		expect(document.getElementById(id)?.textContent).toBe('Unknown name "tarif"');
		expect(td.getAttribute('aria-invalid')).toBe('true');
	});

	it('renders footer rows read-only and out of the tab order', () => {
		const { container } = render(Grid, {
			label: 'Totals',
			columns,
			rows: rows(),
			oncommit: () => [],
			rowHeaderLabel: 'Cost line',
			footer: [{ key: 'total', header: 'Total', cells: [{ display: '3.0', edit: '', editable: false }] }]
		});
		expect(screen.getByRole('columnheader', { name: 'Cost line' })).toBeTruthy();
		const foot = container.querySelector('tfoot tr');
		expect(foot?.textContent).toContain('Total');
		expect(foot?.querySelector('[tabindex]')).toBeNull();
	});
});
