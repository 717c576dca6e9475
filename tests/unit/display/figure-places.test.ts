// @vitest-environment jsdom
// The number-format rules, over every place a figure is shown: one row per place, an example
// figure, and the text expected there, written by hand from the rules (DESIGN §2, Display;
// engine/display.ts): £m to 1 dp, £k and £ to whole units, half-up; money negatives in brackets (or
// minus), rates and per-head rates always minus; rates with a % sign; an amount under £1,000 in
// pounds and pence; inputs as entered; results at display precision, exact values one click away.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureTable from '../../../src/lib/components/FigureTable.svelte';
import LineWorking from '../../../src/lib/components/LineWorking.svelte';
import TableView from '../../../src/lib/components/TableView.svelte';
import {
	D,
	plainFigure,
	showEntered,
	showFigure,
	showInput,
	showMoney,
	showPercent,
	spreadsheetFormat,
	type MoneyUnit,
	type NegativeStyle
} from '../../../src/lib/engine/index';
import type { ReportLine } from '../../../src/lib/io/bridge-report';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import { gridCell, showValue } from '../../../src/lib/notebook/sheet';
import { costLinesSheet, qippSheet } from '../../../src/lib/notebook/sheets';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { ICB, loadExample } from '../notebook/fixtures';

/** The bridge table's cells for one line, as rendered (FigureTable, the bridge and context tables). */
function bridgeCells(
	line: Partial<ReportLine>,
	dp: number,
	exact = false,
	negatives: NegativeStyle = 'brackets'
) {
	const { container } = render(FigureTable, {
		caption: 'Bridge',
		lines: [{ kind: 'step', key: 'x', label: 'X', value: '0', ...line }],
		dp,
		unitLabel: '£m',
		onopen: () => {},
		negatives,
		precision: exact ? 'exact' : 'display'
	});
	const text = (col: string) => container.querySelector(`[data-col="${col}"]`)?.textContent ?? '';
	return { computed: text('computed'), stated: text('stated'), difference: text('difference') };
}

/** Every organisation's table and the QIPP table (TableView), one figure, in a unit. */
function tableCell(value: string, unit: MoneyUnit, dp: number, exact = false) {
	const { container } = render(TableView, {
		caption: 'Bridge',
		table: { name: 't', title: 't', unit, columns: ['North'], rows: [] },
		rows: [{ key: 'x', label: 'X', role: 'step', values: [D(value)] }],
		dp,
		negatives: 'brackets',
		testid: 't',
		precision: exact ? 'exact' : 'display'
	});
	return container.querySelector('td')?.textContent ?? '';
}

/** A cost line's cost in the cost-line grid, with the page in `unit`: North's running costs, 2026/27. */
function gridCost(unit: MoneyUnit) {
	const nb = new NotebookState(loadExample(ICB), { store: createMemoryStore(), id: undefined, revision: 0 });
	nb.unit = unit;
	const sheet = costLinesSheet(nb, 'north')!;
	const row = sheet.rows.find((r) => r.key === 'running_costs')!;
	const col = sheet.columns.findIndex((c) => c.key === 'cost 2026/27');
	return [gridCell(nb, row.cells[col]!).display, sheet.columns[col]!.label] as const;
}

/** The QIPP grid's first total row, its header or its first year's figure, with the page in `unit`. */
function qippTotal(unit: MoneyUnit, figure = false) {
	const nb = new NotebookState(loadExample(ICB), { store: createMemoryStore(), id: undefined, revision: 0 });
	nb.unit = unit;
	const total = qippSheet(nb, 'north')!.footer![0]!;
	return figure ? gridCell(nb, total.cells[4]!).display : total.header;
}

const money = (value: string) => ({ label: 'Contingency', value: D(value), unit: 'gbp' as const });

