// A tornado: one horizontal bar per input, from the output as the scenario has it to the output
// with the input at its low and at its high, largest swing at the top. Pure: a tornado in, Plot
// options out; a figure becomes a JS number only for drawing.
import * as Plot from '@observablehq/plot';
import { displayDp, fromPounds, showAmount, UNIT_SYMBOL, type MoneyUnit } from '../engine/index';
import type { Tornado } from '../io/tornado';
import { moneyTick } from './money-axis';
import { FONT_SIZE } from './year-axes';

export interface TornadoBar {
	readonly input: string;
	readonly end: 'low' | 'high';
	/** From the base output to the output at this end, in `unit`. */
	readonly from: number;
	readonly to: number;
}

/** Two bars per input (its low end and its high end), inputs in the tornado's order. */
export function tornadoBars(tornado: Tornado, unit: MoneyUnit): TornadoBar[] {
	const base = fromPounds(tornado.base, unit).toNumber();
	return tornado.rows.flatMap((r) =>
		(['low', 'high'] as const).map((end) => ({
			input: r.input.label,
			end,
			from: base,
			to: fromPounds(end === 'low' ? r.lowOutput : r.highOutput, unit).toNumber()
		}))
	);
}

export const TORNADO_COLOURS = { low: '#005eb8', high: '#ed8b00' } as const;

export function tornadoChartOptions(
	tornado: Tornado,
	unit: MoneyUnit,
	{ width = 800 }: { width?: number } = {}
): Plot.PlotOptions {
	const bars = tornadoBars(tornado, unit);
	const dp = displayDp(unit);
	const swings = tornado.rows.map((r) => ({
		input: r.input.label,
		at: Math.max(fromPounds(r.lowOutput, unit).toNumber(), fromPounds(r.highOutput, unit).toNumber()),
		text: showAmount(fromPounds(r.swing, unit), dp)
	}));
	return {
		width,
		height: 40 + 28 * Math.max(tornado.rows.length, 1),
		marginLeft: 280,
		marginRight: 64,
		style: { fontSize: `${FONT_SIZE}px` },
		x: {
			label: `${UNIT_SYMBOL[unit]} (negatives in brackets)`,
			grid: true,
			tickFormat: moneyTick(unit)
		},
		y: { label: null, domain: tornado.rows.map((r) => r.input.label) },
		color: { domain: ['low', 'high'], range: [TORNADO_COLOURS.low, TORNADO_COLOURS.high] },
		marks: [
			Plot.barX(bars, { y: 'input', x1: 'from', x2: 'to', fill: 'end', insetTop: 4, insetBottom: 4 }),
			Plot.ruleX([fromPounds(tornado.base, unit).toNumber()], { stroke: '#212b32' }),
			Plot.text(swings, { y: 'input', x: 'at', text: 'text', textAnchor: 'start', dx: 6, fill: '#212b32' })
		]
	};
}
