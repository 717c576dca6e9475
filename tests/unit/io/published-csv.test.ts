import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPublishedTable } from '../../../src/lib/engine/reconcile';
import { parsePublishedCsv } from '../../../src/lib/io/published-csv';

const QIPP = readFileSync('tests/fixtures/published/portsmouth-qipp-2017-19.csv', 'utf8');

const problemsOf = (text: string) => {
	const result = parsePublishedCsv(text);
	return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('parsePublishedCsv: text pasted from Excel', () => {
	it('reads tab-separated cells, where "1,433" needs no quotes', () => {
		const pasted = 'line\trole\t£k\nOpening\topening\t1,433\nGrowth\tstep\t(33)\nClosing\tclosing\t1,400\n';
		const result = parsePublishedCsv(pasted);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.columns).toEqual(['£k']);
		expect(result.value.rows.map((r) => r.cells[0]?.value.toString())).toEqual(['1433', '-33', '1400']);
		// 1,433 - 33 = 1,400 as stated
		expect(checkPublishedTable(result.value).columns[0]?.status).toBe('agrees');
	});

	it('reads Windows line ends from a paste', () => {
		const result = parsePublishedCsv('line\tA\r\nOpen\t1.0\r\nClose\t1.0\r\n');
		expect(result.ok && result.value.rows.length).toBe(2);
	});

	it('names the row when a pasted row has a cell too many', () => {
		expect(problemsOf('line\tA\nOpen\t1.0\t2.0\nClose\t1.0\n')).toContain(
			'row 2 (Open): has 3 cells but the header has 2'
		);
	});
});

describe('parsePublishedCsv: key column', () => {
	it('keeps a line key per row, and leaves it out of the figures', () => {
		const result = parsePublishedCsv(
			'line,key,£m\nOpening,opening,3.1\nInflation,inflation,(10.4)\nClosing,,0.0\n'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.columns).toEqual(['£m']);
		expect(result.value.rows.map((r) => r.key)).toEqual(['opening', 'inflation', undefined]);
	});
});

describe('parsePublishedCsv: items and a total', () => {
	it('reads the Portsmouth QIPP programme as items and a total', () => {
		const result = parsePublishedCsv(QIPP);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.shape).toBe('items');
		expect(result.value.columns).toEqual(["17/18 £'000", "18/19 £'000"]);
		expect(result.value.rows.filter((r) => r.role === 'item')).toHaveLength(10);
	});

	it('refuses a table mixing bridge rows and item rows, naming the row', () => {
		const mixed = 'line,role,A\nOpening,opening,1\nScheme,item,2\nClosing,closing,3\n';
		expect(problemsOf(mixed)).toContain(
			'row 3 (Scheme), column role: "item" belongs in a table of items and a total, but row 2 made this a bridge (opening, steps, closing): use one shape or the other'
		);
	});

	it('refuses a table of items with no total, or two', () => {
		expect(problemsOf('line,role,A\nA,item,1\nB,item,2\n')).toContain(
			'column role: the table needs exactly one total row, found 0'
		);
		expect(problemsOf('line,role,A\nA,item,1\nT,total,1\nT2,total,1\n')).toContain(
			'column role: the table needs exactly one total row, found 2'
		);
	});
});

describe('checkPublishedTable: the Portsmouth QIPP programme (items against the stated total)', () => {
	it('adds the printed workstreams to the printed totals in both years', () => {
		const parsed = parsePublishedCsv(QIPP);
		if (!parsed.ok) throw new Error('unreadable fixture');
		const check = checkPublishedTable(parsed.value);
		// 17/18: 1,433 + 680 + 860 + 380 + 690 + 630 + 500 + 330 + 590 + 3,106 = 9,199 (printed 9,199)
		// 18/19: 1,502 + 647 + 850 + 370 + 590 + 620 + 200 + 510 + 580 + 4,832 = 10,701 (printed 10,701)
		expect(check.columns.map((c) => [c.column, c.sum.toString(), c.stated.toString(), c.status])).toEqual([
			["17/18 £'000", '9199', '9199', 'agrees'],
			["18/19 £'000", '10701', '10701', 'agrees']
		]);
		// running sum of 17/18 after Prescribing, CHC, New Models of Care: 1,433, 2,113, 2,973
		expect(check.columns[0]?.running.slice(0, 3).map((d) => d?.toString())).toEqual(['1433', '2113', '2973']);
		// the total row is not part of its own sum
		expect(check.columns[0]?.running.at(-1)).toBeUndefined();
		expect(check.reconciles).toBe(true);
	});

	it('finds a workstream misprinted by 10 (Prescribing 1,443 for 1,433) as differing', () => {
		const parsed = parsePublishedCsv(QIPP.replace('"1,433"', '"1,443"'));
		if (!parsed.ok) throw new Error('unreadable');
		const [column] = checkPublishedTable(parsed.value).columns;
		// 9,199 + 10 = 9,209 against 9,199
		expect(column?.difference.toString()).toBe('10');
		expect(column?.status).toBe('differs');
	});
});
