// Tables out of the page: a CSV file, an Excel workbook, or tab-separated text on the clipboard
// for Excel. Nothing
// leaves the user's computer.
import type { ExportPrecision, NegativeStyle } from '$lib/engine';
import type { ExportTable } from '$lib/io/export-table';
import { tableCsv, tableTsv } from '$lib/io/table-text';
import type { WorkbookNotes } from '$lib/io/workbook';
import { downloadBlob, downloadText, fileSlug } from './download';

/** Download `table` as `<stem>.csv`; returns the file name. */
export function downloadCsv(table: ExportTable, stem: string, precision: ExportPrecision): string {
	const fileName = `${fileSlug(stem) || 'table'}.csv`;
	downloadText(fileName, tableCsv(table, precision), 'text/csv;charset=utf-8');
	return fileName;
}

/** Put `tables` on the clipboard as tab-separated text, a blank line between tables. */
export async function copyTables(tables: readonly ExportTable[], precision: ExportPrecision): Promise<void> {
	await navigator.clipboard.writeText(tables.map((t) => tableTsv(t, precision)).join('\r\n'));
}

/**
 * Download `tables` as an Excel workbook, `<stem>.xlsx`: a sheet per table with live formulas, and
 * Notes. The writer loads only now, so the page does not carry it otherwise. Returns the file name.
 */
export async function downloadWorkbook(
	tables: readonly ExportTable[],
	stem: string,
	notes: WorkbookNotes,
	negatives: NegativeStyle
): Promise<string> {
	const { tablesWorkbook, workbookBlob } = await import('$lib/io/workbook');
	const fileName = `${fileSlug(stem) || 'tables'}.xlsx`;
	downloadBlob(fileName, await workbookBlob(tablesWorkbook(tables, notes, negatives)));
	return fileName;
}
