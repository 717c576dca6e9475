// Reserves set aside in a year: contingency and the non-recurrent reserve as a % of an explicit
// base allocation, investment reserves in £, and per-head items (rate x registered population).
import { sum, type Dec } from './decimal';
import { explain, type ExplainedInput, type Explanation } from './explain';
import { amountIn } from './per-year';
import type { NamedAmounts, PercentReserve, PerHeadItem, PerYear } from './types';
import type { FiscalYear } from './years';

export interface ReserveResult {
	/** Amount set aside (positive); the bridge shows it as a negative step. */
	readonly amount: Dec;
	readonly explanation: Explanation;
}

/**
 * A percentage reserve on this year's allocation ("current") or last year's recurrent allocation ("prior").
 * @example percentReserve(r, year, D('306.3e6'), D('299.5e6'), 'src').amount // 0.5% of 306.3m = 1.5315m
 */
export function percentReserve(
	reserve: PercentReserve,
	year: FiscalYear,
	allocation: Dec,
	priorRecurrent: Dec,
	source: string
): ReserveResult {
	const rate = amountIn(reserve.rate, year);
	const base = reserve.base === 'current' ? allocation : priorRecurrent;
	const baseLabel =
		reserve.base === 'current' ? "this year's allocation" : "last year's recurrent allocation";
	return {
		amount: base.times(rate),
		explanation: explain(`Rate x ${baseLabel}`, [
			{ label: 'Rate', value: rate, unit: 'fraction', source: `${source}.rate` },
			{ label: baseLabel[0]?.toUpperCase() + baseLabel.slice(1), value: base, unit: 'gbp' }
		])
	};
}

export interface ProvisionItem {
	readonly id: string;
	readonly name: string;
	readonly recurrent: boolean;
	readonly amount: Dec;
}

export interface ProvisionsResult extends ReserveResult {
	readonly items: readonly ProvisionItem[];
}

/** Investment reserves plus per-head items for one year; `source` is the organisation's path. */
export function reserveProvisions(
	investments: readonly NamedAmounts[],
	perHead: readonly PerHeadItem[],
	population: PerYear<Dec>,
	year: FiscalYear,
	source: string
): ProvisionsResult {
	const heads = amountIn(population, year);
	const items: ProvisionItem[] = [
		...investments.map((item) => ({ ...item, amount: amountIn(item.values, year) })),
		...perHead.map((item) => ({ ...item, amount: amountIn(item.rate, year).times(heads) }))
	];
	const inputs: ExplainedInput[] = [
		...investments.map((item) => ({
			label: item.name,
			value: amountIn(item.values, year),
			unit: 'gbp' as const,
			source: `${source}.reserves.investments.${item.id}.values.${year}`
		})),
		...perHead.map((item) => ({
			label: `${item.name} (rate)`,
			value: amountIn(item.rate, year),
			unit: 'perHead' as const,
			source: `${source}.reserves.perHead.${item.id}.rate.${year}`
		}))
	];
	if (perHead.length > 0) {
		inputs.push({
			label: 'Registered population',
			value: heads,
			unit: 'count',
			source: `${source}.population.${year}`
		});
	}
	return {
		amount: sum(items.map((item) => item.amount)),
		items,
		explanation: explain(
			'Sum of investment reserves plus per-head items (rate x registered population)',
			inputs
		)
	};
}
