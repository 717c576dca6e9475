// Reconciling a table someone else published. Two shapes: a bridge (does opening + steps give the
// stated closing?) and a list of items with a total (does the sum of the items give the stated
// total?); in both, a Total column must equal the sum of the others. Printed figures are rounded,
// so a difference of up to one unit in the last printed digit is "within rounding".
import { agreementOf, type Agreement } from './agreement';
import { D, ZERO, type Dec } from './decimal';

export type PublishedRole = 'context' | 'opening' | 'step' | 'closing' | 'item' | 'total';

/** A bridge has opening, steps and closing; an items table has items and a total. */
export type PublishedShape = 'bridge' | 'items';

export const SHAPE_ROLES: Readonly<Record<PublishedShape, readonly PublishedRole[]>> = {
	bridge: ['context', 'opening', 'step', 'closing'],
	items: ['context', 'item', 'total']
};

export interface PublishedCell {
	readonly value: Dec;
	/** One unit in the last printed digit (0.1 for "3.1"; 100000 for "£1.2m"). */
	readonly precision: Dec;
}

export interface PublishedRow {
	readonly label: string;
	/** A model line key given in the table (say `inflation`), to match the row to a model line. */
	readonly key?: string;
	readonly role: PublishedRole;
	/** One cell per column; undefined where the table prints nothing (counted as zero). */
	readonly cells: readonly (PublishedCell | undefined)[];
}

export interface PublishedTable {
	readonly shape: PublishedShape;
	readonly columns: readonly string[];
	readonly rows: readonly PublishedRow[];
}

export interface ColumnCheck {
	readonly column: string;
	/** Opening + steps (bridge) or the sum of the items. */
	readonly sum: Dec;
	/** The stated closing (bridge) or total. */
	readonly stated: Dec;
	/** sum - stated. */
	readonly difference: Dec;
	/** One unit in the last printed digit: the largest difference accepted as rounding. */
	readonly tolerance: Dec;
	/** The most that rounding every printed figure could explain in theory (half a unit each). */
	readonly maxRoundingError: Dec;
	readonly status: Agreement;
	/** Per row, the running sum once that row is added; undefined for rows outside the sum. */
	readonly running: readonly (Dec | undefined)[];
}

export interface TotalCheck {
	readonly row: string;
	readonly sumOfColumns: Dec;
	readonly statedTotal: Dec;
	readonly difference: Dec;
	readonly tolerance: Dec;
	readonly status: Agreement;
}

export interface TableCheck {
	readonly shape: PublishedShape;
	readonly columns: readonly ColumnCheck[];
	readonly totals: readonly TotalCheck[];
	readonly reconciles: boolean;
}

/** The rows summed, and the row they are checked against, for each shape. */
const SUMMED: Readonly<Record<PublishedShape, readonly PublishedRole[]>> = {
	bridge: ['opening', 'step'],
	items: ['item']
};
const RESULT: Readonly<Record<PublishedShape, PublishedRole>> = { bridge: 'closing', items: 'total' };

/** The coarsest printed precision among the cells (1 when nothing is printed). */
function unitOf(cells: readonly (PublishedCell | undefined)[]): Dec {
	const printed = cells.filter((c): c is PublishedCell => c !== undefined);
	return printed.length === 0 ? D(1) : D.max(...printed.map((c) => c.precision));
}

function checkColumn(table: PublishedTable, column: string, i: number): ColumnCheck {
	const summed = SUMMED[table.shape];
	let total = ZERO;
	const running = table.rows.map((row) => {
		if (!summed.includes(row.role)) return undefined;
		total = total.plus(row.cells[i]?.value ?? ZERO);
		return total;
	});
	const figures = table.rows
		.filter((r) => summed.includes(r.role) || r.role === RESULT[table.shape])
		.map((r) => r.cells[i]);
	const stated = table.rows
		.filter((r) => r.role === RESULT[table.shape])
		.reduce((acc, r) => acc.plus(r.cells[i]?.value ?? ZERO), ZERO);
	const difference = total.minus(stated);
	const tolerance = unitOf(figures);
	const printedCount = figures.filter((c) => c !== undefined).length;
	return {
		column,
		sum: total,
		stated,
		difference,
		tolerance,
		maxRoundingError: tolerance.div(2).times(printedCount),
		status: agreementOf(difference, tolerance),
		running
	};
}

/**
 * Check every column and, when a column is named "Total...", every row's sum across.
 * @example checkPublishedTable(portsmouth).columns[0].difference.toString() // '0.5'
 */
export function checkPublishedTable(table: PublishedTable): TableCheck {
	// "Total", "Total £m" and the like, when there is some other column for it to be the total of.
	const totalIndex =
		table.columns.length < 2 ? -1 : table.columns.findIndex((c) => /^total\b/i.test(c.trim()));
	const columns = table.columns.map((column, i) => checkColumn(table, column, i));
	const totals: TotalCheck[] =
		totalIndex < 0
			? []
			: table.rows.map((row) => {
					const sumOfColumns = row.cells
						.filter((_, i) => i !== totalIndex)
						.reduce((acc, c) => acc.plus(c?.value ?? ZERO), ZERO);
					const statedTotal = row.cells[totalIndex]?.value ?? ZERO;
					const tolerance = unitOf(row.cells);
					const difference = sumOfColumns.minus(statedTotal);
					return {
						row: row.label,
						sumOfColumns,
						statedTotal,
						difference,
						tolerance,
						status: agreementOf(difference, tolerance)
					};
				});
	return {
		shape: table.shape,
		columns,
		totals,
		reconciles: [...columns, ...totals].every((c) => c.status !== 'differs')
	};
}
