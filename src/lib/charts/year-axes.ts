// What the charts over the model's years share: a year axis, a money axis with negatives in
// brackets, and a y domain that still opens when every figure is zero.
import * as Plot from '@observablehq/plot';

export const FONT_SIZE = 12;

/** The x axis of years and the y axis of money in `unit` (e.g. "£m"), negatives in brackets. */
export function yearAxes(unit: string): Plot.Markish[] {
	return [
		Plot.axisX({ tickSize: 0, tickPadding: 8, fontSize: FONT_SIZE, fill: '#212b32' }),
		Plot.axisY({
			label: unit,
			labelAnchor: 'top',
			tickSize: 0,
			fill: '#4c6272',
			tickFormat: (d: number) => (d < 0 ? `(${-d})` : `${d}`)
		})
	];
}

/**
 * A y domain for when every figure is zero (a balanced plan): Plot would otherwise draw zero-height
 * bars across the whole plot. Otherwise Plot picks the domain.
 * @example openDomain([0, 0]) // { domain: [-1, 1] }
 */
export function openDomain(amounts: readonly number[]): { domain?: [number, number] } {
	return amounts.some((a) => a !== 0) ? {} : { domain: [-1, 1] };
}
