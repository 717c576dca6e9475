// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { D, ZERO, type Dec } from '../../../src/lib/engine/decimal';
import { evaluateModel, type ModelResult } from '../../../src/lib/engine/evaluate';
import type { ModelInput } from '../../../src/lib/engine/types';
import type { MoneyUnit } from '../../../src/lib/engine/units';
import { CONSOLIDATED } from '../../../src/lib/io/bridge-report';
import { qippReports, type QippReport } from '../../../src/lib/io/qipp-report';
import {
	qippChartData,
	qippChartOptions,
	UNIDENTIFIED_COLOUR,
	UNIDENTIFIED_KEY,
	type QippChart
} from '../../../src/lib/charts/qipp-chart';

import { ICB, models, PORTSMOUTH, views } from './examples';

/** The QIPP table's records of one organisation (or the consolidated total), year by year. */
function reportsOf(
	input: ModelInput,
	result: ModelResult,
	organisation: string,
	unit: MoneyUnit
): QippReport[] {
	return qippReports(input, result, { unit, scenario: 'baseline', organisation }).filter(
		(r) => r.organisation === organisation
	);
}

function lineValue(report: QippReport, key: string): string {
	const line = report.lines.find((l) => l.key === key);
	if (!line) throw new Error(`no ${key} line`);
	return line.value;
}

/** Every organisation of the model and the consolidated total. */
const targets = (result: ModelResult) => [...result.organisations.map((o) => o.id), CONSOLIDATED];

const segmentsOf = (chart: QippChart, year: string) => chart.segments.filter((s) => s.year === year);
const total = (values: readonly string[]): Dec => values.reduce((t, v) => t.plus(D(v)), ZERO);

describe('qippChartData agrees with the QIPP table (qippReports)', () => {
	for (const [path, input] of Object.entries(models)) {
		for (const view of views) {
			const result = evaluateModel(input, view);
			for (const organisation of targets(result)) {
				for (const unit of ['gbp', 'k', 'm'] as const) {
					const chart = qippChartData(input, result, organisation, unit);
					const reports = reportsOf(input, result, organisation, unit);

					it(`${path} ${view} ${organisation} in ${unit}: one stack per model year`, () => {
						expect(reports.length).toBe(input.years.length);
						expect(chart.years.map((y) => y.year)).toEqual(reports.map((r) => r.year));
					});

					it(`${path} ${view} ${organisation} in ${unit}: workstream segments are the table's in-year savings`, () => {
						for (const report of reports) {
							const identified = segmentsOf(chart, report.year).filter((s) => s.kind === 'identified');
							expect(identified.map((s) => [s.label, s.value])).toEqual(
								report.workstreams.map((w) => [w.workstream, w.value])
							);
						}
					});

					it(`${path} ${view} ${organisation} in ${unit}: identified + unidentified is the total QIPP in the plan, exactly`, () => {
						for (const [i, report] of reports.entries()) {
							const year = chart.years[i]!;
							const segments = segmentsOf(chart, report.year);
							const identified = total(segments.filter((s) => s.kind === 'identified').map((s) => s.value));
							const unidentified = segments.filter((s) => s.kind === 'unidentified');
							expect(unidentified).toHaveLength(1);
							expect(identified.eq(D(lineValue(report, 'qipp_identified')))).toBe(true);
							expect(year.identified).toBe(lineValue(report, 'qipp_identified'));
							expect(unidentified[0]!.value).toBe(lineValue(report, 'qipp_unidentified_planned'));
							expect(year.unidentified).toBe(lineValue(report, 'qipp_unidentified_planned'));
							expect(
								identified.plus(D(unidentified[0]!.value)).eq(D(lineValue(report, 'qipp_planned')))
							).toBe(true);
							expect(D(year.planned).eq(D(lineValue(report, 'qipp_planned')))).toBe(true);
						}
					});

					it(`${path} ${view} ${organisation} in ${unit}: the tick is the required QIPP`, () => {
						for (const [i, report] of reports.entries()) {
							expect(chart.years[i]?.required).toBe(lineValue(report, 'qipp_required'));
							expect(chart.years[i]?.requiredAmount).toBe(Number(lineValue(report, 'qipp_required')));
						}
					});
				}
			}
		}
	}

	it('icb template (plan): where the plan balances, identified + unidentified is the requirement exactly', () => {
		const input = models[ICB];
		const result = evaluateModel(input, 'plan');
		let checked = 0;
		for (const organisation of targets(result)) {
			const chart = qippChartData(input, result, organisation, 'k');
			for (const report of reportsOf(input, result, organisation, 'k')) {
				// Balancing never plans a negative amount: only where something was still needed.
				if (D(lineValue(report, 'qipp_unidentified')).isNegative()) continue;
				const stack = total(segmentsOf(chart, report.year).map((s) => s.value));
				expect(stack.eq(D(lineValue(report, 'qipp_required')))).toBe(true);
				checked += 1;
			}
		}
		expect(checked).toBeGreaterThan(0);
	});

	it('portsmouth 2017/18: the stated unidentified QIPP over-plans, so the stack rises above the tick', () => {
		const input = models[PORTSMOUTH];
		const chart = qippChartData(input, evaluateModel(input, 'plan'), 'portsmouth', 'k');
		const [report] = reportsOf(input, evaluateModel(input, 'plan'), 'portsmouth', 'k');
		const year = chart.years[0]!;
		expect(
			D(year.planned)
				.minus(D(year.required))
				.eq(D(lineValue(report!, 'qipp_planned')).minus(D(lineValue(report!, 'qipp_required'))))
		).toBe(true);
		expect(D(year.planned).gt(D(year.required))).toBe(true);
		expect(year.top).toBeGreaterThan(year.requiredAmount);
	});
});

