// A block copied from Excel (or Sheets, or another grid) arrives as tab-separated text. Quoting is
// left to papaparse: Excel quotes a cell holding a newline, tab or quote and doubles its quotes.
import Papa from 'papaparse';

/**
 * The rows and cells of a tab-separated block. Rows end at \n, \r\n or \r; one trailing line
 * ending (Excel always writes one) is not an extra empty row. Empty text is an empty block.
 */
export function parseTsv(text: string): string[][] {
	if (text === '') return [];
	const { data } = Papa.parse<string[]>(text, { delimiter: '\t', quoteChar: '"', skipEmptyLines: false });
	const last = data.at(-1);
	if (data.length > 1 && last !== undefined && last.length === 1 && last[0] === '' && /[\r\n]$/.test(text)) {
		data.pop();
	}
	return data;
}
