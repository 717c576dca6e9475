// The spreadsheet-like grid's types and the logic that needs no DOM: where keys move the active
// cell, which keys start typing, and where a pasted block lands.

export interface GridColumn {
	readonly key: string;
	readonly label: string;
	/** 'number' columns are right-aligned with tabular numerals */
	readonly kind?: 'number' | 'text';
	/** Columns side by side with the same group share a heading above theirs (a field, by year). */
	readonly group?: string;
	/** The column's own heading under its group's (the year); `label` names it in full elsewhere. */
	readonly heading?: string;
}

export interface GridCell {
	/** Text shown when not editing, already formatted (e.g. "(3.4)" or "2.1%"). */
	readonly display: string;
	/** Text put in the editor by Enter/F2/double-click (the raw value, e.g. "2.1" or "=tariff * 2"). */
	readonly edit: string;
	readonly editable: boolean;
	/** Model path of the input (e.g. "organisations.portsmouth.costLines.acute.inflation.2017/18"); rendered as data-path on the cell so other parts of the page can scroll to and focus it. */
	readonly path?: string;
	/** True when the current scenario overrides this input: draw a visible mark (e.g. a coloured corner + title "Overridden in this scenario"). */
	readonly overridden?: boolean;
	/** A computed figure that can say how it was made: the figure becomes a button that calls this. */
	readonly onexplain?: () => void;
	/** A computed problem to show in the cell (e.g. a formula error), with its message visible on hover/focus and as text for screen readers. */
	readonly error?: string;
	/** An accepted value worth a second look (a negative saving, a rate above 100%): marked, and said. */
	readonly warning?: string;
	/** The text Delete commits to put the input back to its default; undefined when there is nothing to clear. */
	readonly cleared?: string;
	/** A choice cell's options, in order (the edit text each commits, and its label): a toggle or a list. */
	readonly choices?: readonly GridChoice[];
}

export interface GridChoice {
	readonly value: string;
	readonly label: string;
}

export interface GridRow {
	readonly key: string;
	readonly header: string;
	readonly cells: readonly GridCell[];
}

export interface GridChange {
	readonly row: number;
	readonly col: number;
	readonly text: string;
	/** Delete: put the input back to its default (in a scenario, the parent's value). */
	readonly clear?: boolean;
}

export interface GridRefusal {
	readonly row: number;
	readonly col: number;
	readonly message: string;
}

export interface CellPos {
	readonly row: number;
	readonly col: number;
}

export interface GridSize {
	readonly rows: number;
	readonly cols: number;
}

export type Direction = 'up' | 'down' | 'left' | 'right' | 'home' | 'end' | 'first' | 'last';

/** The position nearest `pos` inside the grid (the grid may have shrunk since it was chosen). */
export function clampPos(pos: CellPos, size: GridSize): CellPos {
	const clamp = (n: number, count: number) => Math.max(0, Math.min(n, count - 1));
	return { row: clamp(pos.row, size.rows), col: clamp(pos.col, size.cols) };
}

/**
 * Where one step in `dir` goes from `pos`, or undefined when it would leave the grid: Tab uses
 * that to let focus leave at the edges. `jump` (Ctrl/Cmd + arrow) goes to the edge, as in Excel.
 */
export function step(pos: CellPos, dir: Direction, size: GridSize, jump = false): CellPos | undefined {
	const { row, col } = pos;
	const lastRow = size.rows - 1;
	const lastCol = size.cols - 1;
	let next: CellPos;
	switch (dir) {
		case 'up':
			next = { row: jump ? 0 : row - 1, col };
			break;
		case 'down':
			next = { row: jump ? lastRow : row + 1, col };
			break;
		case 'left':
			next = { row, col: jump ? 0 : col - 1 };
			break;
		case 'right':
			next = { row, col: jump ? lastCol : col + 1 };
			break;
		case 'home':
			next = { row, col: 0 };
			break;
		case 'end':
			next = { row, col: lastCol };
			break;
		case 'first':
			next = { row: 0, col: 0 };
			break;
		case 'last':
			next = { row: lastRow, col: lastCol };
			break;
	}
	const inside = next.row >= 0 && next.row <= lastRow && next.col >= 0 && next.col <= lastCol;
	return inside ? next : undefined;
}

type KeyInfo = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The move a navigation key makes (Tab is handled separately, as it may leave the grid). */
export function directionOfKey(e: KeyInfo): { dir: Direction; jump: boolean } | undefined {
	const mod = e.ctrlKey || e.metaKey;
	switch (e.key) {
		case 'ArrowUp':
			return { dir: 'up', jump: mod };
		case 'ArrowDown':
			return { dir: 'down', jump: mod };
		case 'ArrowLeft':
			return { dir: 'left', jump: mod };
		case 'ArrowRight':
			return { dir: 'right', jump: mod };
		case 'Home':
			return { dir: mod ? 'first' : 'home', jump: false };
		case 'End':
			return { dir: mod ? 'last' : 'end', jump: false };
		default:
			return undefined;
	}
}

