import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import {
	checkPublishedTable,
	type PublishedCell,
	type PublishedRole,
	type PublishedRow,
	type PublishedTable
} from '../../../src/lib/engine/reconcile';

/** A printed cell: its value and one unit in its last printed digit ("3.1" -> 0.1, "11" -> 1). */
function cell(printed: string | undefined): PublishedCell | undefined {
	if (printed === undefined) return undefined;
	const decimals = printed.split('.')[1]?.length ?? 0;
	return { value: D(printed), precision: D(10).pow(-decimals) };
}

function row(label: string, role: PublishedRole, ...printed: (string | undefined)[]): PublishedRow {
	return { label, role, cells: printed.map(cell) };
}

/** Portsmouth CCG "where the growth has gone" 2017/18, £m as printed (one column). */
const PORTSMOUTH: PublishedTable = {
	shape: 'bridge',
	columns: ['Total £m'],
	rows: [
		row('Recurring Allocation 16/17', 'context', '297.9'),
		row('Allocation 17/18', 'context', '306.3'),
		row('2016/17 Surplus', 'opening', '3.1'),
		row('Growth Received', 'step', '6.8'),
		row('Normalisation', 'step', '0.1'),
		row('Reserve provisions', 'step', '-4.6'),
		row('Activity Growth', 'step', '-5.0'),
		row('Inflation', 'step', '-10.4'),
		row('Efficiency', 'step', '3.8'),
		row('Contingency', 'step', '-1.5'),
		row('5% Risk reserve', 'step', '-3.1'),
		row('IR and HRG4+ allocation', 'step', '2.1'),
		row('QIPP', 'step', '9.2'),
		row('Planned in year surplus/ (deficit)', 'closing', '0.0')
	]
};

