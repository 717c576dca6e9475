// How figures are shown, decided in one place for every table, grid, chart, CLI output and
// message: a figure's unit label, its decimal places and its negative style. Values are exact
// decimals (or exact decimal strings from reports); rounding is half-up, never through a number.
import { D, type Dec } from './decimal';
import type { ExplainedInput } from './explain';
import { formatAmount, type NegativeStyle } from './format';
import type { Unit } from './formula/values';
import type { Agreement } from './agreement';
import { fromPounds, type MoneyUnit } from './units';

/** The label of a money unit: "£", "£k", "£m". */
export const UNIT_SYMBOL: Readonly<Record<MoneyUnit, string>> = { gbp: '£', k: '£k', m: '£m' };

/** How each formula unit is named in messages ("cannot add a percentage to £"). */
export const UNIT_LABEL: Readonly<Record<Unit, string>> = {
	money: '£',
	percent: 'a percentage',
	count: 'a count',
	number: 'a plain number',
	boolean: 'true/false'
};

// What follows a value of a report unit that is not money (explanation inputs, cell reports).
const OTHER_UNIT_LABEL: Readonly<Record<string, string>> = {
	percent: '%',
	perHead: '£ per head',
	months: 'months'
};

/**
 * The label written after a value in a report unit ('gbp', 'k', 'm', 'percent', 'perHead',
 * 'months', 'count', ...); '' when the unit has none (a count is a plain number of people).
 * @example unitLabel('m') // '£m'
 */
export function unitLabel(unit: string): string {
	return unit in UNIT_SYMBOL ? UNIT_SYMBOL[unit as MoneyUnit] : (OTHER_UNIT_LABEL[unit] ?? '');
}

/** £m to 1 dp, £k and £ to whole units (DESIGN §2, Display). */
export function displayDp(unit: MoneyUnit): number {
	return unit === 'm' ? 1 : 0;
}

/** A figure rounded to `dp` places, or '' when there is none. */
export function showAmount(
	value: string | Dec | undefined,
	dp: number,
	negatives: NegativeStyle = 'brackets'
): string {
	return value === undefined ? '' : formatAmount(D(value), { dp, negatives });
}

/**
 * Results are shown at display precision; their exact values are one click away ("Exact figures"
 * on a table, "Exact values" in a working), every place the decimal has, never fewer than `dp`.
 */
export type Precision = 'display' | 'exact';

/**
 * A result at display precision, or exactly; '' when there is none. Every table column uses it, so
 * a Difference column rounds like the figures beside it (0.5045 shows 0.5, exactly 0.5045).
 * @example showFigure('0.5045', 1) // '0.5'
 * @example showFigure('0.5045', 1, 'brackets', 'exact') // '0.5045'
 */
export function showFigure(
	value: string | Dec | undefined,
	dp: number,
	negatives: NegativeStyle = 'brackets',
	precision: Precision = 'display'
): string {
	if (value === undefined) return '';
	return precision === 'exact'
		? showExact(D(value), dp, Infinity, negatives)
		: showAmount(value, dp, negatives);
}

/**
 * The decimal places of one column of a table: the display precision, or when exact figures are
 * shown the most any figure of the column has (never fewer than `dp`), so that every figure in a
 * column has the same places and their decimal points line up.
 * @example columnPlaces(['1.5315', '3.063', '9.2'], 1, 'exact') // 4: 1.5315, 3.0630, 9.2000
 */
