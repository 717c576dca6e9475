// Carry-forward of the underlying position: next year's opening is this year's closing minus every
// non-recurrent item (reserves provided afresh each year are added back; one-off income removed).
import { sum, type Dec } from './decimal';
import { explain, type Explanation } from './explain';

export interface CarryItem {
	readonly label: string;
	/** Adjustment to the closing position: reserves add back (+), one-off income and savings come off (-). */
	readonly value: Dec;
}

export interface CarryForward {
	readonly closing: Dec;
	readonly items: readonly CarryItem[];
	readonly opening: Dec;
	readonly explanation: Explanation;
}

/**
 * Opening(t+1) = closing(t) + sum of adjustments for non-recurrent items of year t.
 * @example carryForward(D(1), [{ label: 'Contingency', value: D(2) }]).opening.toString() // '3'
 */
export function carryForward(closing: Dec, items: readonly CarryItem[]): CarryForward {
	const kept = items.filter((item) => !item.value.isZero());
	return {
		closing,
		items: kept,
		opening: closing.plus(sum(kept.map((item) => item.value))),
		explanation: explain("Last year's closing position with its non-recurrent items taken out", () => [
			{ label: "Last year's closing position", value: closing, unit: 'gbp' },
			...kept.map((item) => ({ label: item.label, value: item.value, unit: 'gbp' as const }))
		])
	};
}
