// The one configured Decimal for money and rates. Never call the global Decimal.set: other code
// (and other engines on the page) must not see our settings.
import Decimal from 'decimal.js';

/**
 * Decimal with 50 significant digits and half-up rounding. A figure is rounded only when it needs
 * more than 50 digits: QIPP month phasing (twelfths recur), and multiplicative cost projections
 * after three or more years of rates with several decimals (each year adds the rates' decimals).
 * Either way the rounding is below 1e-30 of a pound, and bridges still close exactly because the
 * closing is defined as the sum of the steps.
 * @example D('306.3').times('0.005').toString() // '1.5315'
 */
export const D = Decimal.clone({
	precision: 50,
	rounding: Decimal.ROUND_HALF_UP,
	toExpNeg: -40,
	toExpPos: 40
});

export type Dec = Decimal;
export type DecInput = Decimal.Value;

export const ZERO = D(0);
export const ONE = D(1);
export const HUNDRED = D(100);

/** Sum of a list of decimals (0 for an empty list), left to right. */
export function sum(values: readonly Dec[]): Dec {
	let total = ZERO;
	for (const value of values) if (!value.isZero()) total = total.plus(value);
	return total;
}

/** A percentage as written in the model ("2.1" means 2.1%) turned into a fraction (0.021). */
export function percent(value: Dec): Dec {
	return value.div(HUNDRED);
}
