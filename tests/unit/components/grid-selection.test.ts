// @vitest-environment jsdom
// The grid as a spreadsheet: ranges by Shift+arrows and the mouse, copy as tab-separated text, fill
// right and down, Delete to each cell's default, choice cells, and a question before a paste.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Grid, { type PasteQuestion } from '../../../src/lib/components/grid/Grid.svelte';
import type { GridCell, GridChange, GridColumn, GridRefusal, GridRow } from '../../../src/lib/notebook/grid';

const YEARS = ['2017/18', '2018/19', '2019/20'];
const columns: GridColumn[] = [
	{ key: 'tariff', label: 'Tariff', kind: 'text' },
	{ key: 'rag', label: 'RAG', kind: 'text' },
	...YEARS.map((y) => ({
		key: `inflation ${y}`,
		label: `Inflation % ${y}`,
		group: 'Inflation %',
		heading: y
	}))
];

const rate = (edit: string, cleared?: string): GridCell => ({
	display: edit === '' ? '2.1% (model)' : `${edit}%`,
	edit,
	editable: true,
	cleared
});
const yesNo = (yes: boolean): GridCell => ({
	display: yes ? 'Yes' : 'No',
	edit: yes ? 'yes' : 'no',
	editable: true,
	choices: [
		{ value: 'yes', label: 'Yes' },
		{ value: 'no', label: 'No' }
	]
});
const rag: GridCell = {
	display: 'green',
	edit: 'green',
	editable: true,
	choices: ['green', 'amber', 'red'].map((value) => ({ value, label: value }))
};

function rows(): GridRow[] {
	return [
		{
			key: 'acute',
			header: 'Acute',
			cells: [yesNo(true), rag, rate('3.5', '2.1'), rate('2.1'), rate('2.1')]
		},
		{ key: 'mh', header: 'Mental health', cells: [yesNo(false), rag, rate('4', '2.1'), rate(''), rate('1')] },
		{
			key: 'cost',
			header: 'Cost',
			cells: [0, 1, 2, 3, 4].map(() => ({ display: '(1.5)', edit: '', editable: false }))
		}
	];
}

