// Projects one organisation over the model's years: each year's bridge (one line per step of the
// table in bridge-steps.ts), QIPP requirement, cost lines and the carry-forward into the next year
// (docs/finance-model.md). Pure: input in, results out.
import { bridgeLines, stepLabel } from './bridge-steps';
import { closingOf, positionBefore, type BridgeLine, type ContextLine } from './bridge';
import { carryForward, type CarryForward, type CarryItem } from './carry-forward';
import { projectCostLines, type CostLineYear } from './cost-lines';
import type { Dec } from './decimal';
import { explain } from './explain';
import { qippYear, type QippYear } from './qipp-year';
import { schemesByYear } from './qipp';
import { stepYear, type StepYear, type YearStart } from './step-year';
import type { ModelInput, Organisation, View } from './types';
import type { FiscalYear } from './years';

export type { CostLineYear, QippYear };

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
	const schemesYears = schemesByYear(org.schemes, model.years, view, model.deliveryFactors);
	const costsByYear = projectCostLines(model, org.id, org.costLines);
	let start: YearStart = {
		opening: org.openingPosition,
		explanation: explain('Opening underlying position as entered', [
			{
				label: 'Opening underlying position',
				value: org.openingPosition,
				unit: 'gbp',
				source: `organisations.${org.id}.opening.position`
			}
		]),
		priorRecurrent: org.priorRecurrentAllocation
	};
	return model.years.map((year, index): YearResult => {
		const y = stepYear(model, org, view, index, start, {
			costs: costsByYear[index]!,
			schemes: schemesYears[index]!,
			lastSchemes: schemesYears[index - 1],
			planUnidentified: planUnidentified?.[year]
		});
		const lines = bridgeLines(y);
		const closing = closingOf(lines);
		const carried = carryForward(closing, carryItems(y));
		start = {
			opening: carried.opening,
			explanation: carried.explanation,
			priorRecurrent: y.allocation.allocation
		};
		return {
			organisation: org.id,
			year,
			view,
			lines,
			context: contextLines(y),
			costLines: y.costs.costLines,
			// The same QIPP the bridge's QIPP step counted: measured against the position before it.
			qipp: qippYear(y, positionBefore(lines, 'qipp')),
			target: y.target,
			headroom: closing.minus(y.target),
			carryForward: carried
		};
	});
}

/**
 * What carry-forward takes out of the closing position: one-off income, the reserves provided
 * afresh each year, one-off provisions and one-off QIPP.
 */
function carryItems(y: StepYear): CarryItem[] {
	return [
		...y.specifics
			.filter(({ item }) => !item.recurrent)
			.map(({ item, amount }) => ({ label: item.name, value: amount.neg() })),
		{ label: y.org.contingency.label ?? stepLabel('contingency'), value: y.contingency.amount },
		{
			label: y.org.nonRecurrentReserve.label ?? stepLabel('non_recurrent_reserve'),
			value: y.nonRecurrent.amount
		},
		...y.provisions.items
			.filter((item) => !item.recurrent)
			.map((item) => ({ label: item.name, value: item.amount })),
		...y.schemes.oneOff.map((s) => ({ label: `${s.scheme.name} (one-off QIPP)`, value: s.counted.neg() }))
	];
}

/** The figures shown beside the bridge: last year's recurrent allocation, this year's, the target. */
function contextLines(y: StepYear): ContextLine[] {
	const { source, year, lastYear, index } = y;
	const prior = y.start.priorRecurrent;
	return [
		{
			key: 'prior_recurrent_allocation',
			label: `Recurrent allocation ${lastYear}`,
			value: prior,
			explanation: explain(index === 0 ? 'As entered' : "Last year's allocation", [
				{
					label: 'Recurrent allocation',
					value: prior,
					unit: 'gbp',
					source:
						index === 0 ? `${source}.allocation.priorRecurrent` : `${source}.allocation.years.${lastYear}`
				}
			])
		},
		{
			key: 'allocation',
			label: `Allocation ${year}`,
			value: y.allocation.allocation,
			explanation: y.allocation.explanation
		},
		{
			key: 'target',
			label: 'Target surplus/(deficit)',
			value: y.target,
			explanation: explain('Control total as entered', [
				{ label: 'Target', value: y.target, unit: 'gbp', source: `${source}.target.${year}` }
			])
		}
	];
}
