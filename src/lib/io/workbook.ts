// Export tables as an Excel workbook (the sheet data write-excel-file writes): a sheet per table and
// a Notes sheet saying what the figures are. Cells hold exact figures, shown at display precision
// by the display module's number format; a closing, a total and a Total column are live formulas
// over the cells they add up (rounded to the penny, see below), so the sheet still adds up after
// someone edits a step (ADR 0009).
import type { SheetData } from 'write-excel-file/universal';
import {
	D,
	displayPrecisionText,
	fromPounds,
	NEGATIVES_TEXT,
	SPREADSHEET_PERCENT_FORMAT,
	spreadsheetFormat,
	UNIT_SYMBOL,
	ZERO,
	type Dec,
	type ModelInput,
	type NegativeStyle
} from '../engine/index';
import { VIEW_TEXT, type ExportContext, type ExportRow, type ExportTable } from './export-table';

/** What the Notes sheet says beside the shared context: when, and on what assumptions. */
export interface WorkbookNotes extends ExportContext {
	readonly exported: Date;
	readonly input: Pick<ModelInput, 'years' | 'assumptions' | 'deliveryFactors'>;
}

/** One sheet as write-excel-file takes it (the multiple-sheet form of version 4). */
export interface WorkbookSheet {
	sheet: string;
	data: SheetData;
	columns: { width: number }[];
	stickyRowsCount: number;
	/** Landscape, so a table of several organisations prints on one page across. */
	orientation: 'landscape';
}

/**
 * The workbook's font, passed to write-excel-file with the sheets. Without one, bold cells take
 * the spreadsheet's fallback (a serif in LibreOffice); Arial is everywhere, or matched in metrics.
 */
export const WORKBOOK_FONT = { fontFamily: 'Arial', fontSize: 10 } as const;

/**
 * A figure as the number a spreadsheet cell holds. Money is a Decimal everywhere else; here, at
 * the file's edge, it becomes a double only if the double's decimal text is the same figure, so
 * nothing is rounded on the way out (architecture.md, "Where numbers may carry money").
 */
export function spreadsheetNumber(value: Dec, where: string): number {
	const number = value.toNumber();
	if (!Number.isFinite(number) || !D(number).eq(value))
		throw new Error(
			`${where}: ${value.toFixed()} has more significant digits than a spreadsheet number holds (about 15), so it cannot be written exactly`
		);
	return number;
}

const NOTES = 'Notes';
const SHEET_NAME_LENGTH = 31;
/** Excel reserves "History" for its change tracking. */
const RESERVED = ['history'];

/**
 * A sheet name Excel accepts, unique in the workbook (case-insensitively, as Excel compares them):
 * at most 31 characters, none of []:*?/\, no apostrophe at either end. "Bridge 2017/18" is
 * "Bridge 2017-18"; a second of the same name gets " (2)".
 */
export function sheetName(wanted: string, taken: Set<string>): string {
	const cleaned =
		wanted
			.replace(/[[\]:*?/\\]/g, '-')
			.replace(/^'+|'+$/g, '')
			.trim() || 'Sheet';
	for (let n = 1; ; n++) {
		const suffix = n === 1 ? '' : ` (${n})`;
		const name = cleaned.slice(0, SHEET_NAME_LENGTH - suffix.length).trimEnd() + suffix;
		const folded = name.toLowerCase();
		if (!taken.has(folded) && !RESERVED.includes(folded)) {
			taken.add(folded);
			return name;
		}
	}
}

/** Column letters: 0 is A, 25 is Z, 26 is AA. */
function columnLetters(index: number): string {
	let letters = '';
	for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
		letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
	return letters;
}

/** Runs of consecutive integers in an ascending list: [3, 4, 5, 8] is [[3, 5], [8, 8]]. */
function runs(sorted: readonly number[]): [number, number][] {
	const found: [number, number][] = [];
	for (const n of sorted) {
		const last = found.at(-1);
		if (last && last[1] === n - 1) last[1] = n;
		else found.push([n, n]);
	}
	return found;
}

// Sheet layout: a title row, a header row, then the table's rows; column A holds the labels.
const FIRST_ROW = 3;
const cellRef = (row: number, column: number) => `${columnLetters(column + 1)}${row + FIRST_ROW}`;

