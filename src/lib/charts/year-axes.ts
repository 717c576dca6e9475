// What the charts over the model's years share: a year axis and a money axis whose ticks read like
// the tables (money-axis.ts).
import * as Plot from '@observablehq/plot';
import type { MoneyUnit, NegativeStyle } from '../engine/index';
import { moneyAxisY, type MoneyScale } from './money-axis';

export const FONT_SIZE = 12;

/** The x axis of years and the y axis of money in `unit`, ticks at display precision. */
export function yearAxes(unit: MoneyUnit, scale: MoneyScale, negatives?: NegativeStyle): Plot.Markish[] {
	return [
		Plot.axisX({ tickSize: 0, tickPadding: 8, fontSize: FONT_SIZE, fill: '#212b32' }),
		...moneyAxisY(unit, scale, negatives)
	];
}
