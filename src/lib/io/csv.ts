// CSV output with proper quoting (labels contain commas and quotes), via papaparse.
import Papa from 'papaparse';

/** Rows of cells to CSV text with a header row; undefined cells are left empty. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | undefined)[])[]): string {
	return (
		Papa.unparse(
			{ fields: [...header], data: rows.map((row) => row.map((cell) => cell ?? '')) },
			{ newline: '\n' }
		) + '\n'
	);
}
