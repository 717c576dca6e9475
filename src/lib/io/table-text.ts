// An exported table as text: CSV for a file (UTF-8 with a byte-order mark, read back by
// `bridgebook check`) and tab-separated text for the clipboard (pastes into Excel as a range).
import { plainFigure, UNIT_SYMBOL, type ExportPrecision } from '../engine/index';
import { toCsv, toTsv, UTF8_BOM } from './csv';
import type { ExportTable } from './export-table';

/** Each figure column named with its unit, as published tables head them: "Total (£m)". */
function figureHeaders(table: ExportTable): string[] {
	return table.columns.map((c) => `${c} (${UNIT_SYMBOL[table.unit]})`);
}

function figures(table: ExportTable, precision: ExportPrecision) {
	return table.rows.map((row) =>
		row.values.map((v) => (v === undefined ? undefined : plainFigure(v, table.unit, precision)))
	);
}

/** The table as a CSV file: `line,key,role,<column>...`, a row per line. */
export function tableCsv(table: ExportTable, precision: ExportPrecision): string {
	const values = figures(table, precision);
	return (
		UTF8_BOM +
		toCsv(
			['line', 'key', 'role', ...figureHeaders(table)],
			table.rows.map((row, i) => [row.label, row.key, row.role, ...(values[i] ?? [])])
		)
	);
}

/** The table for the clipboard: `Line, Role, <column>...`, as a range Excel pastes. */
export function tableTsv(table: ExportTable, precision: ExportPrecision): string {
	const values = figures(table, precision);
	return toTsv(
		['Line', 'Role', ...figureHeaders(table)],
		table.rows.map((row, i) => [row.label, row.role, ...(values[i] ?? [])])
	);
}
