// YARDSTICK ONLY. The engine's arithmetic redone in plain IEEE doubles, so the bench can say how
// much exactness (and the engine's explanations) cost against the fastest loop we could write.
// Never use this for figures: doubles cannot hold 0.1 or a penny exactly, and the bench reports
// how far its closing positions drift from the exact engine's.
//
// It mirrors src/lib/engine/project.ts step for step (allocation, growth, normalisation, full-year
// effect, provisions, cost projection, reserves, specific allocations, QIPP, carry-forward) but
// keeps nothing except the positions: no labels, explanations or result objects.
import type { DeliveryCategory, ModelInput, PerYear, PriceConvention, View } from '../src/lib/engine/types';
import type { Dec } from '../src/lib/engine/decimal';

/** Per-year values as a dense array indexed by the model's year order (missing -> fallback). */
type Series = Float64Array;

interface FloatLine {
	readonly base: number;
	readonly activityGrowth: Series;
	readonly inflation: Series;
	/** Already zero for lines that are not tariff-based. */
	readonly efficiency: Series;
	readonly pressures: Series;
}

interface FloatScheme {
	readonly factor: Record<View, number>;
	readonly months: number;
	readonly recurrent: boolean;
	readonly values: Series;
}

interface FloatAmounts {
	readonly recurrent: boolean;
	readonly values: Series;
}

interface FloatOrganisation {
	readonly priorRecurrentAllocation: number;
	/** Per year: a stated allocation (NaN when not stated) and a growth rate (NaN when not set). */
	readonly allocationValue: Series;
	readonly allocationGrowth: Series;
	readonly specific: readonly FloatAmounts[];
	readonly openingPosition: number;
	readonly normalisation: Series;
	readonly lines: readonly FloatLine[];
	readonly contingency: { readonly rate: Series; readonly prior: boolean };
	readonly nonRecurrent: { readonly rate: Series; readonly prior: boolean };
	/** Investments and per-head items, the latter already multiplied by the population. */
	readonly provisions: readonly FloatAmounts[];
	readonly schemes: readonly FloatScheme[];
	/** Stated unidentified QIPP per year; NaN means "balance to the target". */
	readonly unidentified: Series;
	readonly target: Series;
}

export interface FloatModel {
	readonly years: number;
	readonly convention: PriceConvention;
	readonly unidentifiedFactor: Record<View, number>;
	readonly organisations: readonly FloatOrganisation[];
}

/** Half-up (away from zero) to the penny, as the engine's toPenny, in floats. */
function penny(x: number): number {
	return (Math.sign(x) * Math.round(Math.abs(x) * 100)) / 100;
}

/**
 * Convert the exact input once, outside any timed region. Defaults are resolved here (a line's
 * own rate or the model assumption), as a hand-tuned float engine would do up front, so the kernel
 * is a true floor: arithmetic and loops only.
 */
export function toFloatModel(model: ModelInput): FloatModel {
	const { years } = model;
	const series = (values: PerYear<Dec> | undefined, fallback?: PerYear<Dec>, none = 0): Series =>
		Float64Array.from(years, (y) => (values?.[y] ?? fallback?.[y])?.toNumber() ?? none);
	// Recurrent items are levels (a missing year keeps the last value); the year adds the change.
	const levels = (values: PerYear<Dec> | undefined): Series => {
		let last = 0;
		return Float64Array.from(years, (y) => (last = values?.[y]?.toNumber() ?? last));
	};
	const changes = (level: Series): Series => level.map((v, i) => v - (i === 0 ? 0 : (level[i - 1] ?? 0)));
	const factors = model.deliveryFactors;
	const factorOf = (category: DeliveryCategory): Record<View, number> => ({
		plan: 1,
		risk: factors[category].toNumber()
	});
	return {
		years: years.length,
		convention: model.convention,
		unidentifiedFactor: factorOf('unidentified'),
		organisations: model.organisations.map((org) => {
			const heads = levels(org.population);
			return {
				priorRecurrentAllocation: org.priorRecurrentAllocation.toNumber(),
				allocationValue: Float64Array.from(years, (y) => {
					const entry = org.allocations[y];
					return entry && 'value' in entry ? entry.value.toNumber() : NaN;
				}),
				allocationGrowth: Float64Array.from(years, (y) => {
					const entry = org.allocations[y];
					return entry && 'growth' in entry ? entry.growth.toNumber() : NaN;
				}),
				specific: org.specificAllocations.map((s) => ({
					recurrent: s.recurrent,
					values: s.recurrent ? changes(levels(s.values)) : series(s.values)
				})),
				openingPosition: org.openingPosition.toNumber(),
				normalisation: series(org.normalisation),
				lines: org.costLines.map((line) => ({
					base: line.base.toNumber(),
					activityGrowth: series(line.activityGrowth, model.assumptions.activityGrowth),
					inflation: series(line.inflation, model.assumptions.inflation),
					efficiency: line.tariff
						? series(line.efficiency, model.assumptions.efficiency)
						: new Float64Array(years.length),
					pressures: series(line.otherPressures)
				})),
				contingency: { rate: series(org.contingency.rate), prior: org.contingency.base === 'prior' },
				nonRecurrent: {
					rate: series(org.nonRecurrentReserve.rate),
					prior: org.nonRecurrentReserve.base === 'prior'
				},
				provisions: [
					...org.investments.map((item) => ({
						recurrent: item.recurrent,
						values: item.recurrent ? changes(levels(item.values)) : series(item.values)
					})),
					...org.perHead.map((item) => {
						const rate = item.recurrent ? levels(item.rate) : series(item.rate);
						const amounts = rate.map((r, i) => penny(r * (heads[i] ?? 0)));
						return { recurrent: item.recurrent, values: item.recurrent ? changes(amounts) : amounts };
					})
				],
				schemes: org.schemes.map((s) => ({
					factor: factorOf(s.rag),
					months: 13 - s.startMonth,
					recurrent: s.recurrent,
					values: series(s.values)
				})),
				unidentified: Float64Array.from(years, (y) => {
					const plan = org.unidentified[y];
					return plan === undefined || plan === 'balance' ? NaN : plan.amount.toNumber();
				}),
				target: series(org.target)
			};
		})
	};
}

