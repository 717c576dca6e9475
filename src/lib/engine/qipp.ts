// QIPP savings: in-year effect from the start month, the full-year effect carried into the next
// year, and the requirement (what must be saved to hit the target). DESIGN §2 "QIPP requirement".
import { D, sum, type Dec } from './decimal';
import { amountIn } from './per-year';
import type { DeliveryCategory, QippScheme, View } from './types';
import { monthsRemaining, type FiscalYear } from './years';

const TWELVE = D(12);

/**
 * Saving delivered inside the year: full-year value x months remaining / 12 from the start month.
 * @example inYearEffect(D(1200), 7).toString() // '600' (October start: 6 of 12 months)
 */
export function inYearEffect(fullYear: Dec, startMonth: number): Dec {
	return fullYear.times(monthsRemaining(startMonth)).div(TWELVE);
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
	return schemes.map((scheme) => {
		const fullYear = amountIn(scheme.values, year);
		const inYear = inYearEffect(fullYear, scheme.startMonth);
		return { scheme, fullYear, inYear, counted: inYear.times(deliveryFactor(view, scheme.rag, factors)) };
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
			.filter(({ scheme }) => scheme.recurrent)
			.map(({ scheme, fullYear, inYear }) =>
				fullYear.minus(inYear).times(deliveryFactor(view, scheme.rag, factors))
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
	const totals = new Map<string, WorkstreamTotal>();
	for (const { scheme, inYear, fullYear, counted } of schemes) {
		const before = totals.get(scheme.workstream);
		totals.set(scheme.workstream, {
			workstream: scheme.workstream,
			inYear: (before?.inYear ?? D(0)).plus(inYear),
			fullYear: (before?.fullYear ?? D(0)).plus(fullYear),
			counted: (before?.counted ?? D(0)).plus(counted),
			riskAdjusted: (before?.riskAdjusted ?? D(0)).plus(inYear.times(factors[scheme.rag]))
		});
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
