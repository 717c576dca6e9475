// fast-check generators of valid engine inputs (ModelInput), for property tests of the engine and
// of anything built on it (e.g. the model file round-trip). Every amount is an exact terminating
// decimal made from integers: pounds and pence, rates in basis points, populations in heads. So
// every money input has at most 2 decimal places, and any start month M01-M12 may be drawn.
import fc from 'fast-check';
import { D, type Dec } from '../../../src/lib/engine/decimal';
import type {
	AllocationEntry,
	Assumptions,
	CostLine,
	DeliveryCategory,
	ModelInput,
	NamedAmounts,
	Organisation,
	PercentReserve,
	PerHeadItem,
	PerYear,
	PriceConvention,
	QippScheme,
	Rag,
	UnidentifiedPlan
} from '../../../src/lib/engine/types';
import { yearRange, type FiscalYear } from '../../../src/lib/engine/years';

/** £ with pence, between `min` and `max` pounds (whole pounds). */
export function moneyArb(min: number, max: number): fc.Arbitrary<Dec> {
	return fc
		.bigInt({ min: BigInt(min) * 100n, max: BigInt(max) * 100n })
		.map((pence) => D(pence.toString()).div(100));
}

/** A fraction between `minBp` and `maxBp` basis points (1bp = 0.0001). */
export function rateArb(minBp: number, maxBp: number): fc.Arbitrary<Dec> {
	return fc.integer({ min: minBp, max: maxBp }).map((bp) => D(bp).div(10_000));
}

/** A per-year record over `years`, each year present or (when `sparse`) possibly missing. */
export function perYearArb<T>(
	years: readonly FiscalYear[],
	value: fc.Arbitrary<T>,
	sparse = true
): fc.Arbitrary<PerYear<T>> {
	const entry = sparse ? fc.option(value, { nil: undefined }) : value;
	return fc
		.tuple(...years.map(() => entry))
		.map((values) =>
			Object.fromEntries(
				years.flatMap((year, i) => (values[i] === undefined ? [] : [[year, values[i] as T]]))
			)
		);
}

/** 1 to `maxCount` consecutive financial years starting between 2010/11 and 2030/31. */
export function yearsArb(maxCount = 5): fc.Arbitrary<FiscalYear[]> {
	return fc
		.tuple(fc.integer({ min: 2010, max: 2030 }), fc.integer({ min: 1, max: maxCount }))
		.map(([start, count]) => yearRange(`${start}/${String((start + 1) % 100).padStart(2, '0')}`, count));
}

export interface ModelArbOptions {
	/** 'balance' gives every year a balancing unidentified QIPP (no stated amounts). */
	readonly unidentified?: 'any' | 'balance';
	readonly maxOrganisations?: number;
	readonly maxYears?: number;
}

const RAGS: readonly Rag[] = ['green', 'amber', 'red'];
const WORKSTREAMS = ['Prescribing', 'CHC', 'New Models of Care', 'RightCare'];

export function assumptionsArb(years: readonly FiscalYear[]): fc.Arbitrary<Assumptions> {
	return fc.record({
		// activity growth -5%..+10%, inflation -2%..+8%, efficiency deflator 0..6%
		activityGrowth: perYearArb(years, rateArb(-500, 1000)),
		inflation: perYearArb(years, rateArb(-200, 800)),
		efficiency: perYearArb(years, rateArb(0, 600))
	});
}

function allocationEntryArb(): fc.Arbitrary<AllocationEntry> {
	return fc.oneof(
		moneyArb(0, 1_000_000_000).map((value) => ({ value })),
		// allocation growth -3%..+8%
		rateArb(-300, 800).map((growth) => ({ growth }))
	);
}