export function columnPlaces(
	values: readonly (string | Dec | undefined)[],
	dp: number,
	precision: Precision = 'display'
): number {
	if (precision === 'display') return dp;
	return Math.max(dp, ...values.map((v) => (v === undefined ? 0 : D(v).decimalPlaces())));
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

/** How figures leave the app: exact, or rounded as the page shows them. */
export type ExportPrecision = 'full' | 'display';

/**
 * A figure as a plain number for a file (no separators, minus sign): exact, or rounded half-up to
 * the unit's display places.
 * @example plainFigure(D('-1.5315'), 'm', 'display') // '-1.5'
 */
export function plainFigure(value: Dec, unit: MoneyUnit, precision: ExportPrecision): string {
	return precision === 'full'
		? value.toFixed()
		: formatAmount(value, { dp: displayDp(unit), negatives: 'minus', separators: false });
}

/**
 * The spreadsheet number format that shows a figure as the page does: "#,##0.0;(#,##0.0)" for £m.
 * @example spreadsheetFormat('k', 'minus') // '#,##0;-#,##0'
 */
export function spreadsheetFormat(unit: MoneyUnit, negatives: NegativeStyle): string {
	const dp = displayDp(unit);
	const positive = dp === 0 ? '#,##0' : `#,##0.${'0'.repeat(dp)}`;
	return negatives === 'brackets' ? `${positive};(${positive})` : `${positive};-${positive}`;
}

/**
 * The spreadsheet number format for a rate held as a fraction: a percentage to 1-4 places, minus
 * sign for negatives (rates never take brackets), so 0.021 shows "2.1%" and 0.00125 "0.125%".
 */
export const SPREADSHEET_PERCENT_FORMAT = '0.0###%';

/** The display rule in words, for a file's notes: "£m to 1 decimal place", "£k to whole units". */
export function displayPrecisionText(unit: MoneyUnit): string {
	const dp = displayDp(unit);
	const places = dp === 0 ? 'whole units' : dp === 1 ? '1 decimal place' : `${dp} decimal places`;
	return `${UNIT_SYMBOL[unit]} to ${places}`;
}

/** The negative style in words, with an example: "in brackets, (1.5)". */
export const NEGATIVES_TEXT: Readonly<Record<NegativeStyle, string>> = {
	brackets: 'in brackets, (1.5)',
	minus: 'with a minus sign, -1.5'
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

/** Amounts of money smaller than this, in pounds, are rates per head or the like: shown with pence. */
const PENCE_BELOW = 1000;

/**
 * An amount in pounds shown in `unit` at display precision with its unit: "(£1.5m)". An amount
 * under £1,000 (a rate per head, say) is shown in pounds and pence whatever the unit, so £1.50 is
 * "£1.50", never "£0.0m" or "£2". `exact` shows every place the amount has, in `unit`.
 * @example showMoney(D('1.5'), 'm') // '£1.50'
 */
export function showMoney(
	pounds: Dec,
	unit: MoneyUnit,
	negatives: NegativeStyle = 'brackets',
	precision: Precision = 'display'
): string {
	const small = !pounds.isZero() && pounds.abs().lt(PENCE_BELOW);
	if (small) return withUnit(showExact(pounds, 2, precision === 'exact' ? Infinity : 2, negatives), 'gbp');
	return withUnit(showFigure(fromPounds(pounds, unit), displayDp(unit), negatives, precision), unit);
}

/** A fraction as a percentage with up to 4 places, minus sign for negatives: 0.021 is "2.1%". */
export function showPercent(fraction: Dec): string {
	return `${showExact(fraction.times(100), 0, 4, 'minus')}%`;
}

/**
 * An input of an explanation in words: money in the page's unit at display precision (or exactly),
 * rates as percentages, a rate per head in pounds and pence.
 * @example showInput({ label: 'Contingency', value: D('1531500'), unit: 'gbp' }, 'm') // '£1.5m'
 */
export function showInput(input: ExplainedInput, unit: MoneyUnit, precision: Precision = 'display'): string {
	switch (input.unit) {
		case 'gbp':
			return showMoney(input.value, unit, 'brackets', precision);
		case 'perHead':
			// A rate per registered head is always in pounds, whatever the page's unit.
			return `£${showExact(input.value, 2, precision === 'exact' ? Infinity : 2)} per head`;
		case 'fraction':
			return showPercent(input.value);
		case 'count':
			return formatAmount(input.value, { dp: 0, negatives: 'minus' });
		case 'months':
			return `${input.value.toFixed()} months`;
	}
}

/** What an input as entered measures: money (in the entry unit), a rate (in percent), £ per head, a count. */
export type EnteredKind = 'money' | 'rate' | 'perHead' | 'count';

/**
 * An input shown as it was entered (DESIGN §2: inputs show as entered): grouped, with the places
 * written (£ per head at least 2), rates with a % sign; only money follows the chosen negatives.
 * @example showEntered('rate', '2.1', 'brackets') // '2.1%'
 */
export function showEntered(kind: EnteredKind, text: string, negatives: NegativeStyle): string {
	const written = text.split('.')[1]?.length ?? 0;
	switch (kind) {
		case 'money':
			return formatAmount(D(text), { dp: written, negatives });
		case 'rate':
			return `${formatAmount(D(text), { dp: written, negatives: 'minus' })}%`;
		case 'perHead':
			return `£${formatAmount(D(text), { dp: Math.max(written, 2), negatives: 'minus' })}`;
		case 'count':
			return formatAmount(D(text), { dp: 0, negatives: 'minus' });
	}
}

/** How an agreement reads, on the page and in the CLI's tables alike. */
export const AGREEMENT_TEXT: Readonly<Record<Agreement, string>> = {
	agrees: 'Agrees',
	'within rounding': 'Within rounding',
	differs: 'Differs'
};

/**
 * A figure at a published table's precision (one unit in its last printed digit): 0.1 shows one
 * decimal place, 1 or 1000 none.
 * @example showAtPrecision(D('0.5045'), D('0.1')) // '0.5'
 */
export function showAtPrecision(value: Dec, precision: Dec, negatives: NegativeStyle = 'brackets'): string {
	return formatAmount(value, { dp: precision.decimalPlaces(), negatives });
}

/** A figure exactly, never with fewer places than the table prints: the value shown on request. */
export function showExactAtPrecision(
	value: Dec,
	precision: Dec,
	negatives: NegativeStyle = 'brackets'
): string {
	return showExact(value, precision.decimalPlaces(), Infinity, negatives);
}
