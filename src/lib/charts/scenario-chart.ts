// One measure by year for every compared scenario: a line and dots per scenario, coloured apart,
// the value printed at each dot. Pure: a comparison in, Plot options out; a figure becomes a JS
// number only for drawing.
import * as Plot from '@observablehq/plot';
import { D, displayDp, fromPounds, showAmount, UNIT_SYMBOL, type MoneyUnit } from '../engine/index';
import type { ComparisonYear, MeasureKey } from '../io/comparison';
import { moneyScale } from './money-axis';
import { FONT_SIZE, yearAxes } from './year-axes';

/** Distinct colours from the NHS palette, one per scenario (at most five are compared). */
export const SCENARIO_COLOURS = ['#005eb8', '#d5281b', '#007f3b', '#ed8b00', '#330072'] as const;

export interface ScenarioPoint {
	readonly year: string;
	readonly scenario: string;
	readonly amount: number;
	readonly text: string;
}

/** The points of `measure` for each scenario and year, in `unit`. */
export function scenarioPoints(
	years: readonly ComparisonYear[],
	names: readonly string[],
	measure: MeasureKey,
	unit: MoneyUnit
): ScenarioPoint[] {
	const dp = displayDp(unit);
	return years.flatMap((y) => {
		const row = y.rows.find((r) => r.key === measure);
		return names.map((scenario, i) => {
			const value = fromPounds(row?.values[i] ?? D(0), unit);
			return { year: y.year, scenario, amount: value.toNumber(), text: showAmount(value, dp) };
		});
	});
}

export function scenarioChartOptions(
	points: readonly ScenarioPoint[],
	names: readonly string[],
	unit: MoneyUnit,
	{ width = 800, height = 300 }: { width?: number; height?: number } = {}
): Plot.PlotOptions {
	const scale = moneyScale(
		points.map((p) => p.amount),
		unit,
		Math.max(2, Math.round(height / 50))
	);
	const colour = { domain: [...names], range: SCENARIO_COLOURS.slice(0, names.length) };
	return {
		width,
		height,
		marginLeft: 64,
		marginRight: 24,
		marginTop: 28,
		style: { fontSize: `${FONT_SIZE}px` },
		x: { type: 'point', label: null, padding: 0.3 },
		y: { label: UNIT_SYMBOL[unit], domain: scale.domain },
		color: colour,
		marks: [
			...yearAxes(unit, scale),
			Plot.ruleY([0], { stroke: '#212b32' }),
			Plot.line(points, { x: 'year', y: 'amount', stroke: 'scenario', strokeWidth: 2 }),
			Plot.dot(points, { x: 'year', y: 'amount', fill: 'scenario', r: 4 }),
			// Labels of alternate scenarios above and below their dots, so close lines stay readable.
			...[-10, 14].map((dy, side) =>
				Plot.text(
					points.filter((p) => names.indexOf(p.scenario) % 2 === side),
					{ x: 'year', y: 'amount', text: 'text', fill: 'scenario', dy, fontSize: FONT_SIZE }
				)
			)
		]
	};
}
