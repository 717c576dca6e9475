// QIPP savings: in-year effect from the start month, the full-year effect carried into the next
// year, and the requirement (what must be saved to hit the target). docs/finance-model.md, "QIPP requirement".
import { D, ZERO, sum, toPenny, type Dec } from './decimal';
import { amountIn } from './per-year';
import type { DeliveryCategory, QippScheme, View } from './types';
import { monthsRemaining, type FiscalYear } from './years';

const TWELVE = D(12);

/**
 * Saving delivered inside the year: full-year value x months remaining / 12 from the start month,
 * to the penny.
 * @example inYearEffect(D(1200), 7).toString() // '600' (October start: 6 of 12 months)
 */
export function inYearEffect(fullYear: Dec, startMonth: number): Dec {
	if (fullYear.isZero() || startMonth === 1) return fullYear;
	return toPenny(fullYear.times(monthsRemaining(startMonth)).div(TWELVE));
}

/**
 * The month a scheme's tranche of `year` starts: its own month when the scheme gives one per year,
 * else the scheme's start month for its first tranche (the first year with a saving) and April
 * for every later one (a later tranche is planned from the start of its year). ADR 0014.
 * @example trancheStartMonth({ startMonth: 7, values: { '2026/27': D(1200), '2027/28': D(1200) } }, '2027/28') // 1
 */
export function trancheStartMonth(
	scheme: Pick<QippScheme, 'startMonth' | 'startMonths' | 'values'>,
	year: FiscalYear
): number {
	if (scheme.startMonths) return scheme.startMonths[year] ?? 1;
	const first = Object.keys(scheme.values)
		.filter((y) => !scheme.values[y]!.isZero())
		.sort()[0];
	return year === first ? scheme.startMonth : 1;
}

/** A saving x its delivery factor, to the penny. */
export function delivered(saving: Dec, factor: Dec): Dec {
	return saving.isZero() || factor.eq(1) ? saving : toPenny(saving.times(factor));
}

/** Share of a saving counted in the view: all of it in the plan, its delivery factor when risk-adjusted. */
export function deliveryFactor(
	view: View,
	category: DeliveryCategory,
	factors: Readonly<Record<DeliveryCategory, Dec>>
): Dec {
	return view === 'plan' ? D(1) : factors[category];
}

export interface SchemeYear {
	readonly scheme: QippScheme;
	/** The month this year's tranche starts (`trancheStartMonth`). */
	readonly startMonth: number;
	readonly fullYear: Dec;
	readonly inYear: Dec;
	/** In-year effect counted in the view (x delivery factor when risk-adjusted). */
	readonly counted: Dec;
}

/** Each scheme's saving in `year` under `view`. */
export function schemesIn(
	schemes: readonly QippScheme[],
	year: FiscalYear,
	view: View,
	factors: Readonly<Record<DeliveryCategory, Dec>>
): SchemeYear[] {
	return schemes.map((scheme): SchemeYear => {
		const fullYear = amountIn(scheme.values, year);
		const startMonth = trancheStartMonth(scheme, year);
		const inYear = inYearEffect(fullYear, startMonth);
		const counted = view === 'plan' ? inYear : delivered(inYear, factors[scheme.rag]);
		return { scheme, startMonth, fullYear, inYear, counted };
	});
}

/**
 * Full-year effect of last year's recurrent schemes: the part of their saving that falls in this
 * year because they started part-way through the last (full-year value - in-year effect).
 */
export function fullYearEffect(
	lastYear: readonly SchemeYear[],
	view: View,
	factors: Readonly<Record<DeliveryCategory, Dec>>
): Dec {
	return sum(
		lastYear
			.filter(({ scheme, fullYear, inYear }) => scheme.recurrent && !fullYear.eq(inYear))
			.map(({ scheme, fullYear, inYear }) =>
				delivered(fullYear.minus(inYear), deliveryFactor(view, scheme.rag, factors))
			)
	);
}

export interface WorkstreamTotal {
	readonly workstream: string;
	readonly inYear: Dec;
	readonly fullYear: Dec;
	readonly counted: Dec;
	/** In-year saving x delivery factor by RAG, whatever the view. */
	readonly riskAdjusted: Dec;
}

