// The notebook's blocks in reading order. A file without a layout gets the standard one: its named
// cells, each organisation's inputs, then the bridge and charts. Editing the layout writes it into
// the file. A named cell no block shows is added at the end, so no input is ever out of sight.
import { CONSOLIDATED } from '../io/bridge-report';
import type { OutputChoice } from '../io/output-at';
import type { BlockFile, BlockType, ModelFile } from '../model/schema';

/** What each kind of block is called where the user adds one. */
export const BLOCK_TITLES: Readonly<Record<BlockType, string>> = {
	text: 'Text',
	cell: 'Named value',
	inputs: 'Allocation and position',
	costLines: 'Cost lines',
	reserves: 'Reserves',
	qipp: 'QIPP schemes',
	bridge: 'Bridge table',
	qippTable: 'QIPP table',
	waterfall: 'Bridge chart',
	qippChart: 'QIPP chart',
	positionChart: 'Position over the years',
	compare: 'Scenario comparison',
	tornado: 'Sensitivity (tornado)',
	goalSeek: 'Goal seek',
	simulation: 'Monte Carlo simulation'
};

/** The layout a model has when its file names none. */
export function standardLayout(file: ModelFile): BlockFile[] {
	const blocks: BlockFile[] = file.cells.map((c) => ({ id: `cell-${c.id}`, type: 'cell', cell: c.id }));
	for (const org of file.organisations) {
		// Block ids are lower-case (schema `id`): "costLines" as written made "<org>-costLines", which
		// the schema refuses, so every layout edit of a file without a layout was refused.
		for (const type of ['inputs', 'costLines', 'reserves', 'qipp'] as const)
			blocks.push({ id: `${org.id}-${type.toLowerCase()}`, type, organisation: org.id });
	}
	blocks.push(
		{ id: 'bridge', type: 'bridge' },
		{ id: 'qipp-table', type: 'qippTable' },
		{ id: 'waterfall', type: 'waterfall' },
		{ id: 'qipp-chart', type: 'qippChart' },
		{ id: 'position-chart', type: 'positionChart' }
	);
	if (file.scenarios.length > 0) blocks.push({ id: 'compare', type: 'compare' });
	return blocks;
}

/** The blocks the page shows for `file`. */
export function layoutOf(file: ModelFile): BlockFile[] {
	if (!file.notebook) return standardLayout(file);
	const shown = new Set(file.notebook.flatMap((b) => (b.type === 'cell' ? [b.cell] : [])));
	const ids = new Set(file.notebook.map((b) => b.id));
	const unplaced: BlockFile[] = file.cells
		.filter((c) => !shown.has(c.id))
		.map((c) => ({ id: freshId(`cell-${c.id}`, ids), type: 'cell', cell: c.id }));
	return [...file.notebook, ...unplaced];
}

/** `base`, or `base-2`, `base-3`... whichever is not in `taken` (which gains it). */
export function freshId(base: string, taken: Set<string>): string {
	const stem = base.replace(/[^a-z0-9_-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'block';
	let id = stem;
	for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
	taken.add(id);
	return id;
}

function withLayout(file: ModelFile, blocks: BlockFile[]): ModelFile {
	return { ...file, notebook: blocks };
}

/** The file with `block` inserted at `index` of the layout (at the end when left out). */
export function insertBlock(file: ModelFile, block: BlockFile, index?: number): ModelFile {
	// A cell block placed by hand replaces the one layoutOf makes up for a cell no block shows yet
	// (or the standard layout's); kept, the cell had two blocks, usually with the same id, so the
	// edit was refused as a duplicate and adding a named value (NotebookState.addCell) always failed.
	const placed = new Set(file.notebook?.map((b) => b.id) ?? []);
	const blocks = layoutOf(file).filter(
		(b) => !(block.type === 'cell' && b.type === 'cell' && b.cell === block.cell && !placed.has(b.id))
	);
	blocks.splice(index ?? blocks.length, 0, block);
	return withLayout(file, blocks);
}

/** The file with block `id` moved up (-1) or down (+1); unchanged at either end. */
export function moveBlock(file: ModelFile, id: string, by: -1 | 1): ModelFile {
	const blocks = layoutOf(file);
	const from = blocks.findIndex((b) => b.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= blocks.length) return file;
	const [moved] = blocks.splice(from, 1);
	blocks.splice(to, 0, moved!);
	return withLayout(file, blocks);
}

/** The file with block `id` changed by `patch` (options, text, collapsed). */
export function updateBlock(file: ModelFile, id: string, patch: Partial<BlockFile>): ModelFile {
	return withLayout(
		file,
		layoutOf(file).map((b) => (b.id === id ? ({ ...b, ...patch } as BlockFile) : b))
	);
}

/**
 * The file without block `id`. A named cell's block takes the cell with it: formulas that read it
 * then show "undefined name" until it is restored (undo) or replaced.
 */
export function deleteBlock(file: ModelFile, id: string): ModelFile {
	const blocks = layoutOf(file);
	const block = blocks.find((b) => b.id === id);
	if (!block) return file;
	const rest = withLayout(
		file,
		blocks.filter((b) => b.id !== id)
	);
	return block.type === 'cell' ? { ...rest, cells: rest.cells.filter((c) => c.id !== block.cell) } : rest;
}

type FigureBlock = Extract<
	BlockFile,
	{
		type:
			| 'bridge'
			| 'qippTable'
			| 'waterfall'
			| 'qippChart'
			| 'positionChart'
			| 'compare'
			| 'tornado'
			| 'goalSeek'
			| 'simulation';
	}
>;

/** The organisation a result block shows: its own choice, else the total when there are several. */
export function blockOrganisation(file: ModelFile, block: FigureBlock): string {
	const orgs = file.organisations;
	return block.organisation ?? (orgs.length > 1 ? CONSOLIDATED : (orgs[0]?.id ?? ''));
}

/**
 * The year a result block shows: its own choice, else the model's first year (a simulation's
 * histogram and drivers: the last year, where the spread has grown most).
 */
export function blockYear(file: ModelFile, block: FigureBlock): string {
	const fallback = block.type === 'simulation' ? file.years.at(-1) : file.years[0];
	return block.year ?? fallback ?? '';
}

/** The output a tornado or goal-seek block reads: its measure (the risk-adjusted surplus unless chosen), year and organisation. */
export function blockOutput(
	file: ModelFile,
	block: FigureBlock & { readonly measure?: OutputChoice['measure'] }
): OutputChoice {
	return {
		measure: block.measure ?? 'risk_surplus',
		year: blockYear(file, block),
		organisation: blockOrganisation(file, block)
	};
}
