// Reading money and rates typed by people or printed in published tables: "1,234.5", "(3.4)" for
// a negative, "-3.4", "£1.2m", "450k", "2.1%". Anything else is refused with a reason. The grammar
// is money-text.ts's; this reader adds the precision printed.
import { D, type Dec } from './decimal';
import { amountIn, readAmountText, shiftPoint } from './money-text';

export type Parsed =
	| {
			readonly value: Dec;
			/** Decimal places as written. */
			readonly decimals: number;
			/** One unit in the last written digit, scaled like the value: "£1.2m" gives 100000. */
			readonly precision: Dec;
	  }
	| { readonly error: string };

/**
 * Parse an amount. `decimals` is how many decimal places were written (the printed precision).
 * Suffixes k, m and bn scale the value; a leading £ is allowed; % is allowed and ignored (rates).
 * @example parseAmount('(3.4)') // { value: -3.4, decimals: 1, precision: 0.1 }
 * @example parseAmount('£1.2m') // { value: 1200000, decimals: 1, precision: 100000 }
 */
export function parseAmount(text: string): Parsed {
	if (text.trim() === '') return { error: 'is empty' };
	const amount = readAmountText(text);
	if ('error' in amount) {
		return amount.error === 'both signs'
			? { error: `"${text}" has both brackets and a minus sign` }
			: { error: `"${text}" is not a number (expected e.g. 1,234.5, (3.4), £1.2m, 450k or 2.1%)` };
	}
	// Amounts are read as written, in pounds unless a suffix says otherwise.
	const decimals = amount.fraction.length;
	return { value: amountIn(amount, 'gbp'), decimals, precision: shiftPoint(D(1), amount.power - decimals) };
}
