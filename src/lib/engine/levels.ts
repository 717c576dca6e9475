// Recurrent items are levels: a year left out keeps the latest earlier value, and what a year adds
// to the bridge is the change in level, because last year's level is already in the carried-forward
// position. Non-recurrent items are provided afresh: each year adds its full value (missing = 0),
// and carry-forward takes it out again.
import { ZERO, type Dec } from './decimal';
import type { PerYear } from './types';
import type { FiscalYear } from './years';

/** The value in years[index], else the latest earlier year's, else zero. */
export function levelAt(values: PerYear<Dec> | undefined, years: readonly FiscalYear[], index: number): Dec {
	for (let i = index; i >= 0; i -= 1) {
		const value = values?.[years[i] ?? ''];
		if (value !== undefined) return value;
	}
	return ZERO;
}

export interface YearAmount {
	/** What the item adds in this year: its change in level (recurrent) or its value (non-recurrent). */
	readonly amount: Dec;
	/** This year's level (recurrent) or value (non-recurrent). */
	readonly level: Dec;
	/** Last year's level; zero in the first year and for non-recurrent items. */
	readonly previous: Dec;
}

/**
 * What an item adds in years[index]. The first year's level counts in full: the opening position
 * is before it.
 * @example yearAmount({ '2017/18': D(5), '2018/19': D(7) }, true, years, 1).amount // 2
 */
export function yearAmount(
	values: PerYear<Dec> | undefined,
	recurrent: boolean,
	years: readonly FiscalYear[],
	index: number
): YearAmount {
	if (!recurrent) {
		const value = values?.[years[index] ?? ''] ?? ZERO;
		return { amount: value, level: value, previous: ZERO };
	}
	const level = levelAt(values, years, index);
	const previous = index === 0 ? ZERO : levelAt(values, years, index - 1);
	return { amount: level.minus(previous), level, previous };
}
