// Projects one organisation over the model's years: each year's bridge, QIPP requirement, cost
// lines and the carry-forward into the next year (DESIGN §2). Pure: input in, results out.
import { allocationFor } from './allocation';
import { closeBridge, closingOf, type BridgeLine, type ContextLine, type StepLine } from './bridge';
import { carryForward, type CarryForward, type CarryItem } from './carry-forward';
import { projectCostLines, type CostLineYear } from './cost-lines';
import { D, ZERO, sum, type Dec } from './decimal';
import { explain } from './explain';
import { amountIn } from './per-year';
import {
	delivered,
	qippRequired,
	schemesByYear,
	type SchemeYear,
	type SchemesYear,
	type WorkstreamTotal
} from './qipp';
import { yearAmount } from './levels';
import { percentReserve, reserveProvisions } from './reserves';
import type { ModelInput, Organisation, View } from './types';
import { previousYear, type FiscalYear } from './years';

export type { CostLineYear };

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
	/** The QIPP step of the bridge in this view. */
	readonly counted: Dec;
	/** Identified and unidentified QIPP x delivery factors: the risk-adjusted saving. */
	readonly riskAdjusted: Dec;
}

export interface YearResult {
	readonly organisation: string;
	readonly year: FiscalYear;
	readonly view: View;
	readonly lines: readonly BridgeLine[];
	readonly context: readonly ContextLine[];
	readonly costLines: readonly CostLineYear[];
	readonly qipp: QippYear;
	readonly target: Dec;
	/** closing - target: above zero, the plan beats its control total. */
	readonly headroom: Dec;
	readonly carryForward: CarryForward;
}

/** Unidentified QIPP planned per year in the plan view; the risk view reuses it (x its factor). */
export type PlannedUnidentified = Readonly<Record<FiscalYear, Dec>>;

/**
 * Every year of one organisation under one view. For the risk view pass the plan's unidentified
 * amounts, so a balancing figure is the plan's and not re-balanced after risk.
 */
