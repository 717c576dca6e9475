// How the page shows figures: report values are exact decimal strings; these helpers round them
// half-up for display (negatives in brackets) without ever going through a JS number.
import { D, formatAmount, fromPounds, UNIT_SYMBOL, type Dec, type ExplainedInput, type MoneyUnit } from '$lib/engine';
import type { StatedStatus } from '$lib/engine';

/** £m to 1 dp, £k and £ to whole units (DESIGN §2, Display). */
export function displayDp(unit: MoneyUnit): number {
	return unit === 'm' ? 1 : 0;
}

/** A figure rounded to `dp` places, or '' when there is none. */
export function showAmount(value: string | undefined, dp: number): string {
	return value === undefined ? '' : formatAmount(D(value), { dp });
}

/** A decimal with as many places as it needs, at least `min` and at most `max`. */
export function showExact(value: Dec, min: number, max: number): string {
	const dp = Math.min(Math.max(value.decimalPlaces(), min), max);
	return formatAmount(value, { dp });
}

/** A difference shown precisely enough to see why it is not zero (0.5045, not 0.5). */
export function showDifference(value: string | undefined, dp: number): string {
	return value === undefined ? '' : showExact(D(value), dp, dp + 4);
}

export const STATUS_TEXT: Readonly<Record<StatedStatus, string>> = {
	exact: 'Agrees',
	matches: 'Agrees when rounded',
	differs: 'Differs'
};

/** An input of an explanation in words: money in the page's unit, rates as percentages. */
export function showInput(input: ExplainedInput, unit: MoneyUnit): string {
	switch (input.unit) {
		case 'gbp':
			return `${showExact(fromPounds(input.value, unit), displayDp(unit), displayDp(unit) + 4)} ${UNIT_SYMBOL[unit]}`;
		case 'fraction':
			return `${input.value.times(100).toFixed()}%`;
		case 'count':
			return formatAmount(input.value, { dp: 0, negatives: 'minus' });
		case 'months':
			return `${input.value.toFixed()} months`;
	}
}
