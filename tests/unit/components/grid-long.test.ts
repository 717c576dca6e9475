// @vitest-environment jsdom
// A grid of many rows draws the first hundred; the rest are drawn on "Show all", by moving past the
// last drawn row, or when a working's "Edit ..." link asks for a cell in them.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Grid from '../../../src/lib/components/grid/Grid.svelte';
import { revealCell, type GridColumn, type GridRow } from '../../../src/lib/notebook/grid';

const columns: GridColumn[] = [{ key: 'base', label: 'Base', kind: 'number' }];
const rows: GridRow[] = Array.from({ length: 250 }, (_, r) => ({
	key: `line-${r}`,
	header: `Line ${r}`,
	cells: [{ display: String(r), edit: String(r), editable: true, path: `lines.line-${r}.base` }]
}));

function setup() {
	const result = render(Grid, { label: 'Cost lines', columns, rows, oncommit: () => [] });
	const drawn = () => result.container.querySelectorAll('tbody tr').length;
	const td = (r: number) => result.container.querySelector<HTMLElement>(`td[data-row="${r}"][data-col="0"]`);
	return { ...result, drawn, td };
}

describe('Grid with many rows', () => {
	it('draws 100 of 250 rows and says how many more there are; Show all draws them', async () => {
		const { drawn } = setup();
		expect(drawn()).toBe(100);
		await fireEvent.click(screen.getByRole('button', { name: 'Show all 250 rows (150 more)' }));
		expect(drawn()).toBe(250);
		expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
	});

	it('moving down from the last drawn row draws the rest and goes on to row 101', async () => {
		const { drawn, td } = setup();
		td(99)!.focus();
		await fireEvent.keyDown(td(99)!, { key: 'ArrowDown' });
		expect(drawn()).toBe(250);
		expect(document.activeElement).toBe(td(100));
	});

	it('a request for a cell in an undrawn row draws it; one in a drawn row changes nothing', () => {
		const { drawn, container } = setup();
		revealCell('lines.line-5.base');
		expect(drawn()).toBe(100);
		revealCell('lines.line-240');
		expect(drawn()).toBe(250);
		expect(container.querySelector('td[data-path="lines.line-240.base"]')).not.toBeNull();
	});
});
