// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { D, ZERO } from '../../../src/lib/engine/decimal';
import { evaluateModel, type ModelResult } from '../../../src/lib/engine/evaluate';
import { bridgeReports, CONSOLIDATED, type BridgeReport } from '../../../src/lib/io/bridge-report';
import { qippReports } from '../../../src/lib/io/qipp-report';
import {
	positionChartData,
	positionChartOptions,
	POSITION_COLOURS
} from '../../../src/lib/charts/position-chart';

import { ICB, models, PORTSMOUTH, views } from './examples';
const targets = (result: ModelResult) => [...result.organisations.map((o) => o.id), CONSOLIDATED];

function lineOf(lines: BridgeReport['lines'], key: string): string {
	const line = lines.find((l) => l.key === key);
	if (!line) throw new Error(`no ${key} line`);
	return line.value;
}

describe('positionChartData agrees with the bridge (bridgeReports)', () => {
	for (const [path, input] of Object.entries(models)) {
		for (const view of views) {
			const result = evaluateModel(input, view);
			for (const organisation of targets(result)) {
				for (const unit of ['gbp', 'k', 'm'] as const) {
					it(`${path} ${view} ${organisation} in ${unit}: closing line, target and headroom per year`, () => {
						const chart = positionChartData(result, organisation, unit);
						const options = { unit, scenario: 'baseline', organisation };
						const bridges = bridgeReports(input, result, options).filter(
							(r) => r.organisation === organisation
						);
						const qipp = qippReports(input, result, options).filter((r) => r.organisation === organisation);
						expect(bridges).toHaveLength(input.years.length);
						expect(chart.years.map((y) => y.year)).toEqual(bridges.map((b) => b.year));
						for (const [i, bridge] of bridges.entries()) {
							const year = chart.years[i]!;
							const closing = bridge.lines.find((l) => l.kind === 'closing')!.value;
							expect(year.closing).toBe(closing);
							expect(year.closingAmount).toBe(Number(closing));
							expect(year.target).toBe(lineOf(bridge.context, 'target'));
							expect(year.targetAmount).toBe(Number(lineOf(bridge.context, 'target')));
							expect(D(year.headroom).eq(D(year.closing).minus(D(year.target)))).toBe(true);
							expect(year.headroom).toBe(lineOf(qipp[i]!.lines, 'headroom'));
							expect(year.kind).toBe(D(closing).isNegative() ? 'deficit' : 'surplus');
						}
					});
				}
			}

			it(`${path} ${view}: the consolidated position and target are the sums over organisations`, () => {
				const consolidated = positionChartData(result, CONSOLIDATED, 'gbp');
				const perOrg = result.organisations.map((o) => positionChartData(result, o.id, 'gbp'));
				expect(consolidated.organisationName).toBe('Consolidated');
				for (const [i, year] of consolidated.years.entries()) {
					for (const field of ['closing', 'target', 'headroom'] as const) {
						const parts = perOrg.map((c) => D(c.years[i]![field]));
						expect(parts.reduce((t, v) => t.plus(v), ZERO).eq(D(year[field]))).toBe(true);
					}
				}
			});
		}
	}

	it('portsmouth 2017/18 (plan): closes at the exact 0.5045 £m, not the 0.0 printed', () => {
		const input = models[PORTSMOUTH];
		const [bridge] = bridgeReports(input, evaluateModel(input, 'plan'), {
			unit: 'gbp',
			scenario: 'baseline',
			year: '2017/18'
		});
		const chart = positionChartData(evaluateModel(input, 'plan'), 'portsmouth', 'm');
		expect(
			D(chart.years[0]!.closing)
				.times(1_000_000)
				.eq(D(lineOf(bridge!.lines, 'closing')))
		).toBe(true);
		expect(chart.years[0]!.text.closing).toBe('0.5');
	});

	it('positionChartData(..., unit) shifts the decimal point exactly', () => {
		const result = evaluateModel(models[ICB], 'risk');
		const pounds = positionChartData(result, CONSOLIDATED, 'gbp');
		const thousands = positionChartData(result, CONSOLIDATED, 'k');
		pounds.years.forEach((y, i) => {
			expect(D(thousands.years[i]!.closing).eq(D(y.closing).div(1000))).toBe(true);
			expect(D(thousands.years[i]!.target).eq(D(y.target).div(1000))).toBe(true);
		});
	});

	it('positionChartData(unknown organisation) throws', () => {
		expect(() => positionChartData(evaluateModel(models[ICB]), 'nowhere', 'm')).toThrow(/nowhere/);
	});
});

