// The bound that lets the kernel use JS numbers (ADR 0013): before a run, an upper bound on the
// size of every amount the run can make, from its inputs, worked forward through the same steps
// with every rate taken at its size and every rounding as a whole penny more. Run only if that
// bound, times the largest multiplier an intermediate meets (a rate of at most 11 x the unit, or 12
// months), stays below 2^53 with room to spare. The bound is a size in pence, never money: it is
// worked in doubles, and the margin (16x) dwarfs their rounding.
import { RATE_UNIT } from './integer';
import type { CompiledItem, CompiledModel, CompiledOrganisation } from './compiled';

/** The largest amount a run may meet, in pence: 2^53 / 16, about £5.6 trillion. */
export const MONEY_LIMIT = Math.floor(Number.MAX_SAFE_INTEGER / 16);

/** Size of the largest value an item may take, and twice it for a change in level. */
function itemSize(items: readonly CompiledItem[], y: number): number {
	let size = 0;
	for (const item of items) {
		let largest = 0;
		for (let i = 0; i <= y; i++) {
			const v = item.values[i]!;
			if (!Number.isNaN(v)) largest = Math.max(largest, Math.abs(v));
		}
		size += 2 * largest;
	}
	return size;
}

function organisationBound(model: CompiledModel, org: CompiledOrganisation, factor: number): number {
	const n = model.years.length;
	const lines = org.lineIds.length;
	const rate = (r: number) => Math.abs(r) / RATE_UNIT;
	const costs = Float64Array.from(org.base, Math.abs);
	let allocation = Math.abs(org.priorRecurrent);
	// The opening position in each view: the risk view's QIPP reuses the plan's unidentified figure.
	let plan = Math.abs(org.opening);
	let risk = plan;
	let largest = Math.max(allocation, plan);
	let lastSchemes = 0;
	for (let y = 0; y < n; y++) {
		const prior = allocation;
		const stated = org.allocationValue[y]!;
		const growth = org.allocationGrowth[y]!;
		allocation = !Number.isNaN(stated)
			? Math.abs(stated)
			: !Number.isNaN(growth)
				? prior * (1 + rate(growth)) + 1
				: prior;
		const allocations = Math.max(allocation, prior);
		let costTotal = 0;
		for (let k = 0; k < lines; k++) {
			const i = y * lines + k;
			const c = costs[k]!;
			const activity = c * rate(org.activityGrowth[i]!) + 1;
			const grown = c + activity;
			const inflation = grown * rate(org.inflation[i]!) + 1;
			const priced = grown + inflation;
			const efficiency = priced * rate(org.efficiency[i]!) + 1;
			costs[k] = priced + efficiency + Math.abs(org.pressures[i]!);
			costTotal += costs[k]!;
		}
		// In-year savings as planned, and at most `factor` times that as counted.
		let schemes = 0;
		for (const s of org.schemes) schemes += Math.abs(s.values[y]!) + 1;
		const counted = schemes * factor + schemes;
		const reserves = allocations * (rate(org.contingency.rate[y]!) + rate(org.nonRecurrent.rate[y]!)) + 2;
		// Every step before QIPP, and everything carry-forward takes out again (at most as much).
		const steps =
			2 * allocations +
			Math.abs(org.normalisation[y]!) +
			lastSchemes +
			itemSize(org.investments, y) +
			itemSize(org.perHead, y) +
			itemSize(org.specifics, y) +
			4 * costTotal +
			reserves;
		const target = Math.abs(org.target[y]!);
		const statedUnidentified = Number.isNaN(org.unidentified[y]!) ? 0 : Math.abs(org.unidentified[y]!);
		const planBefore = plan + steps;
		const riskBefore = risk + steps;
		// Balancing: the plan closes at max(target, before + identified); stated: before + both.
		const planned = target + statedUnidentified + planBefore + schemes;
		const planClosing = planned;
		const riskClosing = riskBefore + counted + planned * factor + 1;
		const required = target + Math.max(planBefore, riskBefore) + schemes;
		plan = planClosing + steps + counted;
		risk = riskClosing + steps + counted;
		largest = Math.max(
			largest,
			allocations,
			costTotal,
			required,
			planned,
			target + planClosing,
			target + riskClosing,
			plan,
			risk
		);
		lastSchemes = 2 * counted;
	}
	return largest;
}

/**
 * An upper bound, in pence, on every amount a run of `model` makes (each organisation's and their
 * sum, the consolidated figures), in either view.
 */
export function moneyBound(model: CompiledModel): number {
	let factor = 1;
	for (const f of model.factors) factor = Math.max(factor, Math.abs(f) / RATE_UNIT);
	let total = 0;
	for (const org of model.organisations) total += organisationBound(model, org, factor);
	return total;
}