export interface FloatOrganisationResult {
	/** Closing position per year. */
	readonly closing: Float64Array;
	/** Unidentified QIPP planned per year (the risk view reuses the plan's). */
	readonly unidentifiedPlanned: Float64Array;
}

/** One organisation over every year under one view; mirrors projectOrganisation. */
function projectFloat(
	model: FloatModel,
	org: FloatOrganisation,
	view: View,
	planUnidentified?: Float64Array
): FloatOrganisationResult {
	const n = model.years;
	const closingOut = new Float64Array(n);
	const unidentifiedOut = new Float64Array(n);
	const bases = Float64Array.from(org.lines, (line) => line.base);
	const lastInYear = new Float64Array(org.schemes.length);
	const lastFullYear = new Float64Array(org.schemes.length);
	const multiplicative = model.convention === 'multiplicative';
	let opening = org.openingPosition;
	let priorRecurrent = org.priorRecurrentAllocation;

	for (let y = 0; y < n; y++) {
		const stated = org.allocationValue[y] ?? NaN;
		const growth = org.allocationGrowth[y] ?? NaN;
		const allocation = !Number.isNaN(stated)
			? stated
			: !Number.isNaN(growth)
				? penny(priorRecurrent * (1 + growth))
				: priorRecurrent;
		let steps = allocation - priorRecurrent + (org.normalisation[y] ?? 0);

		if (y > 0) {
			let fye = 0;
			org.schemes.forEach((s, k) => {
				if (s.recurrent) fye += penny(((lastFullYear[k] ?? 0) - (lastInYear[k] ?? 0)) * s.factor[view]);
			});
			steps += fye;
		}

		let provisions = 0;
		let carry = 0;
		for (const item of org.provisions) {
			const amount = item.values[y] ?? 0;
			provisions += amount;
			if (!item.recurrent) carry += amount;
		}
		steps -= provisions;

		let activity = 0;
		let inflation = 0;
		let efficiency = 0;
		let pressures = 0;
		org.lines.forEach((line, k) => {
			const base = bases[k] ?? 0;
			const g = line.activityGrowth[y] ?? 0;
			const i = line.inflation[y] ?? 0;
			const e = line.efficiency[y] ?? 0;
			const p = line.pressures[y] ?? 0;
			const a = penny(base * g);
			let inf: number;
			let eff: number;
			if (multiplicative) {
				const grown = base + a;
				inf = penny(grown * i);
				eff = penny((grown + inf) * e);
			} else {
				inf = penny(base * i);
				eff = penny(base * e);
			}
			activity += a;
			inflation += inf;
			efficiency += eff;
			pressures += p;
			bases[k] = base + a + inf - eff + p;
		});
		steps += -activity - inflation + efficiency - pressures;

		const contingency = penny(
			(org.contingency.prior ? priorRecurrent : allocation) * (org.contingency.rate[y] ?? 0)
		);
		const nonRecurrent = penny(
			(org.nonRecurrent.prior ? priorRecurrent : allocation) * (org.nonRecurrent.rate[y] ?? 0)
		);
		steps -= contingency + nonRecurrent;
		carry += contingency + nonRecurrent;

		for (const item of org.specific) {
			const value = item.values[y] ?? 0;
			steps += value;
			if (!item.recurrent) carry -= value;
		}

		const positionBeforeQipp = opening + steps;
		let identified = 0;
		let countedIdentified = 0;
		org.schemes.forEach((s, k) => {
			const fullYear = s.values[y] ?? 0;
			const inYear = penny((fullYear * s.months) / 12);
			const counted = penny(inYear * s.factor[view]);
			identified += inYear;
			countedIdentified += counted;
			lastFullYear[k] = fullYear;
			lastInYear[k] = inYear;
			if (!s.recurrent) carry -= counted;
		});
		const required = (org.target[y] ?? 0) - positionBeforeQipp;
		const statedUnidentified = org.unidentified[y] ?? NaN;
		const unidentifiedPlanned =
			planUnidentified?.[y] ??
			(Number.isNaN(statedUnidentified) ? Math.max(required - identified, 0) : statedUnidentified);
		const counted = countedIdentified + penny(unidentifiedPlanned * model.unidentifiedFactor[view]);

		const closing = positionBeforeQipp + counted;
		closingOut[y] = closing;
		unidentifiedOut[y] = unidentifiedPlanned;
		opening = closing + carry;
		priorRecurrent = allocation;
	}
	return { closing: closingOut, unidentifiedPlanned: unidentifiedOut };
}

/** Every organisation under a view; the risk view keeps the plan's unidentified QIPP, as the engine does. */
export function evaluateFloat(model: FloatModel, view: View): FloatOrganisationResult[] {
	return model.organisations.map((org) => {
		const plan = projectFloat(model, org, 'plan');
		return view === 'plan' ? plan : projectFloat(model, org, 'risk', plan.unidentifiedPlanned);
	});
}
