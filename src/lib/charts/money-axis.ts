// A money axis that reads like the tables: ticks only at amounts the display rule can show (£m to
// 1 dp, so never 0.45; £k and £ in whole units), each written by the display module in the chosen
// negative style. Works on numbers, which here only place marks on the chart.
import * as Plot from '@observablehq/plot';
import { D, displayDp, showAmount, UNIT_SYMBOL, type MoneyUnit, type NegativeStyle } from '../engine/index';

export interface MoneyScale {
	/** The axis runs from the tick at or below the lowest amount to the one at or above the highest. */
	readonly domain: [number, number];
	readonly ticks: number[];
}

/** The nice step (1, 2 or 5 times a power of ten) for about `count` intervals over `span`. */
function niceStep(span: number, count: number): number {
	const raw = span / Math.max(count, 1);
	const power = 10 ** Math.floor(Math.log10(raw));
	const error = raw / power;
	return (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1) * power;
}

/** Decimal places a multiple of `step` needs, so 3 x 0.1 is drawn at 0.3, not 0.30000000000000004. */
function placesOf(step: number): number {
	return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * The domain and ticks of a money axis over `amounts` (zero always included) in `unit`: about
 * `count` ticks, a step no finer than the unit's display precision. All zeros open out to -1..1,
 * so a balanced plan is a flat line on an axis: Plot would stretch zero-height bars over the plot.
 * @example moneyScale([0, 0.5045], 'm', 8) // { domain: [0, 0.6], ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6] }
 */
export function moneyScale(amounts: readonly number[], unit: MoneyUnit, count = 6): MoneyScale {
	const finest = 10 ** -displayDp(unit);
	const flat = amounts.every((a) => a === 0);
	const low = flat ? -1 : Math.min(0, ...amounts);
	const high = flat ? 1 : Math.max(0, ...amounts);
	const step = Math.max(niceStep(high - low, count), finest);
	const places = placesOf(step);
	const at = (k: number) => Number((k * step).toFixed(places));
	// The small allowance keeps float noise (0.3 / 0.1 = 2.9999999999999996) from adding a tick.
	const first = Math.floor(low / step + 1e-12);
	const last = Math.ceil(high / step - 1e-12);
	const ticks = Array.from({ length: last - first + 1 }, (_, i) => at(first + i));
	return { domain: [at(first), at(last)], ticks };
}

/**
 * An axis tick written as the tables write figures: "0.5", "(1.5)" or "-1.5" in £m, "1,200" in £k.
 * @example moneyTick('m', 'brackets')(-1.5) // '(1.5)'
 */
export function moneyTick(unit: MoneyUnit, negatives: NegativeStyle = 'brackets'): (d: number) => string {
	const dp = displayDp(unit);
	return (d: number) => showAmount(D(d), dp, negatives);
}

/** The money axis on the left, with its grid lines at the same ticks, labelled with the unit ("£m"). */
export function moneyAxisY(
	unit: MoneyUnit,
	scale: MoneyScale,
	negatives: NegativeStyle = 'brackets'
): Plot.Markish[] {
	return [
		Plot.gridY(scale.ticks, { stroke: 'currentColor', strokeOpacity: 0.1 }),
		Plot.axisY(scale.ticks, {
			label: UNIT_SYMBOL[unit],
			labelAnchor: 'top',
			tickSize: 0,
			fill: '#4c6272',
			tickFormat: moneyTick(unit, negatives)
		})
	];
}
