import { describe, expect, it } from 'vitest';
import { csvText, toCsv } from '../../../src/lib/io/csv';
import { parsePublishedCsv } from '../../../src/lib/io/published-csv';

describe('toCsv(header, rows)', () => {
	it('quotes cells with commas, quotes and newlines, and leaves undefined cells empty', () => {
		expect(toCsv(['label', 'value', 'stated'], [['Flow, "discharge"', '1.5', undefined]])).toBe(
			'label,value,stated\r\n"Flow, ""discharge""",1.5,\r\n'
		);
	});
});

describe('parsePublishedCsv(text)', () => {
	it('reads printed figures: brackets, thousands separators, nil dashes and a BOM', () => {
		const result = parsePublishedCsv('\uFEFFline,A\nOpening,"1,433"\nStep,(3.4)\nNil,-\nClosing,"1,429.6"\n');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const cells = result.value.rows.map(
			(r) => r.cells[0] && `${r.cells[0].value.toString()}/${r.cells[0].precision.toString()}`
		);
		expect(cells).toEqual(['1433/1', '-3.4/0.1', undefined, '1429.6/0.1']);
		expect(result.value.rows.map((r) => r.role)).toEqual(['opening', 'step', 'step', 'closing']);
	});

	it('scales the printed precision with a unit suffix, so "£1.2m" is precise to £0.1m', () => {
		const result = parsePublishedCsv('line,A\nOpening,£1.2m\nClosing,£1.3m\n');
		expect(result.ok && result.value.rows[0]?.cells[0]?.precision.toString()).toBe('100000');
	});

	it('lists every unreadable cell with its row and column', () => {
		const result = parsePublishedCsv('line,A,B\nOpening,x,1\nClosing,1,y\n');
		expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual([
			'row 2 (Opening), column A',
			'row 3 (Closing), column B'
		]);
	});

	it('requires exactly one opening and one closing when roles are given', () => {
		const result = parsePublishedCsv('line,role,A\nA,step,1\nB,closing,1\n');
		expect(result.ok ? '' : result.problems[0]?.message).toBe(
			'the table needs exactly one opening row, found 0'
		);
	});
});

describe('parsePublishedCsv(text) and stray commas', () => {
	it('refuses a row with more fields than the header instead of dropping the extra figure', () => {
		const result = parsePublishedCsv('line,A\nOpen,1.0\nStep,1,234.5\nClose,2.0\n');
		expect(result.ok ? [] : result.problems).toEqual([
			{
				path: 'row 3 (Step)',
				message: 'has 3 fields but the header has 2: quote figures with commas, e.g. "1,234.5"'
			}
		]);
	});
});

describe('csvText(text): no CSV injection', () => {
	it.each([
		['=HYPERLINK("x")', `'=HYPERLINK("x")`],
		['+1+1', "'+1+1"],
		['-1+1', "'-1+1"],
		['@SUM(1+1)', "'@SUM(1+1)"],
		['\tTab', "'\tTab"],
		['\rCR', "'\rCR"]
	])('neutralises %j', (text, safe) => {
		expect(csvText(text)).toBe(safe);
	});

	it.each(['-3.4', '0.5045', 'Inflation', 'QIPP (net)'])('leaves %j as it is', (text) => {
		expect(csvText(text)).toBe(text);
	});

	it('applies to every text cell of a CSV, header included, but not to figures', () => {
		expect(toCsv(['=label', 'value'], [['@SUM(1+1)', '-1.5']])).toBe("'=label,value\r\n'@SUM(1+1),-1.5\r\n");
	});
});
