// layout.ts: the standard layout, unplaced cells, fresh ids and block edits.
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { BlockFile, ModelFile } from '../../../src/lib/model/schema';
import {
	deleteBlock,
	freshId,
	insertBlock,
	layoutOf,
	moveBlock,
	standardLayout,
	updateBlock
} from '../../../src/lib/notebook/layout';
import { ICB, PORTSMOUTH, loadExample, withoutLayout } from './fixtures';

const ids = (blocks: readonly BlockFile[]) => blocks.map((b) => b.id);

describe('standardLayout', () => {
	it.each([PORTSMOUTH, ICB])(
		'shows every cell, four input blocks per organisation, then figures (%s)',
		(path) => {
			const file = withoutLayout(path);
			const blocks = standardLayout(file);
			const cells = blocks.filter((b) => b.type === 'cell').map((b) => (b.type === 'cell' ? b.cell : ''));
			expect(cells).toEqual(file.cells.map((c) => c.id));
			for (const org of file.organisations) {
				const mine = blocks
					.filter((b) => 'organisation' in b && b.organisation === org.id)
					.map((b) => b.type);
				expect(mine).toEqual(['inputs', 'costLines', 'reserves', 'qipp']);
			}
			// A model with scenarios ends with their comparison.
			const compare = file.scenarios.length > 0 ? ['compare'] : [];
			expect(blocks.slice(-5 - compare.length).map((b) => b.type)).toEqual([
				'bridge',
				'qippTable',
				'waterfall',
				'qippChart',
				'positionChart',
				...compare
			]);
			expect(new Set(ids(blocks)).size).toBe(blocks.length);
			for (const id of ids(blocks)) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
			// a file written with it is valid
			expect(validateModel({ ...file, notebook: blocks }).ok).toBe(true);
		}
	);
});

describe('layoutOf', () => {
	it('is the standard layout when the file has none', () => {
		const file = withoutLayout(ICB);
		expect(file.notebook).toBeUndefined();
		expect(layoutOf(file)).toEqual(standardLayout(file));
	});

	it('is the file layout, with cells no block shows appended', () => {
		const file = withoutLayout(PORTSMOUTH);
		const notebook: BlockFile[] = [
			{ id: 'intro', type: 'text', text: 'Hello' },
			{ id: 'cell-tariff_uplift', type: 'cell', cell: 'contingency_rate' },
			{ id: 'bridge', type: 'bridge' }
		];
		const layout = layoutOf({ ...file, notebook });
		expect(layout.slice(0, 3)).toEqual(notebook);
		const appended = layout.slice(3);
		expect(appended.map((b) => (b.type === 'cell' ? b.cell : b.type))).toEqual(
			file.cells.map((c) => c.id).filter((c) => c !== 'contingency_rate')
		);
		// the appended id "cell-tariff_uplift" is taken already, so it gets a fresh one
		expect(new Set(ids(layout)).size).toBe(layout.length);
		expect(ids(appended)).toContain('cell-tariff_uplift-2');
	});
});