describe('qippChartData consolidated', () => {
	for (const [path, input] of Object.entries(models)) {
		for (const view of views) {
			const result = evaluateModel(input, view);
			it(`${path} ${view}: each consolidated segment and total is the sum over organisations`, () => {
				const consolidated = qippChartData(input, result, CONSOLIDATED, 'gbp');
				const perOrg = result.organisations.map((o) => qippChartData(input, result, o.id, 'gbp'));
				for (const segment of consolidated.segments) {
					const parts = perOrg.flatMap((c) =>
						c.segments.filter((s) => s.year === segment.year && s.key === segment.key).map((s) => s.value)
					);
					expect(total(parts).eq(D(segment.value))).toBe(true);
				}
				for (const [i, year] of consolidated.years.entries()) {
					for (const field of ['identified', 'unidentified', 'planned', 'required'] as const) {
						expect(total(perOrg.map((c) => c.years[i]![field])).eq(D(year[field]))).toBe(true);
					}
				}
			});
		}
	}

	it('icb template: workstream totals over the years match the QIPP table, and every scheme is in one', () => {
		const input = models[ICB];
		const result = evaluateModel(input, 'plan');
		const chart = qippChartData(input, result, CONSOLIDATED, 'gbp');
		const reports = reportsOf(input, result, CONSOLIDATED, 'gbp');
		const names = [...new Set(input.organisations.flatMap((o) => o.schemes.map((s) => s.workstream)))];
		expect(chart.series.map((s) => s.label)).toEqual([...names, 'Unidentified QIPP']);
		for (const name of names) {
			const drawn = total(
				chart.segments.filter((s) => s.label === name && s.kind === 'identified').map((s) => s.value)
			);
			const table = total(
				reports.flatMap((r) => r.workstreams.filter((w) => w.workstream === name).map((w) => w.value))
			);
			expect(drawn.eq(table)).toBe(true);
		}
	});
});

