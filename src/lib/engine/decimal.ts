// The one configured Decimal for money and rates. Never call the global Decimal.set: other code
// (and other engines on the page) must not see our settings.
import Decimal from 'decimal.js';

/**
 * Decimal with 50 significant digits and half-up rounding. Every amount the engine computes by
 * multiplying or dividing is rounded to the penny (`toPenny`), so no figure needs more than about
 * 20 digits and every sum, bridge and carry-forward is exact: nothing is ever rounded silently.
 * @example D('306.3').times('0.005').toString() // '1.5315'
 */
export const D = Decimal.clone({
	precision: 50,
	rounding: Decimal.ROUND_HALF_UP,
	toExpNeg: -40,
	toExpPos: 40
});

export type Dec = Decimal;

export const ZERO = D(0);
export const ONE = D(1);
export const HUNDRED = D(100);

/** Sum of a list of decimals (0 for an empty list), left to right. */
export function sum(values: readonly Dec[]): Dec {
	let total = ZERO;
	for (const value of values) if (!value.isZero()) total = total.plus(value);
	return total;
}

/**
 * A computed amount of money rounded half-up (away from zero) to the penny. Applied where an
 * amount is made by multiplication or division (rates, phasing, growth); totals are then exact sums.
 * @example toPenny(D('597083.3333')).toString() // '597083.33'
 */
export function toPenny(amount: Dec): Dec {
	return amount.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** A percentage as written in the model ("2.1" means 2.1%) turned into a fraction (0.021). */
export function percent(value: Dec): Dec {
	return value.div(HUNDRED);
}