/**
 * Whether a key types a character (and so starts editing). AltGr arrives as Ctrl+Alt on Windows
 * and Option as Alt on macOS, and both type characters; Ctrl or Cmd alone are shortcuts.
 */
export function isTypingKey(e: KeyInfo): boolean {
	if ([...e.key].length !== 1) return false;
	if (e.metaKey) return false;
	return !(e.ctrlKey && !e.altKey);
}

export interface Placement {
	/** Cells that land on editable cells, in reading order. */
	readonly changes: GridChange[];
	/** Pasted cells that fell outside the grid or on read-only cells. */
	readonly skipped: number;
}

/** Place a pasted block with its top-left at `at`, skipping what can't be written. */
export function placeBlock(
	block: readonly (readonly string[])[],
	at: CellPos,
	rows: readonly GridRow[],
	cols: number
): Placement {
	const changes: GridChange[] = [];
	let skipped = 0;
	block.forEach((values, i) => {
		values.forEach((text, j) => {
			const row = at.row + i;
			const col = at.col + j;
			const cell = col < cols ? rows[row]?.cells[col] : undefined;
			if (cell?.editable) changes.push({ row, col, text });
			else skipped++;
		});
	});
	return { changes, skipped };
}

/** The rectangle a selection covers, inclusive. */
export interface Bounds {
	readonly top: number;
	readonly left: number;
	readonly bottom: number;
	readonly right: number;
}

/** The rectangle with corners `a` and `b`, whichever way round. */
export function boundsOf(a: CellPos, b: CellPos): Bounds {
	return {
		top: Math.min(a.row, b.row),
		left: Math.min(a.col, b.col),
		bottom: Math.max(a.row, b.row),
		right: Math.max(a.col, b.col)
	};
}

export function inBounds(b: Bounds, p: CellPos): boolean {
	return p.row >= b.top && p.row <= b.bottom && p.col >= b.left && p.col <= b.right;
}

/** The positions in `b`, row by row. */
function positions(b: Bounds): CellPos[] {
	const out: CellPos[] = [];
	for (let row = b.top; row <= b.bottom; row++)
		for (let col = b.left; col <= b.right; col++) out.push({ row, col });
	return out;
}

/**
 * Fill right or down, as Excel's Ctrl+R and Ctrl+D do: each row's first cell of the selection is
 * copied into the rest of it (each column's top cell, down); a selection one cell wide (high) takes
 * the cell to its left (above). Only inputs are copied, and only onto inputs whose text differs.
 * @example fillChanges(rows, { top: 0, left: 2, bottom: 0, right: 4 }, 'right') // cols 3, 4 get col 2's text
 */
export function fillChanges(rows: readonly GridRow[], b: Bounds, dir: 'right' | 'down'): GridChange[] {
	const right = dir === 'right';
	const from = right ? (b.left === b.right ? b.left - 1 : b.left) : b.top === b.bottom ? b.top - 1 : b.top;
	const changes: GridChange[] = [];
	for (const p of positions(b)) {
		const source = right ? rows[p.row]?.cells[from] : rows[from]?.cells[p.col];
		if ((right ? p.col : p.row) === from || !source?.editable || source.edit === '') continue;
		const target = rows[p.row]?.cells[p.col];
		if (target?.editable && target.edit !== source.edit) changes.push({ ...p, text: source.edit });
	}
	return changes;
}

/** Delete over a selection: every input there that has a default to go back to. */
export function clearChanges(rows: readonly GridRow[], b: Bounds): GridChange[] {
	return positions(b).flatMap((p) => {
		const cell = rows[p.row]?.cells[p.col];
		return cell?.editable && cell.cleared !== undefined ? [{ ...p, text: cell.cleared, clear: true }] : [];
	});
}

/** What a selection copies: an input's text as it would be typed (its formula, if it has one), else what it shows. */
export function copiedBlock(rows: readonly GridRow[], b: Bounds): string[][] {
	const block: string[][] = [];
	for (let row = b.top; row <= b.bottom; row++) {
		const line: string[] = [];
		for (let col = b.left; col <= b.right; col++) {
			const cell = rows[row]?.cells[col];
			line.push(cell === undefined ? '' : cell.editable && cell.edit !== '' ? cell.edit : cell.display);
		}
		block.push(line);
	}
	return block;
}

/** Asks every grid to draw the row holding the input at a path, if it has one not yet drawn. */
export const REVEAL_EVENT = 'bridgebook:reveal-cell';

/** Have the grid that holds `path` draw it, so it can be found and focused. */
export function revealCell(path: string): void {
	window.dispatchEvent(new CustomEvent(REVEAL_EVENT, { detail: path }));
}
