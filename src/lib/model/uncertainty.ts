// The ranges a model's inputs may take, for simulation: what a scenario sees (its own ranges on top
// of its parents'), the default delivery ranges of QIPP by RAG rating, and the checks a range must
// pass (low <= most likely <= high, a standard deviation of 0 or more, weights above 0).
import { D } from '../engine/index';
import type { Problem } from './problems';
import type { Distribution, ModelFile, RangeFile, ScenarioFile, Uncertainty } from './schema';

export type DeliveryRating = 'green' | 'amber' | 'red' | 'unidentified';
export const DELIVERY_RATINGS: readonly DeliveryRating[] = ['green', 'amber', 'red', 'unidentified'];

/**
 * Delivery factor ranges (percent) when a model gives none: green mostly delivered, amber often
 * short, red often not, and unidentified QIPP, not yet found, mostly not. Editable per model and
 * per scenario (`uncertainty.delivery`). Their means are 93.3%, 71.7%, 43.3% and 8.3%.
 */
export const DEFAULT_DELIVERY: Readonly<Record<DeliveryRating, Distribution>> = {
	green: { type: 'triangular', low: '80', mode: '100', high: '100' },
	amber: { type: 'triangular', low: '40', mode: '75', high: '100' },
	red: { type: 'triangular', low: '0', mode: '40', high: '90' },
	unidentified: { type: 'triangular', low: '0', mode: '0', high: '25' }
};

/** `over` on top of `under`: a range on the same path, or a rating's delivery, is replaced. */
export function mergeUncertainty(under: Uncertainty | undefined, over: Uncertainty | undefined): Uncertainty {
	const ranges = new Map<string, RangeFile>();
	for (const r of [...(under?.ranges ?? []), ...(over?.ranges ?? [])]) {
		ranges.delete(r.path); // a replaced range moves to where the later one is written
		ranges.set(r.path, r);
	}
	return { ranges: [...ranges.values()], delivery: { ...under?.delivery, ...over?.delivery } };
}

/** The uncertainty a scenario's chain (parent first) adds to the file's own. */
export function chainUncertainty(file: ModelFile, chain: readonly ScenarioFile[]): Uncertainty | undefined {
	if (!file.uncertainty && chain.every((s) => !s.uncertainty)) return undefined;
	return chain.reduce(
		(u, s) => mergeUncertainty(u, s.uncertainty),
		mergeUncertainty(undefined, file.uncertainty)
	);
}

/** Each rating's delivery range: the file's (as its scenario resolved it), else the default. */
export function deliveryRanges(file: ModelFile): Record<DeliveryRating, Distribution> {
	const given = file.uncertainty?.delivery ?? {};
	return Object.fromEntries(DELIVERY_RATINGS.map((r) => [r, given[r] ?? DEFAULT_DELIVERY[r]])) as Record<
		DeliveryRating,
		Distribution
	>;
}

/** What is wrong with a distribution's parameters, each problem under `at`. */
export function distributionProblems(d: Distribution, at: string): Problem[] {
	const problems: Problem[] = [];
	const add = (field: string, message: string) => problems.push({ path: `${at}.${field}`, message });
	switch (d.type) {
		case 'triangular':
			if (D(d.low).gt(D(d.mode))) add('mode', `most likely ${d.mode} is below low ${d.low}`);
			if (D(d.mode).gt(D(d.high))) add('high', `high ${d.high} is below most likely ${d.mode}`);
			break;
		case 'uniform':
			if (D(d.low).gt(D(d.high))) add('high', `high ${d.high} is below low ${d.low}`);
			break;
		case 'normal':
			if (D(d.sd).lt(0)) add('sd', `a standard deviation cannot be negative (${d.sd})`);
			if (d.low !== undefined && d.high !== undefined && D(d.low).gte(D(d.high)))
				add('high', `high ${d.high} must be above low ${d.low}`);
			break;
		case 'discrete':
			d.values.forEach((v, i) => {
				if (!D(v.weight).gt(0)) add(`values[${i}].weight`, `a weight must be above 0 (${v.weight})`);
			});
	}
	return problems;
}

/** Every problem with an uncertainty's distributions, under `at` ("uncertainty", "scenarios[0].uncertainty"). */
export function uncertaintyProblems(u: Uncertainty | undefined, at: string): Problem[] {
	if (!u) return [];
	return [
		...u.ranges.flatMap((r, i) => distributionProblems(r.distribution, `${at}.ranges[${i}].distribution`)),
		...DELIVERY_RATINGS.flatMap((r) => {
			const d = u.delivery[r];
			return d ? distributionProblems(d, `${at}.delivery.${r}`) : [];
		})
	];
}