describe('freshId', () => {
	it('takes the base when free, else the first free -n, and reserves it', () => {
		const taken = new Set(['a', 'a-2']);
		expect(freshId('b', taken)).toBe('b');
		expect(freshId('a', taken)).toBe('a-3');
		expect(freshId('a', taken)).toBe('a-4');
		expect([...taken]).toEqual(['a', 'a-2', 'b', 'a-3', 'a-4']);
	});

	it('makes a valid id from any text', () => {
		const taken = new Set<string>();
		expect(freshId('best case!', taken)).toBe('best-case-');
		expect(freshId('--x', taken)).toBe('x');
		expect(freshId('!!!', taken)).toBe('block');
		for (const id of taken) expect(id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
	});
});

describe('block edits', () => {
	const file = (): ModelFile => withoutLayout(PORTSMOUTH);

	it('insertBlock puts a block at an index, or at the end', () => {
		const text: BlockFile = { id: 'note', type: 'text', text: 'A note' };
		const start = insertBlock(file(), text, 0);
		expect(start.notebook![0]).toEqual(text);
		expect(ids(start.notebook!.slice(1))).toEqual(ids(standardLayout(file())));
		const end = insertBlock(file(), text);
		expect(end.notebook!.at(-1)).toEqual(text);
		expect(validateModel(start).ok).toBe(true);
	});

	it('moveBlock swaps with a neighbour, and does nothing at either end', () => {
		const f = file();
		const before = ids(layoutOf(f));
		const moved = moveBlock(f, before[1]!, -1);
		expect(ids(moved.notebook!)).toEqual([before[1], before[0], ...before.slice(2)]);
		const down = moveBlock(f, before[0]!, 1);
		expect(ids(down.notebook!)).toEqual([before[1], before[0], ...before.slice(2)]);
		expect(moveBlock(f, before[0]!, -1)).toBe(f);
		expect(moveBlock(f, before.at(-1)!, 1)).toBe(f);
		expect(moveBlock(f, 'missing', 1)).toBe(f);
	});

	it('updateBlock patches one block only', () => {
		const f = file();
		const updated = updateBlock(f, 'bridge', { collapsed: true });
		expect(updated.notebook!.find((b) => b.id === 'bridge')).toEqual({
			id: 'bridge',
			type: 'bridge',
			collapsed: true
		});
		expect(updated.notebook!.filter((b) => b.id !== 'bridge')).toEqual(
			layoutOf(f).filter((b) => b.id !== 'bridge')
		);
	});

	it('insertBlock of a cell block replaces the block made up for an unplaced cell', () => {
		const f = file();
		const withCell: ModelFile = {
			...f,
			cells: [...f.cells, { id: 'extra', name: 'extra', unit: 'number', value: '1' }]
		};
		// without a layout, and with one that does not show the cell
		for (const g of [withCell, { ...withCell, notebook: layoutOf(f) }]) {
			const added = insertBlock(g, { id: 'cell-extra', type: 'cell', cell: 'extra' }, 0);
			expect(added.notebook![0]).toEqual({ id: 'cell-extra', type: 'cell', cell: 'extra' });
			expect(added.notebook!.filter((b) => b.type === 'cell' && b.cell === 'extra')).toHaveLength(1);
			expect(validateModel(added).ok).toBe(true);
		}
		// a cell placed by hand already keeps its block: a second one is the caller's choice
		const placed = insertBlock(
			{ ...withCell, notebook: layoutOf(withCell) },
			{ id: 'again', type: 'cell', cell: 'extra' }
		);
		expect(placed.notebook!.filter((b) => b.type === 'cell' && b.cell === 'extra')).toHaveLength(2);
	});

	it('works on a file with its own layout', () => {
		const f = loadExample(PORTSMOUTH);
		const own = layoutOf(f);
		const moved = moveBlock(f, own[1]!.id, -1);
		expect(ids(moved.notebook!)).toEqual([own[1]!.id, own[0]!.id, ...ids(own.slice(2))]);
		expect(validateModel(moved).ok).toBe(true);
	});

	it('deleteBlock removes the block, and a cell block its cell', () => {
		const f = file();
		const noBridge = deleteBlock(f, 'bridge');
		expect(ids(noBridge.notebook!)).toEqual(ids(layoutOf(f)).filter((id) => id !== 'bridge'));
		expect(noBridge.cells).toEqual(f.cells);

		const noCell = deleteBlock(f, 'cell-tariff_uplift');
		expect(noCell.cells.map((c) => c.id)).toEqual(
			f.cells.map((c) => c.id).filter((c) => c !== 'tariff_uplift')
		);
		expect(ids(noCell.notebook!)).not.toContain('cell-tariff_uplift');
		// the cell is gone, not re-appended as unplaced
		expect(layoutOf(noCell).some((b) => b.type === 'cell' && b.cell === 'tariff_uplift')).toBe(false);
		expect(deleteBlock(f, 'missing')).toBe(f);
	});
});
