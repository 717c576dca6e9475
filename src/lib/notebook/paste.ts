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

/**
 * A block as tab-separated text that Excel pastes cell for cell: a cell holding a tab, a line
 * break or a quote is quoted, its quotes doubled (as Excel writes it); rows end in \r\n.
 * @example toTsv([['1', '2'], ['a\tb', '']]) // '1\t2\r\n"a\tb"\t\r\n'
 */
export function toTsv(block: readonly (readonly string[])[]): string {
	const cell = (text: string) => (/[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
	return block.map((row) => row.map(cell).join('\t') + '\r\n').join('');
}
