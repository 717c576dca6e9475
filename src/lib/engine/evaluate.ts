// Evaluate a resolved model under a view: every organisation's years plus the consolidated total.
import { consolidateYear, type ConsolidatedYear } from './consolidate';
import { projectOrganisation, type PlannedUnidentified, type YearResult } from './project';
import type { ModelInput, View } from './types';

export interface OrganisationResult {
	readonly id: string;
	readonly name: string;
	readonly years: readonly YearResult[];
}

export interface ModelResult {
	readonly view: View;
	readonly years: readonly string[];
	readonly organisations: readonly OrganisationResult[];
	readonly consolidated: readonly ConsolidatedYear[];
}

/**
 * Evaluate every organisation and year. The risk view keeps the plan's unidentified QIPP amounts
 * (a balancing figure is a plan decision) and applies delivery factors to everything; pass the
 * plan's result when it is already made, so the risk view does not project the plan again.
 * @example closingOf(evaluateModel(input, 'plan').organisations[0].years[0].lines)
 */
export function evaluateModel(model: ModelInput, view: View = 'plan', planMade?: ModelResult): ModelResult {
	const organisations = model.organisations.map((org, o) => {
		const plan = planMade?.organisations[o]?.years ?? projectOrganisation(model, org, 'plan');
		if (view === 'plan') return { id: org.id, name: org.name, years: plan };
		const planned: PlannedUnidentified = Object.fromEntries(
			plan.map((r) => [r.year, r.qipp.unidentifiedPlanned])
		);
		return { id: org.id, name: org.name, years: projectOrganisation(model, org, 'risk', planned) };
	});
	const names = organisations.map((o) => o.name);
	const consolidated = model.years.map((year, i) =>
		consolidateYear(
			year,
			organisations.map((o) => o.years[i]).filter((r): r is YearResult => r !== undefined),
			names
		)
	);
	return { view, years: model.years, organisations, consolidated };
}
