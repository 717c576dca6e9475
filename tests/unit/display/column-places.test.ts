// @vitest-environment jsdom
// A table column shows every figure to the same decimal places, so the decimal points line up, at
// display precision and with exact figures alike.
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FigureTable from '../../../src/lib/components/FigureTable.svelte';
import TableView from '../../../src/lib/components/TableView.svelte';
import { columnPlaces, D } from '../../../src/lib/engine/index';
import type { ReportLine } from '../../../src/lib/io/bridge-report';

describe('columnPlaces', () => {
	it.each([
		[['1.5315', '3.063', '9.2'], 1, 'display', 1],
		[['1.5315', '3.063', '9.2'], 1, 'exact', 4],
		[['3.1', undefined, '0'], 1, 'exact', 1],
		[['1200', '35.5'], 0, 'exact', 1],
		[[], 0, 'exact', 0]
	] as const)('columnPlaces(%j, %d, %s) is %d', (values, dp, precision, places) => {
		expect(columnPlaces(values, dp, precision)).toBe(places);
	});
});

const line = (key: string, value: string, stated?: string): ReportLine => ({
	kind: 'step',
	key,
	label: key,
	value,
	...(stated === undefined
		? {}
		: { stated, difference: D(value).minus(stated).toString(), status: 'differs' })
});

/** The figures of one column of a rendered table, top to bottom. */
const column = (container: HTMLElement, col: string) =>
	[...container.querySelectorAll(`[data-col="${col}"]`)].map((c) => c.textContent ?? '');

describe('bridge and QIPP tables', () => {
	// Portsmouth 2017/18 in £m: contingency (1.5315) against (1.5), risk reserve (3.063) against (3.1).
	const lines = [
		line('contingency', '-1.5315', '-1.5'),
		line('risk', '-3.063', '-3.1'),
		line('qipp', '9.2', '9.2')
	];

	it('FigureTable with exact figures writes each column to its longest places: (1.5315), (3.0630), 9.2000', () => {
		const { container } = render(FigureTable, {
			caption: 'Bridge',
			lines,
			dp: 1,
			unitLabel: '£m',
			onopen: () => {},
			precision: 'exact'
		});
		expect(column(container, 'computed')).toEqual(['(1.5315)', '(3.0630)', '9.2000']);
		expect(column(container, 'stated')).toEqual(['(1.5)', '(3.1)', '9.2']);
		// -1.5315 - -1.5 = -0.0315; -3.063 - -3.1 = 0.037; 0.
		expect(column(container, 'difference')).toEqual(['(0.0315)', '0.0370', '0.0000']);
	});

	it('FigureTable at display precision writes every figure to 1 dp in £m', () => {
		const { container } = render(FigureTable, {
			caption: 'Bridge',
			lines,
			dp: 1,
			unitLabel: '£m',
			onopen: () => {}
		});
		expect(column(container, 'computed')).toEqual(['(1.5)', '(3.1)', '9.2']);
	});

	it('TableView (the QIPP table) with exact figures: 1.433, 0.680, 0.500 in one column', () => {
		const { container } = render(TableView, {
			caption: 'QIPP programme',
			table: { name: 't', title: 't', unit: 'm', columns: ['In year'], rows: [] },
			rows: ['1.433', '0.68', '0.5'].map((v, i) => ({
				key: `w${i}`,
				label: `W${i}`,
				role: 'item' as const,
				values: [D(v)]
			})),
			dp: 1,
			negatives: 'brackets',
			testid: 'qipp',
			precision: 'exact'
		});
		expect(column(container, 'In year')).toEqual(['1.433', '0.680', '0.500']);
	});
});