describe('qippChartData units and colours', () => {
	const input = models[ICB];
	const result = evaluateModel(input, 'plan');

	it('qippChartData(..., unit) shifts the decimal point exactly: £k is £ / 1000, £m is £ / 1,000,000', () => {
		const pounds = qippChartData(input, result, 'north', 'gbp');
		const thousands = qippChartData(input, result, 'north', 'k');
		const millions = qippChartData(input, result, 'north', 'm');
		pounds.segments.forEach((s, i) => {
			expect(D(thousands.segments[i]!.value).eq(D(s.value).div(1000))).toBe(true);
			expect(D(millions.segments[i]!.value).eq(D(s.value).div(1_000_000))).toBe(true);
			expect(millions.segments[i]!.amount).toBe(D(s.value).div(1_000_000).toNumber());
		});
		expect(millions.years[0]!.text.required).toMatch(/^\(?[\d,]+\.\d\)?$/);
		expect(pounds.years[0]!.text.required).toMatch(/^\(?[\d,]+\)?$/);
	});

	it('qippChartData keeps a workstream colour whichever organisation is shown; unidentified is grey', () => {
		const colours = new Map<string, string>();
		for (const organisation of targets(result)) {
			for (const series of qippChartData(input, result, organisation, 'm').series) {
				expect(colours.get(series.key) ?? series.colour).toBe(series.colour);
				colours.set(series.key, series.colour);
			}
		}
		expect(colours.get(UNIDENTIFIED_KEY)).toBe(UNIDENTIFIED_COLOUR);
		const workstreamColours = [...colours].filter(([k]) => k !== UNIDENTIFIED_KEY).map(([, c]) => c);
		expect(new Set(workstreamColours).size).toBe(workstreamColours.length);
	});

	it('qippChartData(unknown organisation) throws', () => {
		expect(() => qippChartData(input, result, 'nowhere', 'm')).toThrow(/nowhere/);
	});
});

describe('qippChartOptions', () => {
	const input = models[ICB];
	const result = evaluateModel(input, 'plan');
	const chart = qippChartData(input, result, CONSOLIDATED, 'm');
	const options = qippChartOptions(chart, { width: 900, height: 360 });

	it('qippChartOptions(chart) orders x by model year and colours segments by series', () => {
		expect(options.x?.domain).toEqual(input.years);
		expect(options.color?.domain).toEqual(chart.series.map((s) => s.key));
		expect(options.color?.range).toEqual(chart.series.map((s) => s.colour));
		expect(options.y?.label).toBe('£m');
		expect(options.width).toBe(900);
	});

	it('qippChartOptions(chart) passes the segments to the bar mark and the years to the tick', () => {
		const marks = (options.marks ?? []) as { ariaLabel?: string; data?: unknown }[];
		expect(marks.find((m) => m.ariaLabel === 'bar')?.data).toEqual(chart.segments);
		expect(marks.find((m) => m.ariaLabel === 'tick')?.data).toEqual(chart.years);
	});

	it('qippChartOptions(chart) describes every year for screen readers', () => {
		for (const year of chart.years) {
			expect(options.ariaDescription).toContain(`${year.year}: identified ${year.text.identified}`);
			expect(options.ariaDescription).toContain(`required ${year.text.required}`);
		}
		expect(options.ariaLabel).toBe('QIPP by workstream, Consolidated');
	});

	it('Plot draws the chart (jsdom): a rect per segment and a tick per year', () => {
		for (const organisation of targets(result)) {
			const drawn = qippChartData(input, result, organisation, 'm');
			const svg = Plot.plot(qippChartOptions(drawn));
			expect(svg.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(drawn.segments.length);
			expect(svg.querySelectorAll('g[aria-label="tick"] line')).toHaveLength(drawn.years.length);
		}
		const portsmouth = models[PORTSMOUTH];
		const risk = qippChartData(portsmouth, evaluateModel(portsmouth, 'risk'), 'portsmouth', 'gbp');
		const svg = Plot.plot(qippChartOptions(risk));
		expect(svg.getAttribute('aria-label')).toBe('QIPP by workstream, NHS Portsmouth CCG');
	});
});
