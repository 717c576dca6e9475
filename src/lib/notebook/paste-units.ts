// A block pasted from a workbook in another unit: 2,100 (a £k figure) pasted into a £m plan would be
// £2.1bn. Plain figures that large are asked about before they are taken, with the unit they more
// likely are in; a figure that names its unit (£, k, m, bn) says what it is and is never asked about.
import { amountIn, fromPounds, readAmountText, toPounds, type MoneyUnit } from '../engine/index';

/** A plain figure worth this many pounds or more, read in the entry unit, looks like another unit. */
const IMPLAUSIBLE_POUNDS = 1_000_000_000;

/** The smaller units a figure may have been copied in, most likely first. */
const SMALLER: Readonly<Record<MoneyUnit, readonly MoneyUnit[]>> = { m: ['k', 'gbp'], k: ['gbp'], gbp: [] };

/** The figure a text spells when plain digits (no £, suffix or %), in `unit`; undefined otherwise. */
function plainFigure(text: string, unit: MoneyUnit) {
	if (text.trim().startsWith('=')) return undefined;
	const amount = readAmountText(text);
	if ('error' in amount || amount.pound || amount.suffix !== '' || amount.percent) return undefined;
	return amountIn(amount, unit);
}

/**
 * The unit pasted money texts were more likely written in than the entry unit, when one of them is
 * worth £1bn or more read in the entry unit; undefined when they fit.
 * @example pastedUnit(['2,100', '450'], 'm') // 'k'
 */
export function pastedUnit(texts: readonly string[], entry: MoneyUnit): MoneyUnit | undefined {
	const figures = texts.flatMap((t) => {
		const value = plainFigure(t, entry);
		return value === undefined ? [] : [value.abs()];
	});
	if (figures.length === 0) return undefined;
	// The largest figure's digits, as pasted: in the entry unit, and read in each smaller unit.
	const largest = figures.reduce((a, b) => (b.gt(a) ? b : a));
	if (toPounds(largest, entry).lt(IMPLAUSIBLE_POUNDS)) return undefined;
	const options = SMALLER[entry];
	return options.find((unit) => toPounds(largest, unit).lt(IMPLAUSIBLE_POUNDS)) ?? options.at(-1);
}

/**
 * A pasted money text read as written in `from` and written in the entry unit (a plain decimal
 * string, as typed figures are); a text that is not a plain figure is kept as pasted.
 * @example inEntryUnit('2,100', 'k', 'm') // '2.1'
 */
export function inEntryUnit(text: string, from: MoneyUnit, entry: MoneyUnit): string {
	const value = plainFigure(text, from);
	if (value === undefined) return text;
	const converted = fromPounds(toPounds(value, from), entry);
	return converted.isZero() ? '0' : converted.toFixed();
}
