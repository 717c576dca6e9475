// Showing money: rounded half-up to a number of decimal places (totals are computed from unrounded
// values first), with negatives in brackets or with a minus sign, thousands separated.
import { D, type Dec } from './decimal';

export type NegativeStyle = 'brackets' | 'minus';

export interface FormatOptions {
	readonly dp: number;
	readonly negatives?: NegativeStyle;
	readonly separators?: boolean;
}

/**
 * @example formatAmount(D('-1.5315'), { dp: 1 }) // '(1.5)'
 * @example formatAmount(D('1234.5'), { dp: 0, negatives: 'minus' }) // '1,235'
 */
export function formatAmount(
	value: Dec,
	{ dp, negatives = 'brackets', separators = true }: FormatOptions
): string {
	const rounded = value.toDecimalPlaces(dp, D.ROUND_HALF_UP);
	const digits = rounded.abs().toFixed(dp);
	const [whole = '0', fraction] = digits.split('.');
	const grouped = separators ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
	const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
	if (!rounded.isNegative() || rounded.isZero()) return text;
	return negatives === 'brackets' ? `(${text})` : `-${text}`;
}
