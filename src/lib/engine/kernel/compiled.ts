// The integer-pence kernel's form of a resolved model (ADR 0013): every amount in whole pence and
// every rate in whole units of 10^-RATE_DECIMALS, in dense arrays by year (and by line), with the
// model's default rates already resolved per line. Made once by `compileModel`; `inputs.ts` then
// changes inputs in place, so a tornado or a simulation pays for compiling once.
import type { PriceConvention } from '../types';
import type { FiscalYear } from '../years';

/** A per-year integer series, indexed by the model's year order. */
export type Series = Float64Array;

/** An item entered per year: recurrent ones are levels (a missing year keeps the last level). */
export interface CompiledItem {
	readonly id: string;
	readonly recurrent: boolean;
	/** The amount entered for each year; NaN where the year has none. */
	readonly values: Series;
}

export interface CompiledReserve {
	/** Rate per year (missing = 0). */
	readonly rate: Series;
	/** True: a rate of last year's recurrent allocation; false: of this year's allocation. */
	readonly prior: boolean;
}

/** Delivery factors by category, in this order. */
export const CATEGORY_ORDER = ['green', 'amber', 'red', 'unidentified'] as const;
export const UNIDENTIFIED = 3;

export interface CompiledScheme {
	readonly id: string;
	/** Index in CATEGORY_ORDER. */
	readonly rag: number;
	readonly recurrent: boolean;
	readonly startMonth: number;
	/** Each year's own start month when the scheme gives them (a missing year is 1), ADR 0014. */
	readonly startMonths: Uint8Array | undefined;
	/**
	 * Per year: 1 when the scheme has a saving in a year outside the model that sorts before this
	 * year, so this year's tranche cannot be its first (`trancheStartMonth`).
	 */
	readonly outsideBefore: Uint8Array;
	/** Full-year saving planned in each year (missing = 0). */
	readonly values: Series;
}

export interface CompiledOrganisation {
	readonly id: string;
	readonly name: string;
	priorRecurrent: number;
	opening: number;
	/** Per year: the stated allocation, or NaN when none is stated. */
	readonly allocationValue: Series;
	/** Per year: the allocation growth rate, or NaN when none is set. */
	readonly allocationGrowth: Series;
	readonly normalisation: Series;
	readonly lineIds: readonly string[];
	/** Each cost line's base, the cost of the year before the model. */
	readonly base: Series;
	readonly tariff: Uint8Array;
	/** Per line-year (year x lines + line): the rate the line uses, its own or the default. */
	readonly activityGrowth: Series;
	readonly inflation: Series;
	/** Zero for lines that are not tariff-based. */
	readonly efficiency: Series;
	/** Per line-year: 1 where the line sets its own rate, so a new default does not replace it. */
	readonly ownActivityGrowth: Uint8Array;
	readonly ownInflation: Uint8Array;
	readonly ownEfficiency: Uint8Array;
	readonly pressures: Series;
	/** Whether the bridge shows other cost pressures (some line has them, in any year). */
	hasPressures: boolean;
	readonly contingency: CompiledReserve;
	readonly nonRecurrent: CompiledReserve;
	readonly investments: readonly CompiledItem[];
	/** Per-head items as amounts (rate x population, to the penny, made by the Decimal rule). */
	readonly perHead: readonly CompiledItem[];
	readonly specifics: readonly CompiledItem[];
	readonly schemes: readonly CompiledScheme[];
	/** Per year: the stated unidentified QIPP, or NaN to balance to the target. */
	readonly unidentified: Series;
	readonly target: Series;
}

export interface CompiledModel {
	readonly years: readonly FiscalYear[];
	readonly convention: PriceConvention;
	/** The model's default rates per year; NaN where the model sets none (a line then uses 0). */
	readonly assumptions: {
		readonly activityGrowth: Series;
		readonly inflation: Series;
		readonly efficiency: Series;
	};
	/** Delivery factors in CATEGORY_ORDER. */
	readonly factors: Series;
	readonly organisations: readonly CompiledOrganisation[];
}