/** In-year savings summed by workstream, in the order workstreams first appear. */
export function byWorkstream(
	schemes: readonly SchemeYear[],
	factors: Readonly<Record<DeliveryCategory, Dec>>
): WorkstreamTotal[] {
	const totals = new Map<string, { -readonly [K in keyof WorkstreamTotal]: WorkstreamTotal[K] }>();
	for (const { scheme, inYear, fullYear, counted } of schemes) {
		let total = totals.get(scheme.workstream);
		if (!total) {
			total = {
				workstream: scheme.workstream,
				inYear: ZERO,
				fullYear: ZERO,
				counted: ZERO,
				riskAdjusted: ZERO
			};
			totals.set(scheme.workstream, total);
		}
		if (fullYear.isZero()) continue;
		total.inYear = total.inYear.plus(inYear);
		total.fullYear = total.fullYear.plus(fullYear);
		total.counted = total.counted.plus(counted);
		total.riskAdjusted = total.riskAdjusted.plus(delivered(inYear, factors[scheme.rag]));
	}
	return [...totals.values()];
}

/**
 * Required QIPP(t) = target(t) - (closing(t) - QIPP(t)), i.e. target minus the position before
 * this year's QIPP. Unidentified = required - identified.
 */
export function qippRequired(target: Dec, positionBeforeQipp: Dec): Dec {
	return target.minus(positionBeforeQipp);
}

/** Everything the identified schemes give in one year under one view. */
export interface SchemesYear {
	readonly schemes: readonly SchemeYear[];
	/** Sum of in-year effects, as planned. */
	readonly identified: Dec;
	/** Sum of in-year effects counted in the view. */
	readonly counted: Dec;
	/** Sum of in-year effects x delivery factor by RAG, whatever the view. */
	readonly riskAdjusted: Dec;
	readonly byWorkstream: readonly WorkstreamTotal[];
	/** What this year's recurrent schemes add in the next year (`fullYearEffect`). */
	readonly fullYearEffect: Dec;
	/** Non-recurrent schemes with a saving counted this year, which carry-forward takes out. */
	readonly oneOff: readonly SchemeYear[];
}

type Factors = Readonly<Record<DeliveryCategory, Dec>>;

interface MadeSchemes {
	readonly years: readonly FiscalYear[];
	readonly factors: Factors;
	readonly result: readonly SchemesYear[];
}

// Keyed by the scheme list itself (model inputs are immutable), one entry per view because the
// risk view evaluates the plan first. Most edits (a rate, a cost line, an allocation) leave the
// schemes alone, and these few thousand Decimal operations are then skipped.
const madeSchemes = new WeakMap<readonly QippScheme[], Partial<Record<View, MadeSchemes>>>();

/**
 * The schemes in every year of `years` under `view`, reused from the last call with the same
 * scheme list, view, years and delivery factors (factors compared by value).
 */
export function schemesByYear(
	schemes: readonly QippScheme[],
	years: readonly FiscalYear[],
	view: View,
	factors: Factors
): readonly SchemesYear[] {
	const views = madeSchemes.get(schemes) ?? {};
	const last = views[view];
	if (
		last &&
		(last.years === years ||
			(last.years.length === years.length && last.years.every((y, i) => y === years[i]))) &&
		(last.factors === factors ||
			(['green', 'amber', 'red', 'unidentified'] as const).every((k) => last.factors[k].eq(factors[k])))
	)
		return last.result;
	const result = years.map((year): SchemesYear => {
		const inYear = schemesIn(schemes, year, view, factors);
		return {
			schemes: inYear,
			identified: sum(inYear.map((s) => s.inYear)),
			counted: sum(inYear.map((s) => s.counted)),
			riskAdjusted: sum(inYear.map((s) => delivered(s.inYear, factors[s.scheme.rag]))),
			byWorkstream: byWorkstream(inYear, factors),
			fullYearEffect: fullYearEffect(inYear, view, factors),
			oneOff: inYear.filter((s) => !s.scheme.recurrent && !s.counted.isZero())
		};
	});
	madeSchemes.set(schemes, { ...views, [view]: { years, factors, result } });
	return result;
}
