// Reserves set aside in a year: contingency and the non-recurrent reserve as a % of an explicit
// base allocation, investment reserves in £, and per-head items (rate x registered population).
import { sum, toPenny, type Dec } from './decimal';
import { explain, type ExplainedInput, type Explanation } from './explain';
import { levelAt, yearAmount } from './levels';
import { amountIn } from './per-year';
import type { NamedAmounts, PercentReserve, PerHeadItem, PerYear } from './types';
import type { FiscalYear } from './years';

export interface ReserveResult {
	/** Amount set aside (positive); the bridge shows it as a negative step. */
	readonly amount: Dec;
	readonly explanation: Explanation;
}

/**
 * A percentage reserve on this year's allocation ("current") or last year's recurrent allocation
 * ("prior"), to the penny.
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
		reserve.base === 'current' ? "This year's allocation" : "Last year's recurrent allocation";
	return {
		amount: toPenny(base.times(rate)),
		explanation: explain(`Rate x ${baseLabel.toLowerCase()}`, [
			{ label: 'Rate', value: rate, unit: 'fraction', source: `${source}.rate` },
			{ label: baseLabel, value: base, unit: 'gbp' }
		])
	};
}

export interface ProvisionItem {
	readonly id: string;
	readonly name: string;
	readonly recurrent: boolean;
	/** What the item adds this year (a recurrent item's change in level). */
	readonly amount: Dec;
}

export interface ProvisionsResult extends ReserveResult {
	readonly items: readonly ProvisionItem[];
}

/** A per-head item's amount in each year: rate x registered population, to the penny. */
function perHeadAmounts(
	item: PerHeadItem,
	population: PerYear<Dec>,
	years: readonly FiscalYear[]
): PerYear<Dec> {
	return Object.fromEntries(
		years.map((year, i) => {
			const rate = item.recurrent ? levelAt(item.rate, years, i) : amountIn(item.rate, year);
			return [year, toPenny(rate.times(levelAt(population, years, i)))];
		})
	);
}

/**
 * Investment reserves plus per-head items in years[index]. Recurrent items add their change in
 * level; non-recurrent ones their full value. `source` is the organisation's path.
 */
export function reserveProvisions(
	investments: readonly NamedAmounts[],
	perHead: readonly PerHeadItem[],
	population: PerYear<Dec>,
	years: readonly FiscalYear[],
	index: number,
	source: string
): ProvisionsResult {
	const year = years[index] ?? '';
	const items: ProvisionItem[] = [];
	const inputs: ExplainedInput[] = [];
	const describe = (name: string, recurrent: boolean, previous: Dec) =>
		recurrent && !previous.isZero() ? `${name} (recurrent: this year's level less last year's)` : name;
	for (const item of investments) {
		const { amount, level, previous } = yearAmount(item.values, item.recurrent, years, index);
		items.push({ id: item.id, name: item.name, recurrent: item.recurrent, amount });
		const entered = {
			unit: 'gbp' as const,
			source: `${source}.reserves.investments.${item.id}.values.${year}`
		};
		if (item.recurrent && !previous.isZero()) {
			inputs.push(
				{ label: `${item.name}: this year's level`, value: level, ...entered },
				{ label: `${item.name}: last year's level`, value: previous, unit: 'gbp' },
				{ label: describe(item.name, true, previous), value: amount, unit: 'gbp' }
			);
		} else {
			inputs.push({ label: item.name, value: amount, ...entered });
		}
	}
	for (const item of perHead) {
		const { amount, previous } = yearAmount(
			perHeadAmounts(item, population, years),
			item.recurrent,
			years,
			index
		);
		items.push({ id: item.id, name: item.name, recurrent: item.recurrent, amount });
		inputs.push(
			{
				label: `${item.name}: rate`,
				value: item.recurrent ? levelAt(item.rate, years, index) : amountIn(item.rate, year),
				unit: 'perHead',
				source: `${source}.reserves.perHead.${item.id}.rate`
			},
			{
				label: describe(`${item.name}: rate x population`, item.recurrent, previous),
				value: amount,
				unit: 'gbp'
			}
		);
	}
	if (perHead.length > 0) {
		inputs.push({
			label: 'Registered population',
			value: levelAt(population, years, index),
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
