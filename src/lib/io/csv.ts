// CSV and tab-separated text with proper quoting (labels contain commas and quotes), via
// papaparse. RFC 4180: CRLF line ends, fields quoted when they must be. A text field that a
// spreadsheet would run as a formula is neutralised (OWASP "CSV injection"); figures are not text.
import Papa from 'papaparse';

/** A plain decimal figure, "-3.4": written as it is, never taken for a formula. */
const FIGURE = /^-?\d+(\.\d+)?$/;
/** What Excel and LibreOffice start a formula with (tab and CR too: OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text field safe to open in a spreadsheet: one that would start a formula gets a leading
 * apostrophe, which spreadsheets show as text.
 * @example csvText('@SUM(1+1)') // "'@SUM(1+1)"
 */
export function csvText(text: string): string {
	return FIGURE.test(text) || !FORMULA_START.test(text) ? text : `'${text}`;
}

/** A byte-order mark, so that Excel reads the file as UTF-8 (a "£" would otherwise break). */
export const UTF8_BOM = '\uFEFF';

function unparse(
	header: readonly string[],
	rows: readonly (readonly (string | undefined)[])[],
	delimiter: string
): string {
	const cell = (text: string | undefined) => csvText(text ?? '');
	return (
		Papa.unparse(
			{ fields: header.map(cell), data: rows.map((row) => row.map(cell)) },
			{ newline: '\r\n', delimiter }
		) + '\r\n'
	);
}

/** Rows of cells to CSV text with a header row; undefined cells are left empty. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | undefined)[])[]): string {
	return unparse(header, rows, ',');
}

/** The same as tab-separated text, as Excel copies and pastes a range. */
export function toTsv(header: readonly string[], rows: readonly (readonly (string | undefined)[])[]): string {
	return unparse(header, rows, '\t');
}
