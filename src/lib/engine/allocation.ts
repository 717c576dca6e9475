// A year's recurrent allocation: a stated value, or growth % on the previous recurrent allocation.
import { ONE, toPenny, type Dec } from './decimal';
import { explain, type Explanation } from './explain';
import type { AllocationEntry } from './types';

export interface AllocationResult {
	readonly allocation: Dec;
	readonly explanation: Explanation;
}

/**
 * @example allocationFor({ growth: D('0.02') }, D(100), 'src').allocation.toString() // '102'
 */
export function allocationFor(
	entry: AllocationEntry | undefined,
	priorRecurrent: Dec,
	source: string
): AllocationResult {
	if (entry === undefined) {
		return {
			allocation: priorRecurrent,
			explanation: explain(
				'No allocation is set for this year, so it equals the previous recurrent allocation',
				[{ label: 'Previous recurrent allocation', value: priorRecurrent, unit: 'gbp' }]
			)
		};
	}
	if ('value' in entry) {
		return {
			allocation: entry.value,
			explanation: explain('Allocation as entered', [
				{ label: 'Allocation', value: entry.value, unit: 'gbp', source }
			])
		};
	}
	return {
		allocation: toPenny(priorRecurrent.times(ONE.plus(entry.growth))),
		explanation: explain('Previous recurrent allocation x (1 + allocation growth), to the penny', [
			{ label: 'Previous recurrent allocation', value: priorRecurrent, unit: 'gbp' },
			{ label: 'Allocation growth', value: entry.growth, unit: 'fraction', source }
		])
	};
}