/** How a cell is the sum of others: the rows or columns it adds, and the formula that says so. */
interface Sum {
	readonly parts: readonly { readonly row: number; readonly column: number }[];
	readonly formula: string;
}

/** SUM over cells of one column (rows given) or one row (columns given), as few ranges as it takes. */
function sumFormula(cells: readonly { row: number; column: number }[], byRow: boolean): string {
	const index = (c: { row: number; column: number }) => (byRow ? c.row : c.column);
	const fixed = cells[0];
	if (!fixed) return '';
	const ref = (i: number) => (byRow ? cellRef(i, fixed.column) : cellRef(fixed.row, i));
	const ranges = runs(cells.map(index)).map(([a, b]) => (a === b ? ref(a) : `${ref(a)}:${ref(b)}`));
	return `SUM(${ranges.join(',')})`;
}

/** The rows above `at`, back to the nearest row with one of the `stop` roles (excluded). */
function rowsBack(rows: readonly ExportRow[], at: number, stop: readonly string[]): number[] {
	const found: number[] = [];
	for (let r = at - 1; r >= 0 && !stop.includes(rows[r]?.role ?? ''); r--) found.unshift(r);
	return found;
}

/**
 * The formula of a cell, if it is a sum: a closing is its opening plus the steps between them; a
 * total the items since the last total; a cell of the Total column the other columns of its row.
 */
function sumOf(table: ExportTable, row: number, column: number): Sum | undefined {
	const { rows } = table;
	const role = rows[row]?.role;
	if (role === 'closing') {
		const between = rowsBack(rows, row, ['opening', 'closing']);
		const opening = between[0] === undefined ? row - 1 : between[0] - 1;
		if (rows[opening]?.role !== 'opening')
			throw new Error(
				`table "${table.name}": the closing row "${rows[row]?.label}" has no opening row above it`
			);
		const steps = between.filter((r) => rows[r]?.role === 'step').map((r) => ({ row: r, column }));
		const open = cellRef(opening, column);
		return {
			parts: [{ row: opening, column }, ...steps],
			formula: steps.length === 0 ? open : `${open}+${sumFormula(steps, true)}`
		};
	}
	if (role === 'total') {
		const items = rowsBack(rows, row, ['total'])
			.filter((r) => rows[r]?.role === 'item')
			.map((r) => ({ row: r, column }));
		return items.length === 0 ? undefined : { parts: items, formula: sumFormula(items, true) };
	}
	if (column === table.totalColumn) {
		const others = table.columns.map((_, c) => ({ row, column: c })).filter((c) => c.column !== column);
		return others.length === 0 ? undefined : { parts: others, formula: sumFormula(others, false) };
	}
	return undefined;
}

type Style = { fontWeight?: 'bold' };

const BOLD_ROLES: readonly string[] = ['opening', 'closing', 'total'];

function tableSheet(table: ExportTable, name: string, negatives: NegativeStyle): WorkbookSheet {
	const format = spreadsheetFormat(table.unit, negatives);
	const pennyPlaces = fromPounds(D('0.01'), table.unit).decimalPlaces();
	const headers = table.columns.map((c) => `${c} (${UNIT_SYMBOL[table.unit]})`);
	const rows: SheetData = table.rows.map((row, r) => {
		const style: Style = BOLD_ROLES.includes(row.role) ? { fontWeight: 'bold' } : {};
		const label = {
			value: row.label,
			...style,
			...(row.role === 'step' ? { indent: 1, align: 'left' as const } : {})
		};
		return [
			label,
			...row.values.map((value, c) => {
				if (value === undefined) return null;
				const where = `table "${table.name}", row "${row.label}", column "${table.columns[c]}"`;
				const sum = sumOf(table, r, c);
				if (!sum) return { value: spreadsheetNumber(value, where), format, ...style };
				// A formula must give the figure the app shows, or the workbook would disagree with the page.
				const exact = sum.parts.reduce((t, p) => t.plus(table.rows[p.row]?.values[p.column] ?? ZERO), ZERO);
				if (!exact.eq(value))
					throw new Error(
						`${where}: ${value.toFixed()} is not the sum its formula adds (${exact.toFixed()})`
					);
				// A spreadsheet adds in binary floating point, so a closing of exactly 0 can come out
				// as -0.00000000000001 and show as (0.0). Rounding to the penny (or to the places the
				// figures have, if more) gives back the exact decimal sum. OOXML omits the "=".
				const places = Math.max(
					pennyPlaces,
					...sum.parts.map((p) => table.rows[p.row]?.values[p.column]?.decimalPlaces() ?? 0)
				);
				return { value: `ROUND(${sum.formula},${places})`, type: 'Formula' as const, format, ...style };
			})
		];
	});
	const labelWidth = Math.max(...table.rows.map((r) => r.label.length + (r.role === 'step' ? 2 : 0)), 12);
	return {
		sheet: name,
		data: [
			[{ value: table.title, fontWeight: 'bold' }],
			[
				{ value: 'Line', fontWeight: 'bold' },
				...headers.map((h) => ({ value: h, fontWeight: 'bold' as const, align: 'right' as const }))
			],
			...rows
		],
		columns: [
			{ width: Math.min(labelWidth + 2, 60) },
			...headers.map((h) => ({ width: Math.max(h.length, 10) + 2 }))
		],
		stickyRowsCount: 2,
		orientation: 'landscape'
	};
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const });