describe('every place a figure is shown', () => {
	// [place, example, expected]. The examples' arithmetic is in their names where it needs any.
	const places: [string, () => string, string][] = [
		// Bridge table (FigureTable): computed, published and difference columns alike.
		[
			'bridge table, computed, £m: -10.4315 half-up to 1 dp',
			() => bridgeCells({ value: '-10.4315' }, 1).computed,
			'(10.4)'
		],
		[
			'bridge table, computed, £m, minus style',
			() => bridgeCells({ value: '-10.4315' }, 1, false, 'minus').computed,
			'-10.4'
		],
		['bridge table, published, £m', () => bridgeCells({ stated: '0' }, 1).stated, '0.0'],
		[
			'bridge table, difference 0.5045 £m, at display precision',
			() => bridgeCells({ stated: '0', difference: '0.5045' }, 1).difference,
			'0.5'
		],
		[
			'bridge table, difference -0.0315 £m rounds to nothing',
			() => bridgeCells({ stated: '0', difference: '-0.0315' }, 1).difference,
			'0.0'
		],
		[
			'bridge table, Exact figures: the difference',
			() => bridgeCells({ stated: '0', difference: '0.5045' }, 1, true).difference,
			'0.5045'
		],
		[
			'bridge table, Exact figures: a negative difference',
			() => bridgeCells({ stated: '0', difference: '-0.0315' }, 1, true).difference,
			'(0.0315)'
		],
		[
			'bridge table, Exact figures: never fewer places than shown',
			() => bridgeCells({ value: '3' }, 1, true).computed,
			'3.0'
		],
		[
			'bridge table, £k: 504.5 half-up to whole units',
			() => bridgeCells({ value: '504.5' }, 0).computed,
			'505'
		],
		['bridge table, £: 504,500', () => bridgeCells({ value: '504500' }, 0).computed, '504,500'],
		// Every organisation's table and the QIPP table (TableView).
		['organisations table, £k: -1,531.5', () => tableCell('-1531.5', 'k', 0), '(1,532)'],
		['QIPP table, £m: 9.199', () => tableCell('9.199', 'm', 1), '9.2'],
		['QIPP table, Exact figures', () => tableCell('9.199', 'm', 1, true), '9.199'],
		// Named values (CellBlock shows money with showMoney, percentages with showPercent).
		['named value, money in £m: £1,531,500', () => showMoney(D('1531500'), 'm'), '£1.5m'],
		['named value, money in £k', () => showMoney(D('1531500'), 'k'), '£1,532k'],
		['named value, money in £', () => showMoney(D('-1531500'), 'gbp'), '(£1,531,500)'],
		['named value, £1.50 per head in a £m page', () => showMoney(D('1.5'), 'm'), '£1.50'],
		['named value, £1.50 per head in a £ page', () => showMoney(D('1.5'), 'gbp'), '£1.50'],
		['named value, a percentage: 0.021', () => showPercent(D('0.021')), '2.1%'],
		['named value, a negative percentage', () => showPercent(D('-0.005')), '-0.5%'],
		// The working panel (LineWorking, showInput): display precision, "Exact values" one click away.
		['working, money input in £m: £1,531,500', () => showInput(money('1531500'), 'm'), '£1.5m'],
		['working, money input, exact', () => showInput(money('1531500'), 'm', 'exact'), '£1.5315m'],
		[
			'working, per-head rate',
			() => showInput({ label: 'Rate', value: D('1.5'), unit: 'perHead' }, 'm'),
			'£1.50 per head'
		],
		['working, a rate', () => showInput({ label: 'Rate', value: D('0.005'), unit: 'fraction' }, 'm'), '0.5%'],
		[
			'working, a count',
			() => showInput({ label: 'Heads', value: D('520000'), unit: 'count' }, 'm'),
			'520,000'
		],
		// Grid inputs, as entered (sheet.ts showValue through showEntered).
		['grid input, money as entered (its places kept)', () => showValue('money', '4.60', 'brackets'), '4.60'],
		['grid input, a negative amount', () => showValue('money', '-3.4', 'brackets'), '(3.4)'],
		['grid input, a negative amount, minus style', () => showValue('money', '-3.4', 'minus'), '-3.4'],
		['grid input, a rate with its % sign', () => showValue('rate', '2.1', 'brackets'), '2.1%'],
		['grid input, a negative rate: always minus', () => showValue('rate', '-0.5', 'brackets'), '-0.5%'],
		['grid input, £ per head: at least 2 places', () => showValue('perHead', '1.5', 'brackets'), '£1.50'],
		['grid input, a count', () => showValue('count', '215000', 'brackets'), '215,000'],
		['grid input, as entered by showEntered', () => showEntered('money', '1234.5', 'brackets'), '1,234.5'],
		// Grid results follow the page's unit: running costs 25 x 1.02 x 1.01 = 25.755 £m in 2026/27.
		['cost-line grid, cost in £m', () => gridCost('m')[0], '25.8'],
		['cost-line grid, cost in £k', () => gridCost('k')[0], '25,755'],
		['cost-line grid, cost in £', () => gridCost('gbp')[0], '25,755,000'],
		['cost-line grid, cost column heading in £k', () => gridCost('k')[1], 'Cost (£k) 2026/27'],
		[
			'QIPP grid, a total row names the page unit when it is not the entry unit',
			() => qippTotal('k'),
			'Identified (in-year effect) (£k)'
		],
		// In-year effects from the start months: 5.5 (M01) + 3 x 9/12 (M04) + 4 x 6/12 (M07)
		// + 3.5 x 6/12 (M07) + 2 x 3/12 (M10) = 5.5 + 2.25 + 2 + 1.75 + 0.5 = 12.0 £m, 12,000 £k.
		['QIPP grid, a total in £k: North identified 2026/27', () => qippTotal('k', true), '12,000'],
		// Leaving the app: files and workbooks.
		['CSV "as shown": -1.5315 £m', () => plainFigure(D('-1.5315'), 'm', 'display'), '-1.5'],
		['CSV exact', () => plainFigure(D('-1.5315'), 'm', 'full'), '-1.5315'],
		['Excel number format, £m in brackets', () => spreadsheetFormat('m', 'brackets'), '#,##0.0;(#,##0.0)'],
		['Excel number format, £k with minus', () => spreadsheetFormat('k', 'minus'), '#,##0;-#,##0'],
		// Sentences under a table (FigureBlock) round like the table.
		['a sentence: the closing difference', () => showFigure('0.5045', 1), '0.5']
	];

	it.each(places)('%s', (_place, shown, expected) => {
		expect(shown()).toBe(expected);
	});

	it('the working panel shows inputs at display precision, and exactly after one click', async () => {
		render(LineWorking, {
			label: 'Contingency',
			explanation: { formula: 'rate x allocation', inputs: [money('1531500')] },
			unit: 'm',
			onclose: () => {}
		});
		expect(screen.getByRole('cell').textContent).toBe('£1.5m');
		await fireEvent.click(screen.getByRole('button', { name: 'Exact values' }));
		expect(screen.getByRole('cell').textContent).toBe('£1.5315m');
		expect(screen.getByRole('button', { name: 'Exact values' }).getAttribute('aria-pressed')).toBe('true');
	});
});