describe('checkPublishedTable', () => {
	it('finds the Portsmouth 2017/18 bridge 0.5 out: opening plus steps is 0.5, the plan states 0.0', () => {
		const [column] = checkPublishedTable(PORTSMOUTH).columns;
		// 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5 (context rows left out)
		expect(column?.column).toBe('Total £m');
		expect(column?.sum.toString()).toBe('0.5');
		expect(column?.stated.toString()).toBe('0');
		expect(column?.difference.toString()).toBe('0.5');
		// one unit in the last printed digit (1 dp)
		expect(column?.tolerance.toString()).toBe('0.1');
		// 12 printed figures (opening, 10 steps, closing) x half a unit 0.05 = 0.6
		expect(column?.maxRoundingError.toString()).toBe('0.6');
		expect(column?.status).toBe('differs');
	});

	it('does not reconcile the Portsmouth table, and checks no row totals in a one-column table even if it is headed Total', () => {
		const check = checkPublishedTable(PORTSMOUTH);
		expect(check.reconciles).toBe(false);
		expect(check.totals).toEqual([]);
	});

	it('recognises a column headed "Total £m" beside others as the Total column', () => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['Portsmouth', 'Fareham', 'Total £m'],
			rows: [row('Opening', 'opening', '1.0', '2.0', '3.1')]
		});
		// 1.0 + 2.0 = 3.0 against 3.1
		expect(check.totals.map((t) => [t.row, t.difference.toString(), t.status])).toEqual([
			['Opening', '-0.1', 'within rounding']
		]);
	});

	it('checks no row totals when no column is a Total', () => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['Portsmouth', 'Subtotal'],
			rows: [row('Opening', 'opening', '1.0', '2.0')]
		});
		expect(check.totals).toEqual([]);
	});

	it.each([
		// 1.0 + 0.3 + 0.3 = 1.6 exactly
		['1.6', 'agrees', '0'],
		// 1.6 - 1.7 = -0.1: one unit of the last printed digit
		['1.7', 'within rounding', '-0.1'],
		// 1.6 - 1.5 = 0.1
		['1.5', 'within rounding', '0.1'],
		// 1.6 - 1.8 = -0.2: two units
		['1.8', 'differs', '-0.2']
	])('a bridge of 1.0 + 0.3 + 0.3 stating %s %s (difference %s)', (closing, status, difference) => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['£m'],
			rows: [
				row('Opening', 'opening', '1.0'),
				row('A', 'step', '0.3'),
				row('B', 'step', '0.3'),
				row('Closing', 'closing', closing)
			]
		});
		expect(check.columns[0]?.status).toBe(status);
		expect(check.columns[0]?.difference.toString()).toBe(difference);
		expect(check.reconciles).toBe(status !== 'differs');
	});

	it('takes its tolerance from the coarsest printed figure', () => {
		// 10 + 0.4 = 10.4 against a stated 11 (printed in whole units): difference -0.6, within one unit
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['£m'],
			rows: [row('Opening', 'opening', '10'), row('A', 'step', '0.4'), row('Closing', 'closing', '11')]
		});
		expect(check.columns[0]?.tolerance.toString()).toBe('1');
		expect(check.columns[0]?.difference.toString()).toBe('-0.6');
		expect(check.columns[0]?.status).toBe('within rounding');
		// 3 figures x half a unit = 1.5
		expect(check.columns[0]?.maxRoundingError.toString()).toBe('1.5');
	});

	it('takes a coarse printed precision such as £m figures entered in pounds', () => {
		// 3.1m + 0.45m = 3.55m against a stated 3.5m printed to 0.1m: 50,000 out, within 100,000
		const m = (value: string): PublishedCell => ({ value: D(value), precision: D(100000) });
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['£'],
			rows: [
				{ label: 'Opening', role: 'opening', cells: [m('3100000')] },
				{ label: 'Step', role: 'step', cells: [{ value: D('450000'), precision: D(1000) }] },
				{ label: 'Closing', role: 'closing', cells: [m('3500000')] }
			]
		});
		expect(check.columns[0]?.tolerance.toString()).toBe('100000');
		expect(check.columns[0]?.difference.toString()).toBe('50000');
		expect(check.columns[0]?.status).toBe('within rounding');
	});

	it('counts a blank cell as zero and not as a printed figure', () => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['A', 'B'],
			rows: [
				row('Opening', 'opening', '2.0', '1.0'),
				row('Step', 'step', undefined, '0.5'),
				row('Closing', 'closing', '2.0', '1.5')
			]
		});
		const [a, b] = check.columns;
		expect(a?.status).toBe('agrees');
		// A prints 2 figures, B prints 3: half a unit (0.05) each
		expect(a?.maxRoundingError.toString()).toBe('0.1');
		expect(b?.maxRoundingError.toString()).toBe('0.15');
		expect(check.reconciles).toBe(true);
	});

	it('checks a Total column row by row as well as column by column', () => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['Portsmouth', 'Fareham', ' TOTAL '],
			rows: [
				row('Allocation', 'context', '100.0', '200.0', '310.0'),
				row('Opening', 'opening', '1.0', '2.0', '3.0'),
				row('Growth', 'step', '0.5', '0.6', '1.2'),
				row('QIPP', 'step', '0.3', '0.3', '0.6'),
				row('Closing', 'closing', '1.8', '2.9', '4.7')
			]
		});
		expect(
			check.totals.map((t) => [
				t.row,
				t.sumOfColumns.toString(),
				t.statedTotal.toString(),
				t.difference.toString(),
				t.status
			])
		).toEqual([
			// 100 + 200 = 300 against 310: off by 10
			['Allocation', '300', '310', '-10', 'differs'],
			['Opening', '3', '3', '0', 'agrees'],
			// 0.5 + 0.6 = 1.1 against 1.2
			['Growth', '1.1', '1.2', '-0.1', 'within rounding'],
			['QIPP', '0.6', '0.6', '0', 'agrees'],
			// 1.8 + 2.9 = 4.7
			['Closing', '4.7', '4.7', '0', 'agrees']
		]);
		// columns: 1.0 + 0.5 + 0.3 = 1.8; 2.0 + 0.6 + 0.3 = 2.9; 3.0 + 1.2 + 0.6 = 4.8 against 4.7
		expect(check.columns.map((c) => [c.column, c.difference.toString(), c.status])).toEqual([
			['Portsmouth', '0', 'agrees'],
			['Fareham', '0', 'agrees'],
			[' TOTAL ', '0.1', 'within rounding']
		]);
		expect(check.reconciles).toBe(false);
	});

	it('treats a missing Total cell as a stated zero', () => {
		const check = checkPublishedTable({
			shape: 'bridge',
			columns: ['A', 'B', 'Total'],
			rows: [row('Opening', 'opening', '1', '2', undefined)]
		});
		expect(check.totals[0]?.statedTotal.toString()).toBe('0');
		expect(check.totals[0]?.difference.toString()).toBe('3');
		expect(check.totals[0]?.status).toBe('differs');
	});
});
