// NHS financial years ("2017/18", April to March) and months (M01 = April ... M12 = March).
// Pure helpers: parsing, ordering and labels. No money here.

export type FiscalYear = string;

const YEAR_PATTERN = /^(\d{4})\/(\d{2})$/;

/** The calendar year in which a financial year starts, or undefined if the label is malformed. */
export function startYear(label: string): number | undefined {
	const match = YEAR_PATTERN.exec(label);
	if (!match) return undefined;
	const start = Number(match[1]);
	const end = Number(match[2]);
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
