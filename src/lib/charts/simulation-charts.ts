// The charts of a Monte Carlo simulation: a histogram of the risk-adjusted position in one year,
// with its P10, P50 and P90 marked, and a fan chart of the position over the years (P10 to P90 and
// P25 to P75 bands, the median line, the control total). Pure: a summary in, Plot options out; a
// figure becomes a JS number only for drawing.
import * as Plot from '@observablehq/plot';
import { fromPounds, UNIT_SYMBOL, type Dec, type MoneyUnit } from '../engine/index';
import type { SimulationSummary } from '../simulate/summary';
import { moneyScale } from './money-axis';
import { FONT_SIZE, yearAxes } from './year-axes';

export const SIMULATION_COLOURS = {
	bars: '#005eb8',
	outer: '#a6c8ec',
	inner: '#4f8fd6',
	median: '#003087',
	target: '#212b32',
	percentile: '#ed8b00'
} as const;

const drawn = (pounds: Dec, unit: MoneyUnit) => fromPounds(pounds, unit).toNumber();
const bracketed = (d: number) => (d < 0 ? `(${-d})` : `${d}`);

/** The histogram's bars in `unit`: each bin's ends and its count of runs. */
export function histogramBars(summary: SimulationSummary, unit: MoneyUnit) {
	return summary.histogram.map((b) => ({ x1: drawn(b.from, unit), x2: drawn(b.to, unit), runs: b.count }));
}

export function histogramChartOptions(
	summary: SimulationSummary,
	unit: MoneyUnit,
	{ width = 800 }: { width?: number } = {}
): Plot.PlotOptions {
	const year = summary.years.find((y) => y.year === summary.year);
	const marks = year
		? [
				{ label: 'P10', at: drawn(year.p10, unit) },
				{ label: 'P50', at: drawn(year.p50, unit) },
				{ label: 'P90', at: drawn(year.p90, unit) }
			]
		: [];
	return {
		width,
		height: 280,
		marginTop: 28,
		marginLeft: 56,
		style: { fontSize: `${FONT_SIZE}px` },
		x: { label: `Risk-adjusted position, ${summary.year} (${UNIT_SYMBOL[unit]})`, tickFormat: bracketed },
		y: { label: 'Runs', grid: true },
		marks: [
			Plot.rectY(histogramBars(summary, unit), {
				x1: 'x1',
				x2: 'x2',
				y: 'runs',
				fill: SIMULATION_COLOURS.bars,
				insetLeft: 0.5,
				insetRight: 0.5
			}),
			Plot.ruleY([0]),
			Plot.ruleX(marks, {
				x: 'at',
				stroke: SIMULATION_COLOURS.percentile,
				strokeWidth: 2,
				strokeDasharray: '4 3'
			}),
			Plot.text(marks, { x: 'at', text: 'label', frameAnchor: 'top', dy: -16, fill: '#212b32' })
		]
	};
}

/** The fan's points per year, in `unit`. */
export function fanPoints(summary: SimulationSummary, unit: MoneyUnit) {
	return summary.fan.map((f) => {
		const year = summary.years.find((y) => y.year === f.year);
		return {
			year: f.year,
			p10: drawn(f.p10, unit),
			p25: drawn(f.p25, unit),
			p50: drawn(f.p50, unit),
			p75: drawn(f.p75, unit),
			p90: drawn(f.p90, unit),
			target: year ? drawn(year.target, unit) : 0
		};
	});
}

export function fanChartOptions(
	summary: SimulationSummary,
	unit: MoneyUnit,
	{ width = 800 }: { width?: number } = {}
): Plot.PlotOptions {
	const points = fanPoints(summary, unit);
	// Ticks only where the display rules can write them (money-axis.ts), as every chart.
	const scale = moneyScale(
		points.flatMap((p) => [p.p10, p.p90, p.target, 0]),
		unit
	);
	return {
		width,
		height: 300,
		marginLeft: 56,
		style: { fontSize: `${FONT_SIZE}px` },
		x: { type: 'point', label: null, domain: points.map((p) => p.year), inset: 40 },
		y: { grid: true, label: UNIT_SYMBOL[unit], domain: scale.domain },
		marks: [
			...yearAxes(unit, scale),
			Plot.areaY(points, { x: 'year', y1: 'p10', y2: 'p90', fill: SIMULATION_COLOURS.outer }),
			Plot.areaY(points, { x: 'year', y1: 'p25', y2: 'p75', fill: SIMULATION_COLOURS.inner }),
			Plot.line(points, { x: 'year', y: 'p50', stroke: SIMULATION_COLOURS.median, strokeWidth: 2.5 }),
			Plot.dot(points, { x: 'year', y: 'p50', fill: SIMULATION_COLOURS.median, r: 3.5 }),
			Plot.line(points, {
				x: 'year',
				y: 'target',
				stroke: SIMULATION_COLOURS.target,
				strokeDasharray: '5 4',
				strokeWidth: 1.5
			}),
			Plot.ruleY([0], { stroke: '#768692' })
		]
	};
}
