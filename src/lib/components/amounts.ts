// How the page shows figures: report values are exact decimal strings; these helpers round them
// half-up for display (negatives in brackets) without ever going through a JS number.
import {
	D,
	displayDp,
	formatAmount,
	fromPounds,
	type Dec,
	type ExplainedInput,
	type MoneyUnit,
	type NegativeStyle,
	type StatedStatus
} from '$lib/engine';

/** A figure rounded to `dp` places, or '' when there is none. */
export function showAmount(
	value: string | undefined,
	dp: number,
	negatives: NegativeStyle = 'brackets'
): string {
	return value === undefined ? '' : formatAmount(D(value), { dp, negatives });
}

/** A decimal with as many places as it needs, at least `min` and at most `max`. */
export function showExact(
	value: Dec,
	min: number,
	max: number,
	negatives: NegativeStyle = 'brackets'
): string {
	const dp = Math.min(Math.max(value.decimalPlaces(), min), max);
	return formatAmount(value, { dp, negatives });
}

/** A difference shown precisely enough to see why it is not zero (0.5045, not 0.5). */
export function showDifference(
	value: string | undefined,
	dp: number,
	negatives: NegativeStyle = 'brackets'
): string {
	return value === undefined ? '' : showExact(D(value), dp, dp + 4, negatives);
}

export const STATUS_TEXT: Readonly<Record<StatedStatus, string>> = {
	exact: 'Agrees',
	matches: 'Agrees (rounded)',
	differs: 'Differs'
};

const SUFFIX: Readonly<Record<MoneyUnit, string>> = { gbp: '', k: 'k', m: 'm' };

/** A shown figure with its unit: "£9.2m", "(£1.5m)", "£3,100k", "£504,500". */
export function withUnit(shown: string, unit: MoneyUnit): string {
	if (shown.startsWith('-')) return `-£${shown.slice(1)}${SUFFIX[unit]}`;
	const negative = shown.startsWith('(');
	const digits = negative ? shown.slice(1, -1) : shown;
	const text = `£${digits}${SUFFIX[unit]}`;
	return negative ? `(${text})` : text;
}

/** An input of an explanation in words: money in the page's unit, rates as percentages. */
export function showInput(input: ExplainedInput, unit: MoneyUnit): string {
	switch (input.unit) {
		case 'gbp':
			return withUnit(showExact(fromPounds(input.value, unit), displayDp(unit), displayDp(unit) + 4), unit);
		case 'perHead':
			// A rate per registered head is always in pounds, whatever the page's unit.
			return `£${showExact(input.value, 2, 6)} per head`;
		case 'fraction':
			return `${input.value.times(100).toFixed()}%`;
		case 'count':
			return formatAmount(input.value, { dp: 0, negatives: 'minus' });
		case 'months':
			return `${input.value.toFixed()} months`;
	}
}
