// Reading money and rates typed by people or printed in published tables: "1,234.5", "(3.4)" for
// a negative, "-3.4", "£1.2m", "450k", "2.1%". Anything else is refused with a reason.
import { D, type Dec } from './decimal';

export type Parsed =
	| {
			readonly value: Dec;
			/** Decimal places as written. */
			readonly decimals: number;
			/** One unit in the last written digit, scaled like the value: "£1.2m" gives 100000. */
			readonly precision: Dec;
	  }
	| { readonly error: string };

const SUFFIX_SCALE: Record<string, string> = { '': '1', k: '1000', m: '1000000', bn: '1000000000' };
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d+))?$/;

/**
 * Parse an amount. `decimals` is how many decimal places were written (the printed precision).
 * Suffixes k, m and bn scale the value; a leading £ is allowed; % is allowed and ignored (rates).
 * @example parseAmount('(3.4)') // { value: -3.4, decimals: 1, precision: 0.1 }
 * @example parseAmount('£1.2m') // { value: 1200000, decimals: 1, precision: 100000 }
 */
export function parseAmount(text: string): Parsed {
	let rest = text.trim();
	if (rest === '') return { error: 'is empty' };
	let negative = false;
	if (/^\(.*\)$/.test(rest)) {
		negative = true;
		rest = rest.slice(1, -1).trim();
	}
	if (rest.startsWith('-') || rest.startsWith('\u2212')) {
		if (negative) return { error: `"${text}" has both brackets and a minus sign` };
		negative = true;
		rest = rest.slice(1).trim();
	}
	rest = rest.replace(/^£\s*/, '');
	const suffix = /(bn|k|m|%)$/i.exec(rest)?.[1]?.toLowerCase() ?? '';
	rest = rest.slice(0, rest.length - suffix.length).trim();
	const match = NUMBER.exec(rest);
	if (!match || (match[1] === undefined && match[2] === undefined)) {
		return { error: `"${text}" is not a number (expected e.g. 1,234.5, (3.4), £1.2m, 450k or 2.1%)` };
	}
	const digits = `${(match[1] ?? '0').replaceAll(',', '')}.${match[2] ?? '0'}`;
	const scale = SUFFIX_SCALE[suffix === '%' ? '' : suffix] ?? '1';
	const value = D(digits).times(scale);
	const decimals = match[2]?.length ?? 0;
	return { value: negative ? value.neg() : value, decimals, precision: D(10).pow(-decimals).times(scale) };
}