function notesSheet(
	notes: WorkbookNotes,
	negatives: NegativeStyle,
	sheets: readonly [string, ExportTable][]
): WorkbookSheet {
	const { years, assumptions, deliveryFactors } = notes.input;
	const percent = (value: Dec, where: string) => ({
		value: spreadsheetNumber(value, `Notes, ${where}`),
		format: SPREADSHEET_PERCENT_FORMAT
	});
	const rate = (label: string, values: (typeof assumptions)['inflation']) => [
		label,
		...years.map((y) => percent(values[y] ?? ZERO, `${label} ${y}`))
	];
	const factor = (label: string, value: Dec) => [label, percent(value, `delivery factor ${label}`)];
	const data: SheetData = [
		[bold(`Bridgebook export: ${notes.model}`)],
		[],
		['Model', notes.model],
		['Scenario', notes.scenario],
		['View', VIEW_TEXT[notes.view]],
		['Unit', UNIT_SYMBOL[notes.unit]],
		['Display precision', displayPrecisionText(notes.unit)],
		['Negatives', NEGATIVES_TEXT[negatives]],
		['Figures', 'Exact in the cells; shown at display precision by the number format'],
		['Formulas', 'A closing is the opening plus the steps; totals and a Total column are sums'],
		['Exported', `${notes.exported.toISOString().slice(0, 16).replace('T', ' ')} UTC`],
		[],
		[bold('Sheet'), bold('Table')],
		...sheets.map(([name, table]) => [name, table.title]),
		[],
		[bold('Assumptions (model-wide)'), ...years.map((y) => ({ ...bold(y), align: 'right' as const }))],
		rate('Activity growth', assumptions.activityGrowth),
		rate('Inflation', assumptions.inflation),
		rate('Efficiency', assumptions.efficiency),
		['', 'A cost line may set its own rates; these are the defaults.'],
		[],
		[bold('QIPP delivery factors'), 'the share of a saving counted in the risk-adjusted view'],
		factor('Green', deliveryFactors.green),
		factor('Amber', deliveryFactors.amber),
		factor('Red', deliveryFactors.red),
		factor('Unidentified', deliveryFactors.unidentified)
	];
	return {
		sheet: NOTES,
		data,
		columns: [{ width: SHEET_NAME_LENGTH + 2 }, ...years.map(() => ({ width: 12 }))],
		stickyRowsCount: 0,
		orientation: 'landscape'
	};
}

/** The workbook's sheets: one per table, in order, then Notes. */
export function tablesWorkbook(
	tables: readonly ExportTable[],
	notes: WorkbookNotes,
	negatives: NegativeStyle
): WorkbookSheet[] {
	const taken = new Set([NOTES.toLowerCase()]);
	const named = tables.map((t): [string, ExportTable] => [sheetName(t.name, taken), t]);
	return [
		...named.map(([name, table]) => tableSheet(table, name, negatives)),
		notesSheet(notes, negatives, named)
	];
}

/**
 * The workbook as a file for the browser to save. write-excel-file is loaded only here, when
 * someone exports, so the page does not carry it otherwise.
 */
export async function workbookBlob(sheets: WorkbookSheet[]): Promise<Blob> {
	const { default: writeExcelFile } = await import('write-excel-file/universal');
	return writeExcelFile(sheets, WORKBOOK_FONT).toBlob();
}
