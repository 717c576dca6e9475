// One organisation-year's QIPP: what is required to hit the target, what is identified, the
// unidentified rest, what the bridge counts, and how each total was made (docs/finance-model.md,
// "QIPP"). The requirement is measured against the position before this year's QIPP.
import { D, ZERO, type Dec } from './decimal';
import { explain, type Explanation } from './explain';
import { delivered, qippRequired, type SchemeYear, type WorkstreamTotal } from './qipp';
import type { StepYear } from './step-year';

export interface QippYear {
	readonly schemes: readonly SchemeYear[];
	readonly byWorkstream: readonly WorkstreamTotal[];
	/** In-year effect of identified schemes, as planned (no delivery factor). */
	readonly identified: Dec;
	/** target - position before this year's QIPP. */
	readonly required: Dec;
	/** required - identified: what is still to be found to hit the target. */
	readonly unidentifiedNeeded: Dec;
	/** Unidentified QIPP in the plan: a stated amount, or the shortfall when balancing (never negative). */
	readonly unidentifiedPlanned: Dec;
	readonly unidentifiedStated: boolean;
	/** Unidentified QIPP counted in this view (x its delivery factor when risk-adjusted). */
	readonly unidentifiedCounted: Dec;
	/** The QIPP step of the bridge in this view: identified and unidentified as counted. */
	readonly counted: Dec;
	/** Identified and unidentified QIPP x delivery factors: the risk-adjusted saving. */
	readonly riskAdjusted: Dec;
	/** How the identified, planned unidentified and required totals were made. */
	readonly explanations: QippExplanations;
}

export interface QippExplanations {
	readonly identified: Explanation;
	readonly unidentifiedPlanned: Explanation;
	readonly required: Explanation;
}

/**
 * The QIPP of year `y`, given the position before its QIPP (the opening plus every other step).
 * @example qippYear(y, D(-5)).required // target - (-5)
 */
export function qippYear(y: StepYear, positionBeforeQipp: Dec): QippYear {
	const { org, year, schemes: schemesYear } = y;
	const factors = y.model.deliveryFactors;
	const { schemes, identified } = schemesYear;
	const required = qippRequired(y.target, positionBeforeQipp);
	const unidentifiedNeeded = required.minus(identified);
	const plan = org.unidentified[year] ?? 'balance';
	const unidentifiedStated = plan !== 'balance';
	const unidentifiedPlanned =
		y.planUnidentified ?? (plan === 'balance' ? D.max(unidentifiedNeeded, ZERO) : plan.amount);
	const unidentifiedCounted = delivered(unidentifiedPlanned, y.view === 'plan' ? D(1) : factors.unidentified);
	const at = `${y.source}.qipp`;
	return {
		schemes,
		byWorkstream: schemesYear.byWorkstream,
		identified,
		required,
		unidentifiedNeeded,
		unidentifiedPlanned,
		unidentifiedStated,
		unidentifiedCounted,
		counted: schemesYear.counted.plus(unidentifiedCounted),
		riskAdjusted: schemesYear.riskAdjusted.plus(delivered(unidentifiedPlanned, factors.unidentified)),
		explanations: {
			identified: explain(
				"Sum of the schemes' in-year savings (a scheme starting part-way through a year saves part of it)",
				() =>
					schemes.map((s) => ({
						label: s.scheme.name,
						value: s.inYear,
						unit: 'gbp' as const,
						source: `${at}.schemes.${s.scheme.id}.values.${year}`
					}))
			),
			unidentifiedPlanned: unidentifiedStated
				? explain('As entered', [
						{
							label: 'Unidentified QIPP',
							value: unidentifiedPlanned,
							unit: 'gbp',
							source: `${at}.unidentified.${year}`
						}
					])
				: y.planUnidentified !== undefined
					? explain(
							"The plan's balancing figure: the risk-adjusted view keeps it, not re-balanced after risk",
							[{ label: 'Unidentified QIPP in the plan', value: unidentifiedPlanned, unit: 'gbp' }]
						)
					: explain(
							'QIPP required minus identified QIPP, never below zero (the plan balances to its target)',
							[
								{ label: 'QIPP required', value: required, unit: 'gbp' },
								{ label: 'Identified QIPP', value: identified, unit: 'gbp' }
							]
						),
			required: explain('Target surplus minus the position before this year’s QIPP', [
				{ label: 'Target', value: y.target, unit: 'gbp', source: `${y.source}.target.${year}` },
				{ label: 'Position before QIPP', value: positionBeforeQipp, unit: 'gbp' }
			])
		}
	};
}
