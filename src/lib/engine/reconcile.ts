// Reconciling a bridge table someone else published: does opening + steps give the stated closing,
// and does a Total column equal the sum of the others? Printed figures are rounded, so a difference
// of up to one unit in the last printed digit is "within rounding"; more than that "differs".
import { D, ZERO, sum, type Dec } from './decimal';

export type PublishedRole = 'context' | 'opening' | 'step' | 'closing';

export interface PublishedCell {
	readonly value: Dec;
	/** One unit in the last printed digit (0.1 for "3.1"; 100000 for "£1.2m"). */
	readonly precision: Dec;
}

export interface PublishedRow {
	readonly label: string;
	readonly role: PublishedRole;
	/** One cell per column; undefined where the table prints nothing (counted as zero). */
	readonly cells: readonly (PublishedCell | undefined)[];
}

export interface PublishedTable {
	readonly columns: readonly string[];
	readonly rows: readonly PublishedRow[];
}

export type ReconcileStatus = 'reconciles' | 'within rounding' | 'differs';

export interface ColumnCheck {
	readonly column: string;
	readonly openingPlusSteps: Dec;
	readonly statedClosing: Dec;
	/** opening + steps - stated closing. */
	readonly difference: Dec;
	/** One unit in the last printed digit: the largest difference accepted as rounding. */
	readonly tolerance: Dec;
	/** The most that rounding every printed figure could explain in theory (half a unit each). */
	readonly maxRoundingError: Dec;
	readonly status: ReconcileStatus;
}

export interface TotalCheck {
	readonly row: string;
	readonly sumOfColumns: Dec;
	readonly statedTotal: Dec;
	readonly difference: Dec;
	readonly tolerance: Dec;
	readonly status: ReconcileStatus;
}

export interface TableCheck {
	readonly columns: readonly ColumnCheck[];
	readonly totals: readonly TotalCheck[];
	readonly reconciles: boolean;
}

function statusOf(difference: Dec, tolerance: Dec): ReconcileStatus {
	if (difference.isZero()) return 'reconciles';
	return difference.abs().lte(tolerance) ? 'within rounding' : 'differs';
}

/** The coarsest printed precision among the cells (1 when nothing is printed). */
function unitOf(cells: readonly (PublishedCell | undefined)[]): Dec {
	const printed = cells.filter((c): c is PublishedCell => c !== undefined);
	return printed.length === 0 ? D(1) : D.max(...printed.map((c) => c.precision));
}

/**
 * Check every column's waterfall and, when a column is named "Total...", every row's sum.
 * @example checkPublishedTable(portsmouth).columns[0].difference.toString() // '0.5'
 */
export function checkPublishedTable(table: PublishedTable): TableCheck {
	// "Total", "Total £m" and the like, when there is some other column for it to be the total of.
	const totalIndex =
		table.columns.length < 2 ? -1 : table.columns.findIndex((c) => /^total\b/i.test(c.trim()));
	const columns = table.columns.map((column, i): ColumnCheck => {
		const cellsOf = (role: PublishedRole) => table.rows.filter((r) => r.role === role).map((r) => r.cells[i]);
		const waterfall = [...cellsOf('opening'), ...cellsOf('step')];
		const closing = cellsOf('closing');
		const openingPlusSteps = sum(waterfall.map((c) => c?.value ?? ZERO));
		const statedClosing = sum(closing.map((c) => c?.value ?? ZERO));
		const difference = openingPlusSteps.minus(statedClosing);
		const figures = [...waterfall, ...closing];
		const tolerance = unitOf(figures);
		const printedCount = figures.filter((c) => c !== undefined).length;
		return {
			column,
			openingPlusSteps,
			statedClosing,
			difference,
			tolerance,
			maxRoundingError: tolerance.div(2).times(printedCount),
			status: statusOf(difference, tolerance)
		};
	});
	const totals: TotalCheck[] =
		totalIndex < 0
			? []
			: table.rows.map((row) => {
					const parts = row.cells.filter((_, i) => i !== totalIndex);
					const stated = row.cells[totalIndex];
					const sumOfColumns = sum(parts.map((c) => c?.value ?? ZERO));
					const statedTotal = stated?.value ?? ZERO;
					const tolerance = unitOf(row.cells);
					const difference = sumOfColumns.minus(statedTotal);
					return {
						row: row.label,
						sumOfColumns,
						statedTotal,
						difference,
						tolerance,
						status: statusOf(difference, tolerance)
					};
				});
	return {
		columns,
		totals,
		reconciles: [...columns, ...totals].every((c) => c.status !== 'differs')
	};
}
