// NHS financial years ("2017/18", April to March) and months (M01 = April ... M12 = March).
// Pure helpers: parsing, ordering and labels. No money here.

export type FiscalYear = string;

// The one place that knows how a year label is written; everything else asks this module.
const SHAPE = '\\d{4}\\/\\d{2}';
/** The shape of a year label as a regex source ("2017/18"), for zod and the JSON schema. */
export const FISCAL_YEAR_PATTERN = `^${SHAPE}$`;
const YEAR_SHAPE = new RegExp(FISCAL_YEAR_PATTERN);
const YEAR_AT = new RegExp(`${SHAPE}(?!\\d)`, 'y');

/**
 * True when `text` is written like a year label (four digits, a slash, two digits), whether or
 * not the halves follow each other: how a year key is told apart from a field name.
 * @example looksLikeYear('2017/19') // true (isFiscalYear says false)
 */
export function looksLikeYear(text: string): boolean {
	return YEAR_SHAPE.test(text);
}

/** The year-shaped label starting at `at` in `text` (not followed by another digit), if any. */
export function yearAt(text: string, at: number): string | undefined {
	YEAR_AT.lastIndex = at;
	return YEAR_AT.exec(text)?.[0];
}

/** The calendar year in which a financial year starts, or undefined if the label is malformed. */
export function startYear(label: string): number | undefined {
	if (!looksLikeYear(label)) return undefined;
	const start = Number(label.slice(0, 4));
	const end = Number(label.slice(5));
	return (start + 1) % 100 === end ? start : undefined;
}

/** True when the label is a well-formed financial year such as "2017/18" (not "2017/19"). */
export function isFiscalYear(label: string): boolean {
	return startYear(label) !== undefined;
}

/**
 * The financial year starting in the given calendar year.
 * @example fiscalYear(2017) // '2017/18'
 */
export function fiscalYear(start: number): FiscalYear {
	return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** The year after `label`. */
export function nextYear(label: FiscalYear): FiscalYear {
	return fiscalYear(requireStart(label) + 1);
}

/** The year before `label`. */
export function previousYear(label: FiscalYear): FiscalYear {
	return fiscalYear(requireStart(label) - 1);
}

/** `count` consecutive years from `first`. */
export function yearRange(first: FiscalYear, count: number): FiscalYear[] {
	const start = requireStart(first);
	return Array.from({ length: count }, (_, i) => fiscalYear(start + i));
}

/** True when every label is a financial year and they follow each other with no gap or repeat. */
export function areConsecutive(years: readonly FiscalYear[]): boolean {
	const starts = years.map(startYear);
	return starts.every((start, i) => start !== undefined && (i === 0 || start === (starts[i - 1] ?? NaN) + 1));
}

/** Month numbers 1..12 from April; "M07" is October. */
export function parseMonth(label: string): number | undefined {
	const match = /^M(0[1-9]|1[0-2])$/.exec(label);
	return match ? Number(match[1]) : undefined;
}

/** Months of the financial year left from (and including) `month`: M01 gives 12, M12 gives 1. */
export function monthsRemaining(month: number): number {
	return 13 - month;
}

function requireStart(label: FiscalYear): number {
	const start = startYear(label);
	if (start === undefined) throw new RangeError(`"${label}" is not a financial year such as 2017/18`);
	return start;
}
