// Reading per-year inputs: money defaults to zero, rates fall back to the model's assumptions.
import { ZERO, type Dec } from './decimal';
import type { PerYear } from './types';
import type { FiscalYear } from './years';

/** The amount for `year`, or zero when the year has none. */
export function amountIn(values: PerYear<Dec> | undefined, year: FiscalYear): Dec {
	return values?.[year] ?? ZERO;
}

/** The line's own rate for `year` when it sets one, else the model default (else zero). */
export function rateIn(own: PerYear<Dec> | undefined, fallback: PerYear<Dec>, year: FiscalYear): Dec {
	return own?.[year] ?? fallback[year] ?? ZERO;
}
