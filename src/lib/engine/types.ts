// The engine's input: a fully resolved model (one scenario) in pounds and fractions. The model
// layer builds it from a validated file; the engine never sees JSON, units or percent strings.
import type { Dec } from './decimal';
import type { FiscalYear } from './years';

/** A value per financial year; a missing year means zero (money) or the default (rates). */
export type PerYear<T> = Readonly<Record<FiscalYear, T>>;

export type PriceConvention = 'multiplicative' | 'additive';
export type Rag = 'green' | 'amber' | 'red';
export type DeliveryCategory = Rag | 'unidentified';
export type View = 'plan' | 'risk';
export type ReserveBase = 'current' | 'prior';

export type AllocationEntry = { readonly value: Dec } | { readonly growth: Dec };

export interface NamedAmounts {
	readonly id: string;
	readonly name: string;
	readonly recurrent: boolean;
	/** £ per year. */
	readonly values: PerYear<Dec>;
}

export interface CostLine {
	readonly id: string;
	readonly name: string;
	/** Tariff-based lines carry the efficiency deflator; others do not. */
	readonly tariff: boolean;
	/** Cost in the year before the model starts, £. */
	readonly base: Dec;
	/** Fractions; missing years fall back to the model defaults. */
	readonly activityGrowth?: PerYear<Dec>;
	readonly inflation?: PerYear<Dec>;
	readonly efficiency?: PerYear<Dec>;
	/** Other cost pressures, £ per year, added to the line's cost (and so carried in its base). */
	readonly otherPressures?: PerYear<Dec>;
}

export interface PercentReserve {
	readonly label?: string;
	/** Fraction of the base allocation, per year. */
	readonly rate: PerYear<Dec>;
	readonly base: ReserveBase;
}

export interface PerHeadItem {
	readonly id: string;
	readonly name: string;
	readonly recurrent: boolean;
	/** £ per registered head, per year. */
	readonly rate: PerYear<Dec>;
}

export interface QippScheme {
	readonly id: string;
	readonly name: string;
	readonly workstream: string;
	readonly rag: Rag;
	/**
	 * 1 (April) to 12 (March): the month the first tranche (the first year with a saving) starts;
	 * later tranches start in April. Ignored when `startMonths` is given.
	 */
	readonly startMonth: number;
	/** Each tranche's own start month by year; a year left out starts in April. */
	readonly startMonths?: PerYear<number>;
	readonly recurrent: boolean;
	/** Full-year saving planned in each year, £. */
	readonly values: PerYear<Dec>;
}

/** Unidentified QIPP planned in a year: a stated amount, or whatever balances to the target. */
export type UnidentifiedPlan = { readonly amount: Dec } | 'balance';

/** A published figure: its value in £ and the size of one unit in its last printed digit, in £. */
export interface StatedFigure {
	readonly value: Dec;
	readonly precision: Dec;
}

export interface Organisation {
	readonly id: string;
	readonly name: string;
	/** Recurrent allocation of the year before the model starts, £. */
	readonly priorRecurrentAllocation: Dec;
	readonly allocations: PerYear<AllocationEntry>;
	readonly specificAllocations: readonly NamedAmounts[];
	/** Underlying surplus/(deficit) brought into the first year, £. */
	readonly openingPosition: Dec;
	readonly openingLabel?: string;
	/** Normalisation adjustments, £ per year (recurrent). */
	readonly normalisation: PerYear<Dec>;
	readonly costLines: readonly CostLine[];
	readonly contingency: PercentReserve;
	readonly nonRecurrentReserve: PercentReserve;
	readonly investments: readonly NamedAmounts[];
	readonly perHead: readonly PerHeadItem[];
	/** Registered population per year (a count). */
	readonly population: PerYear<Dec>;
	readonly schemes: readonly QippScheme[];
	readonly unidentified: PerYear<UnidentifiedPlan>;
	/** Planned surplus/(deficit), the control total, £ per year. */
	readonly target: PerYear<Dec>;
	/** Published figures by year and line key. */
	readonly stated: PerYear<Readonly<Record<string, StatedFigure>>>;
}

export interface Assumptions {
	readonly activityGrowth: PerYear<Dec>;
	readonly inflation: PerYear<Dec>;
	readonly efficiency: PerYear<Dec>;
}

export interface ModelInput {
	readonly years: readonly FiscalYear[];
	readonly convention: PriceConvention;
	readonly assumptions: Assumptions;
	/** Share of a scheme's saving expected to be delivered, by RAG, for the risk-adjusted view. */
	readonly deliveryFactors: Readonly<Record<DeliveryCategory, Dec>>;
	readonly organisations: readonly Organisation[];
	/** Published figures of the organisations' total, by year and line key (several organisations). */
	readonly statedTotal?: PerYear<Readonly<Record<string, StatedFigure>>>;
}