function setup(askPaste?: (changes: GridChange[]) => PasteQuestion | undefined) {
	const commit = vi.fn<(changes: GridChange[]) => GridRefusal[]>(() => []);
	const result = render(Grid, { label: 'Cost lines', columns, rows: rows(), oncommit: commit, askPaste });
	const cell = (row: number, col: number) =>
		result.container.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`)!;
	const selected = () =>
		[...result.container.querySelectorAll<HTMLElement>('td.selected')].map((td) => [
			Number(td.dataset.row),
			Number(td.dataset.col)
		]);
	return { ...result, commit, cell, selected };
}

describe('Grid ranges', () => {
	it('Shift+arrows select a range from the active cell; a plain arrow selects one cell again', async () => {
		const { cell, selected } = setup();
		cell(0, 2).focus();
		await fireEvent.keyDown(cell(0, 2), { key: 'ArrowRight', shiftKey: true });
		await fireEvent.keyDown(cell(0, 3), { key: 'ArrowDown', shiftKey: true });
		expect(selected()).toEqual([
			[0, 2],
			[0, 3],
			[1, 2],
			[1, 3]
		]);
		expect(cell(1, 3).getAttribute('aria-selected')).toBe('true');
		expect(cell(0, 4).getAttribute('aria-selected')).toBe('false');
		expect(document.activeElement).toBe(cell(1, 3));
		await fireEvent.keyDown(cell(1, 3), { key: 'ArrowLeft' });
		expect(selected()).toEqual([]);
		expect(document.activeElement).toBe(cell(1, 2));
	});

	it('shift-click and a mouse drag select a range', async () => {
		const { cell, selected } = setup();
		await fireEvent.click(cell(0, 2));
		await fireEvent.click(cell(1, 3), { shiftKey: true });
		expect(selected()).toHaveLength(4);
		await fireEvent.pointerDown(cell(0, 3), { button: 0 });
		await fireEvent.pointerEnter(cell(0, 4));
		await fireEvent.pointerEnter(cell(1, 4));
		expect(selected()).toEqual([
			[0, 3],
			[0, 4],
			[1, 3],
			[1, 4]
		]);
	});

	it('Ctrl+C copies the range as tab-separated text: inputs as typed, figures as shown', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		const { cell } = setup();
		cell(1, 2).focus();
		await fireEvent.keyDown(cell(1, 2), { key: 'ArrowDown', shiftKey: true });
		await fireEvent.keyDown(cell(2, 2), { key: 'ArrowRight', shiftKey: true });
		await fireEvent.keyDown(cell(2, 3), { key: 'c', ctrlKey: true });
		// Mental health 4 and (model) 2.1; the cost row as shown; rows end in CRLF as Excel's do.
		expect(writeText).toHaveBeenCalledWith('4\t2.1% (model)\r\n(1.5)\t(1.5)\r\n');
		await vi.waitFor(() => expect(screen.getByRole('status').textContent).toContain('Copied 4 cells'));
	});

	it("Ctrl+R fills each row's first selected cell right, in one commit; Ctrl+D fills down", async () => {
		const { cell, commit } = setup();
		cell(0, 2).focus();
		await fireEvent.keyDown(cell(0, 2), { key: 'End', shiftKey: true });
		await fireEvent.keyDown(cell(0, 4), { key: 'ArrowDown', shiftKey: true });
		const fillRight = await fireEvent.keyDown(cell(1, 4), { key: 'r', ctrlKey: true });
		expect(fillRight).toBe(false); // the browser does not reload
		// Row 0: 3.5 onto 2.1 and 2.1; row 1: 4 onto '' (the model's) and 1.
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenLastCalledWith([
			{ row: 0, col: 3, text: '3.5' },
			{ row: 0, col: 4, text: '3.5' },
			{ row: 1, col: 3, text: '4' },
			{ row: 1, col: 4, text: '4' }
		]);
		expect(screen.getByRole('status').textContent).toBe('Filled 4 cells right.');

		// A one-cell selection takes the cell above; read-only cells below are never written.
		cell(1, 2).focus();
		await fireEvent.keyDown(cell(1, 2), { key: 'ArrowLeft' });
		await fireEvent.keyDown(cell(1, 1), { key: 'ArrowRight' });
		await fireEvent.keyDown(cell(1, 2), { key: 'd', ctrlKey: true });
		expect(commit).toHaveBeenLastCalledWith([{ row: 1, col: 2, text: '3.5' }]);
	});

	it('the Fill right button acts on the selection and gives the grid its focus back', async () => {
		const { cell, commit } = setup();
		cell(0, 2).focus();
		await fireEvent.keyDown(cell(0, 2), { key: 'ArrowRight', shiftKey: true });
		await fireEvent.click(screen.getByRole('button', { name: 'Fill right' }));
		expect(commit).toHaveBeenLastCalledWith([{ row: 0, col: 3, text: '3.5' }]);
		expect(document.activeElement).toBe(cell(0, 3));
	});

	it('Delete clears every selected input that has a default, in one commit, and skips the rest', async () => {
		const { cell, commit } = setup();
		cell(0, 2).focus();
		await fireEvent.keyDown(cell(0, 2), { key: 'ArrowRight', shiftKey: true });
		await fireEvent.keyDown(cell(0, 3), { key: 'ArrowDown', shiftKey: true });
		await fireEvent.keyDown(cell(1, 3), { key: 'Delete' });
		expect(commit).toHaveBeenCalledTimes(1);
		expect(commit).toHaveBeenLastCalledWith([
			{ row: 0, col: 2, text: '2.1', clear: true },
			{ row: 1, col: 2, text: '2.1', clear: true }
		]);
		expect(screen.getByRole('status').textContent).toBe('Cleared 2 cells to their defaults.');
	});
});

describe('Grid choice cells', () => {
	it('Space toggles a yes/no and commits at once', async () => {
		const { cell, commit } = setup();
		cell(0, 0).focus();
		await fireEvent.keyDown(cell(0, 0), { key: ' ' });
		expect(commit).toHaveBeenLastCalledWith([{ row: 0, col: 0, text: 'no' }]);
		await fireEvent.keyDown(cell(0, 0), { key: 'ArrowDown' });
		await fireEvent.keyDown(cell(1, 0), { key: ' ' });
		expect(commit).toHaveBeenLastCalledWith([{ row: 1, col: 0, text: 'yes' }]);
		expect(screen.queryByRole('textbox')).toBeNull();
	});

	it('Space on a longer choice opens a list; Enter commits what the arrows chose, Escape keeps the old', async () => {
		const { cell, commit } = setup();
		cell(0, 1).focus();
		await fireEvent.keyDown(cell(0, 1), { key: ' ' });
		const list = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Acute, RAG' });
		expect(document.activeElement).toBe(list);
		expect([...list.options].map((o) => o.value)).toEqual(['green', 'amber', 'red']);
		expect(list.value).toBe('green');
		// jsdom does not move a select by arrow keys as a browser does: choose as the arrows would.
		await fireEvent.change(list, { target: { value: 'red' } });
		await fireEvent.keyDown(list, { key: 'Enter' });
		expect(commit).toHaveBeenLastCalledWith([{ row: 0, col: 1, text: 'red' }]);
		expect(document.activeElement).toBe(cell(1, 1));

		await fireEvent.keyDown(cell(1, 1), { key: 'Enter' });
		const again = screen.getByRole<HTMLSelectElement>('combobox');
		await fireEvent.change(again, { target: { value: 'amber' } });
		await fireEvent.keyDown(again, { key: 'Escape' });
		expect(commit).toHaveBeenCalledTimes(1);
	});

	it('typing into a choice cell still opens the text editor', async () => {
		const { cell } = setup();
		cell(0, 1).focus();
		await fireEvent.keyDown(cell(0, 1), { key: 'r' });
		expect(screen.getByRole<HTMLInputElement>('textbox').value).toBe('r');
	});
});

describe('Grid paste questions and headings', () => {
	const paste = (target: HTMLElement, text: string) =>
		fireEvent.paste(target, { clipboardData: { getData: () => text } });

	it('asks before taking a paste the parent questions; the answer chosen is committed', async () => {
		const ask = vi.fn((changes: GridChange[]): PasteQuestion => ({
			message: 'These look like £k',
			answers: [
				{ label: 'Take as £k', changes: changes.map((c) => ({ ...c, text: `${c.text}k` })) },
				{ label: 'Take as pasted', changes }
			]
		}));
		const { cell, commit } = setup(ask);
		cell(0, 2).focus();
		await paste(cell(0, 2), '2,100\t450\n');
		expect(commit).not.toHaveBeenCalled();
		expect(screen.getByRole('alertdialog').textContent).toContain('These look like £k');
		expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Take as £k' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Take as £k' }));
		expect(commit).toHaveBeenLastCalledWith([
			{ row: 0, col: 2, text: '2,100k' },
			{ row: 0, col: 3, text: '450k' }
		]);
		expect(screen.queryByRole('alertdialog')).toBeNull();

		await paste(cell(0, 2), '1\t2\n');
		await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
		expect(commit).toHaveBeenCalledTimes(1);
		expect(screen.getByRole('status').textContent).toBe('Paste cancelled: nothing was changed.');
	});

	it('columns of one group share a heading above their own', () => {
		const { container } = setup();
		const [top, below] = [...container.querySelectorAll('thead tr')];
		expect(
			[...top!.querySelectorAll('th')].map((th) => [th.textContent, th.getAttribute('colspan')])
		).toEqual([
			['Line', null],
			['Tariff', null],
			['RAG', null],
			['Inflation %', '3']
		]);
		expect([...below!.querySelectorAll('th')].map((th) => th.textContent)).toEqual(YEARS);
	});

	it('a warning is marked on its cell and said to screen readers', () => {
		const warned: GridRow[] = [
			{
				key: 'a',
				header: 'A',
				cells: [{ display: '150%', edit: '150', editable: true, warning: 'Above 100%' }]
			}
		];
		const { container } = render(Grid, {
			label: 'W',
			columns: columns.slice(0, 1),
			rows: warned,
			oncommit: () => []
		});
		const td = container.querySelector<HTMLElement>('td')!;
		expect(td.classList.contains('has-warning')).toBe(true);
		expect(document.getElementById(td.getAttribute('aria-describedby')!)?.textContent).toBe('Above 100%');
	});
});
