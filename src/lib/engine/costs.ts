// Cost growth of one expenditure line in one year, split exactly into activity, inflation and
// efficiency (docs/finance-model.md). Pure Decimal; knows nothing of bridges or organisations.
import { ZERO, toPenny, type Dec } from './decimal';
import type { PriceConvention } from './types';

export interface CostRates {
	readonly activityGrowth: Dec;
	readonly inflation: Dec;
	/** Zero for lines that are not tariff-based. */
	readonly efficiency: Dec;
}

export interface CostStep {
	readonly base: Dec;
	/** Cost increase from activity growth (positive = more cost). */
	readonly activity: Dec;
	/** Cost increase from price inflation. */
	readonly inflation: Dec;
	/** Cost reduction from the efficiency deflator (positive = less cost). */
	readonly efficiency: Dec;
	readonly pressures: Dec;
	/** base + activity + inflation - efficiency + pressures; the next year's base. */
	readonly cost: Dec;
}

/**
 * Project one line for one year. Multiplicative: base x (1+g) x (1+i) x (1-e), split as
 * activity base x g, inflation base x (1+g) x i, efficiency base x (1+g) x (1+i) x e.
 * Additive: base x (1 + g + i - e), split as base x g, base x i, base x e. Each part is rounded
 * to the penny and the cost is base + activity + inflation - efficiency + pressures exactly.
 * @example projectCost(D(100), { activityGrowth: D('0.02'), inflation: D('0.021'), efficiency: D('0.02') }, 'additive', D(0)).cost.toString() // '102.1'
 */
export function projectCost(
	base: Dec,
	rates: CostRates,
	convention: PriceConvention,
	pressures: Dec
): CostStep {
	const { activityGrowth: g, inflation: i, efficiency: e } = rates;
	// Each part is rounded to the penny and the cost is their exact sum, so the split always adds
	// up. Zero rates (non-tariff lines have no efficiency) skip the arithmetic.
	const times = (x: Dec, rate: Dec) => (rate.isZero() ? ZERO : toPenny(x.times(rate)));
	const activity = times(base, g);
	const grown = base.plus(activity);
	let inflation: Dec;
	let efficiency: Dec;
	let priced: Dec;
	if (convention === 'multiplicative') {
		inflation = times(grown, i);
		priced = grown.plus(inflation);
		efficiency = times(priced, e);
	} else {
		inflation = times(base, i);
		efficiency = times(base, e);
		priced = grown.plus(inflation);
	}
	const net = priced.minus(efficiency);
	const cost = pressures.isZero() ? net : net.plus(pressures);
	return { base, activity, inflation, efficiency, pressures, cost };
}

export interface CostTotals {
	readonly activity: Dec;
	readonly inflation: Dec;
	readonly efficiency: Dec;
	readonly pressures: Dec;
}

/**
 * The four parts summed over many lines in one pass, exactly, left to right and skipping zeros,
 * as `sum` does for each.
 */
export function sumCostSteps(steps: readonly CostStep[]): CostTotals {
	let activity = ZERO;
	let inflation = ZERO;
	let efficiency = ZERO;
	let pressures = ZERO;
	for (const step of steps) {
		if (!step.activity.isZero()) activity = activity.plus(step.activity);
		if (!step.inflation.isZero()) inflation = inflation.plus(step.inflation);
		if (!step.efficiency.isZero()) efficiency = efficiency.plus(step.efficiency);
		if (!step.pressures.isZero()) pressures = pressures.plus(step.pressures);
	}
	return { activity, inflation, efficiency, pressures };
}