describe('positionChartOptions', () => {
	// The risk view of the ICB template misses its target: deficits to draw below zero.
	const risk = positionChartData(evaluateModel(models[ICB], 'risk'), CONSOLIDATED, 'm');

	it('the risk view of the ICB template has a deficit to draw (so the tests below draw one)', () => {
		expect(risk.years.some((y) => y.kind === 'deficit')).toBe(true);
	});

	it('positionChartOptions(chart) orders x by model year, always shows zero and colours by kind', () => {
		const options = positionChartOptions(risk, { width: 700 });
		expect(options.x?.domain).toEqual(models[ICB].years);
		const [low, high] = options.y?.domain as [number, number];
		expect(low).toBeLessThanOrEqual(0);
		expect(high).toBeGreaterThanOrEqual(0);
		expect(options.color?.domain).toEqual(Object.keys(POSITION_COLOURS));
		expect(options.color?.range).toEqual(Object.values(POSITION_COLOURS));
		expect(options.ariaDescription).toContain(
			`${risk.years[0]!.year}: surplus/(deficit) ${risk.years[0]!.text.closing}`
		);
		const marks = (options.marks ?? []) as { ariaLabel?: string; data?: unknown }[];
		expect(marks.find((m) => m.ariaLabel === 'bar')?.data).toEqual(risk.years);
		expect(marks.find((m) => m.ariaLabel === 'line')?.data).toEqual(risk.years);
	});

	it('Plot draws a deficit as a red bar below the zero line, a surplus above it (jsdom)', () => {
		const svg = Plot.plot(positionChartOptions(risk, { width: 700, height: 300 }));
		const zero = Number(svg.querySelector('g[aria-label="rule"] line')?.getAttribute('y1'));
		const rects = [...svg.querySelectorAll('g[aria-label="bar"] rect')];
		expect(rects).toHaveLength(risk.years.length);
		rects.forEach((rect, i) => {
			const top = Number(rect.getAttribute('y'));
			const bottom = top + Number(rect.getAttribute('height'));
			if (risk.years[i]!.kind === 'deficit') {
				expect(rect.getAttribute('fill')).toBe(POSITION_COLOURS.deficit);
				expect(top).toBeCloseTo(zero, 6);
				expect(bottom).toBeGreaterThan(zero);
			} else {
				expect(rect.getAttribute('fill')).toBe(POSITION_COLOURS.surplus);
				expect(bottom).toBeCloseTo(zero, 6);
			}
		});
		expect(svg.querySelectorAll('g[aria-label="dot"] circle')).toHaveLength(risk.years.length);
	});

	it('a balanced plan (every figure zero) still gets a y domain, so no bar fills the plot', () => {
		// Break-even on a zero target every year, as a plan that balances its QIPP shows.
		const balanced = {
			...risk,
			years: risk.years.map((y) => ({ ...y, closing: '0', target: '0', closingAmount: 0, targetAmount: 0 }))
		};
		expect(positionChartOptions(balanced).y?.domain).toEqual([-1, 1]);
		const svg = Plot.plot(positionChartOptions(balanced));
		for (const rect of svg.querySelectorAll('g[aria-label="bar"] rect'))
			expect(rect.getAttribute('height')).toBe('0');
	});

	/** The y axis's tick labels as drawn. */
	const ticksOf = (svg: Element) =>
		[...svg.querySelectorAll('g[aria-label="y-axis tick label"] text')].map((t) => t.textContent);

	it('Portsmouth in £m: ticks at 1 dp (0.1 apart, never 0.45), as the tables write figures (jsdom)', () => {
		// Closing 2017/18 is 0.5045 (£m), 2018/19 and both targets 0: the axis runs 0 to 0.6.
		const chart = positionChartData(evaluateModel(models[PORTSMOUTH], 'plan'), 'portsmouth', 'm');
		const svg = Plot.plot(positionChartOptions(chart, { width: 700, height: 320 }));
		expect(ticksOf(svg)).toEqual(['0.0', '0.1', '0.2', '0.3', '0.4', '0.5', '0.6']);
	});

	it('Portsmouth in £k: ticks in whole £k with separators; deficits in the chosen negative style (jsdom)', () => {
		const chart = positionChartData(evaluateModel(models[PORTSMOUTH], 'plan'), 'portsmouth', 'k');
		// 0 to 504.5 (£k) in steps of 100.
		expect(ticksOf(Plot.plot(positionChartOptions(chart, { height: 320 })))).toEqual([
			'0',
			'100',
			'200',
			'300',
			'400',
			'500',
			'600'
		]);
		const minus = ticksOf(Plot.plot(positionChartOptions(risk, { height: 320, negatives: 'minus' })));
		const brackets = ticksOf(Plot.plot(positionChartOptions(risk, { height: 320 })));
		expect(minus.some((t) => t?.startsWith('-'))).toBe(true);
		expect(brackets.some((t) => t?.startsWith('('))).toBe(true);
		expect(brackets.every((t) => /^\(?\d[\d,]*(\.\d)?\)?$/.test(t ?? ''))).toBe(true);
	});
});