function namedAmountsArb(
	prefix: string,
	years: readonly FiscalYear[],
	value: fc.Arbitrary<Dec>
): fc.Arbitrary<NamedAmounts[]> {
	return fc
		.array(fc.record({ recurrent: fc.boolean(), values: perYearArb(years, value) }), { maxLength: 2 })
		.map((items) => items.map((item, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}`, ...item })));
}

function costLinesArb(years: readonly FiscalYear[]): fc.Arbitrary<CostLine[]> {
	const line = fc.record(
		{
			tariff: fc.boolean(),
			base: moneyArb(0, 500_000_000),
			activityGrowth: perYearArb(years, rateArb(-500, 1000)),
			inflation: perYearArb(years, rateArb(-200, 800)),
			efficiency: perYearArb(years, rateArb(0, 600)),
			otherPressures: perYearArb(years, moneyArb(-5_000_000, 5_000_000))
		},
		{ requiredKeys: ['tariff', 'base'] }
	);
	return fc
		.array(line, { maxLength: 4 })
		.map((lines) => lines.map((l, i) => ({ id: `line${i}`, name: `Line ${i}`, ...l })));
}

function percentReserveArb(years: readonly FiscalYear[]): fc.Arbitrary<PercentReserve> {
	return fc.record({
		// 0..2% of an allocation, in basis points (a reserve rate does not compound)
		rate: perYearArb(years, rateArb(0, 200)),
		base: fc.constantFrom<PercentReserve['base']>('current', 'prior')
	});
}

function perHeadArb(years: readonly FiscalYear[]): fc.Arbitrary<PerHeadItem[]> {
	return fc
		.array(fc.record({ recurrent: fc.boolean(), rate: perYearArb(years, moneyArb(0, 20)) }), { maxLength: 2 })
		.map((items) => items.map((item, i) => ({ id: `head${i}`, name: `Per head ${i}`, ...item })));
}

function schemesArb(years: readonly FiscalYear[]): fc.Arbitrary<QippScheme[]> {
	const scheme = fc.record({
		workstream: fc.constantFrom(...WORKSTREAMS),
		rag: fc.constantFrom(...RAGS),
		startMonth: fc.integer({ min: 1, max: 12 }),
		recurrent: fc.boolean(),
		values: perYearArb(years, moneyArb(0, 10_000_000))
	});
	return fc
		.array(scheme, { maxLength: 5 })
		.map((schemes) => schemes.map((s, i) => ({ id: `scheme${i}`, name: `Scheme ${i}`, ...s })));
}

function unidentifiedArb(
	years: readonly FiscalYear[],
	mode: 'any' | 'balance'
): fc.Arbitrary<PerYear<UnidentifiedPlan>> {
	if (mode === 'balance') return fc.constant({});
	const plan: fc.Arbitrary<UnidentifiedPlan> = fc.oneof(
		fc.constant<UnidentifiedPlan>('balance'),
		moneyArb(0, 20_000_000).map((amount) => ({ amount }))
	);
	return perYearArb(years, plan);
}

/** One organisation over `years`. */
export function organisationArb(
	id: string,
	years: readonly FiscalYear[],
	options: Pick<ModelArbOptions, 'unidentified'> = {}
): fc.Arbitrary<Organisation> {
	return fc.record({
		id: fc.constant(id),
		name: fc.constant(`Organisation ${id}`),
		priorRecurrentAllocation: moneyArb(0, 1_000_000_000),
		allocations: perYearArb(years, allocationEntryArb()),
		specificAllocations: namedAmountsArb('specific', years, moneyArb(-10_000_000, 10_000_000)),
		openingPosition: moneyArb(-20_000_000, 20_000_000),
		normalisation: perYearArb(years, moneyArb(-5_000_000, 5_000_000)),
		costLines: costLinesArb(years),
		contingency: percentReserveArb(years),
		nonRecurrentReserve: percentReserveArb(years),
		investments: namedAmountsArb('investment', years, moneyArb(0, 10_000_000)),
		perHead: perHeadArb(years),
		population: perYearArb(
			years,
			fc.integer({ min: 0, max: 1_000_000 }).map((n) => D(n))
		),
		schemes: schemesArb(years),
		unidentified: unidentifiedArb(years, options.unidentified ?? 'any'),
		target: perYearArb(years, moneyArb(-10_000_000, 10_000_000)),
		stated: fc.constant({})
	});
}

export function deliveryFactorsArb(): fc.Arbitrary<Record<DeliveryCategory, Dec>> {
	// whole percent, 0..100%
	const factor = fc.integer({ min: 0, max: 100 }).map((n) => D(n).div(100));
	return fc.record({ green: factor, amber: factor, red: factor, unidentified: factor });
}

/** A valid random ModelInput: 1-3 organisations over 1-5 consecutive years, either convention. */
export function modelInputArb(options: ModelArbOptions = {}): fc.Arbitrary<ModelInput> {
	const { maxOrganisations = 3, maxYears = 5 } = options;
	return yearsArb(maxYears).chain((years) =>
		fc.record({
			years: fc.constant(years),
			convention: fc.constantFrom<PriceConvention>('multiplicative', 'additive'),
			assumptions: assumptionsArb(years),
			deliveryFactors: deliveryFactorsArb(),
			organisations: fc
				.integer({ min: 1, max: maxOrganisations })
				.chain((count) =>
					fc.tuple(...Array.from({ length: count }, (_, i) => organisationArb(`org${i}`, years, options)))
				)
		})
	);
}