export function projectOrganisation(
	model: ModelInput,
	org: Organisation,
	view: View,
	planUnidentified?: PlannedUnidentified
): YearResult[] {
	const src = `organisations.${org.id}`;
	const factors = model.deliveryFactors;
	const results: YearResult[] = [];
	let opening = org.openingPosition;
	let openingExplanation = explain('Opening underlying position as entered', [
		{
			label: 'Opening underlying position',
			value: org.openingPosition,
			unit: 'gbp',
			source: `${src}.opening.position`
		}
	]);
	let priorRecurrent = org.priorRecurrentAllocation;
	let lastSchemes: SchemesYear | undefined;
	const schemesYears = schemesByYear(org.schemes, model.years, view, factors);
	const costLinesByYear = projectCostLines(model, org.id, org.costLines);

	for (const [index, year] of model.years.entries()) {
		const lastYear = previousYear(year);
		const steps: StepLine[] = [];
		const { allocation, explanation: allocationExplanation } = allocationFor(
			org.allocations[year],
			priorRecurrent,
			`${src}.allocation.years.${year}`
		);
		steps.push({
			key: 'growth_received',
			label: 'Growth received',
			value: allocation.minus(priorRecurrent),
			explanation: explain("This year's allocation minus last year's recurrent allocation", [
				{
					label: `Allocation ${year}`,
					value: allocation,
					unit: 'gbp',
					source: `${src}.allocation.years.${year}`
				},
				{
					label: `Recurrent allocation ${lastYear}`,
					value: priorRecurrent,
					unit: 'gbp',
					source: index === 0 ? `${src}.allocation.priorRecurrent` : `${src}.allocation.years.${lastYear}`
				}
			])
		});
		const normalisation = amountIn(org.normalisation, year);
		steps.push({
			key: 'normalisation',
			label: 'Normalisation',
			value: normalisation,
			explanation: explain('Normalisation adjustment as entered', [
				{ label: 'Normalisation', value: normalisation, unit: 'gbp', source: `${src}.normalisation.${year}` }
			])
		});
		if (lastSchemes) {
			const schemesLastYear = lastSchemes.schemes;
			const fye = lastSchemes.fullYearEffect;
			steps.push({
				key: 'qipp_full_year_effect',
				label: "Full-year effect of last year's QIPP",
				value: fye,
				explanation: explain(
					view === 'plan'
						? "Sum over last year's recurrent schemes of full-year saving minus in-year effect"
						: "Sum over last year's recurrent schemes of (full-year saving minus in-year effect) x delivery factor",
					// One input per scheme: made only when someone reads the explanation.
					() =>
						schemesLastYear
							.filter(({ scheme, fullYear }) => scheme.recurrent && !fullYear.isZero())
							.map(({ scheme, fullYear, inYear }) => ({
								label: `${scheme.name}: full-year saving less last year's in-year effect`,
								value: fullYear.minus(inYear),
								unit: 'gbp' as const,
								source: `${src}.qipp.schemes.${scheme.id}.values.${lastYear}`
							}))
				)
			});
		}
		const provisions = reserveProvisions(
			org.investments,
			org.perHead,
			org.population,
			model.years,
			index,
			src
		);
		steps.push({
			key: 'reserve_provisions',
			label: 'Reserve provisions',
			value: provisions.amount.neg(),
			explanation: provisions.explanation
		});

		const { costLines, steps: costSteps } = costLinesByYear[index]!;
		steps.push(...costSteps);

		const contingency = percentReserve(
			org.contingency,
			year,
			allocation,
			priorRecurrent,
			`${src}.reserves.contingency`
		);
		const nonRecurrent = percentReserve(
			org.nonRecurrentReserve,
			year,
			allocation,
			priorRecurrent,
			`${src}.reserves.nonRecurrent`
		);
		steps.push(
			{
				key: 'contingency',
				label: org.contingency.label ?? 'Contingency',
				value: contingency.amount.neg(),
				explanation: contingency.explanation
			},
			{
				key: 'non_recurrent_reserve',
				label: org.nonRecurrentReserve.label ?? 'Non-recurrent (risk) reserve',
				value: nonRecurrent.amount.neg(),
				explanation: nonRecurrent.explanation
			}
		);
		const specifics = org.specificAllocations.map((item) => ({
			item,
			...yearAmount(item.values, item.recurrent, model.years, index)
		}));
		for (const { item, amount, previous } of specifics) {
			const change = item.recurrent && !previous.isZero();
			steps.push({
				key: `specific:${item.id}`,
				label: item.name,
				value: amount,
				explanation: explain(
					change
						? "Recurrent specific allocation: this year's level less last year's"
						: `Specific allocation as entered (${item.recurrent ? 'recurrent' : 'non-recurrent'})`,
					[
						{
							label: item.name,
							value: amount.plus(previous),
							unit: 'gbp',
							source: `${src}.specificAllocations.${item.id}.values.${year}`
						},
						...(change ? [{ label: `${item.name} last year`, value: previous, unit: 'gbp' as const }] : [])
					]
				)
			});
		}

		// QIPP: the requirement is measured against the position before this year's QIPP.
		const target = amountIn(org.target, year);
		const positionBeforeQipp = opening.plus(sum(steps.map((s) => s.value)));
		const schemesYear = schemesYears[index]!;
		const { schemes, identified } = schemesYear;
		const required = qippRequired(target, positionBeforeQipp);
		const unidentifiedNeeded = required.minus(identified);
		const plan = org.unidentified[year] ?? 'balance';
		const unidentifiedStated = plan !== 'balance';
		const unidentifiedPlanned =
			planUnidentified?.[year] ?? (plan === 'balance' ? D.max(unidentifiedNeeded, ZERO) : plan.amount);
		const unidentifiedFactor = view === 'plan' ? D(1) : factors.unidentified;
		const countedIdentified = schemesYear.counted;
		const unidentifiedCounted = delivered(unidentifiedPlanned, unidentifiedFactor);
		const counted = countedIdentified.plus(unidentifiedCounted);
		const riskAdjusted = schemesYear.riskAdjusted.plus(delivered(unidentifiedPlanned, factors.unidentified));
		steps.push({
			key: 'qipp',
			label: 'QIPP',
			value: counted,
			explanation: explain(
				view === 'plan'
					? 'Sum over schemes of full-year saving x months remaining from the start month / 12, plus unidentified QIPP'
					: 'Sum over schemes of in-year effect x delivery factor by RAG, plus unidentified QIPP x its factor',
				() => [
					...schemes
						.filter((s) => !s.fullYear.isZero())
						.map((s) => ({
							label: `${s.scheme.name} (${s.scheme.rag}, from M${String(s.scheme.startMonth).padStart(2, '0')})`,
							value: s.counted,
							unit: 'gbp' as const,
							source: `${src}.qipp.schemes.${s.scheme.id}.values.${year}`
						})),
					{
						label: unidentifiedStated
							? 'Unidentified QIPP (as entered)'
							: 'Unidentified QIPP (balances to target)',
						value: unidentifiedCounted,
						unit: 'gbp',
						source: `${src}.qipp.unidentified.${year}`
					}
				]
			)
		});

		const opener: StepLine = {
			key: 'opening',
			label:
				index === 0
					? (org.openingLabel ?? `Underlying position ${lastYear}`)
					: `Underlying position b/f from ${lastYear}`,
			value: opening,
			explanation: openingExplanation
		};
		const lines = closeBridge(opener, steps);
		const closing = closingOf(lines);

		const carryItems: CarryItem[] = [
			...specifics
				.filter(({ item }) => !item.recurrent)
				.map(({ item, amount }) => ({ label: item.name, value: amount.neg() })),
			{ label: org.contingency.label ?? 'Contingency', value: contingency.amount },
			{ label: org.nonRecurrentReserve.label ?? 'Non-recurrent (risk) reserve', value: nonRecurrent.amount },
			...provisions.items
				.filter((item) => !item.recurrent)
				.map((item) => ({ label: item.name, value: item.amount })),
			...schemesYear.oneOff.map((s) => ({ label: `${s.scheme.name} (one-off QIPP)`, value: s.counted.neg() }))
		];
		const carried = carryForward(closing, carryItems);

		results.push({
			organisation: org.id,
			year,
			view,
			lines,
			context: [
				{
					key: 'prior_recurrent_allocation',
					label: `Recurrent allocation ${lastYear}`,
					value: priorRecurrent,
					explanation: explain(index === 0 ? 'As entered' : "Last year's allocation", [
						{
							label: 'Recurrent allocation',
							value: priorRecurrent,
							unit: 'gbp',
							source: index === 0 ? `${src}.allocation.priorRecurrent` : `${src}.allocation.years.${lastYear}`
						}
					])
				},
				{
					key: 'allocation',
					label: `Allocation ${year}`,
					value: allocation,
					explanation: allocationExplanation
				},
				{
					key: 'target',
					label: 'Target surplus/(deficit)',
					value: target,
					explanation: explain('Control total as entered', [
						{ label: 'Target', value: target, unit: 'gbp', source: `${src}.target.${year}` }
					])
				}
			],
			costLines,
			qipp: {
				schemes,
				byWorkstream: schemesYear.byWorkstream,
				identified,
				required,
				unidentifiedNeeded,
				unidentifiedPlanned,
				unidentifiedStated,
				counted,
				riskAdjusted
			},
			target,
			headroom: closing.minus(target),
			carryForward: carried
		});

		opening = carried.opening;
		openingExplanation = carried.explanation;
		priorRecurrent = allocation;
		lastSchemes = schemesYear;
	}
	return results;
}
