// Scenarios side by side: per year, the figures a board decides on for each scenario, each with its
// difference from the base; the measures that differ between scenarios first (a plan that balances
// with unidentified QIPP has the same surplus in every scenario by construction, so that row says
// nothing), and under it the inputs each scenario changes. Figures are exact decimals in pounds.
import { ZERO, type Dec, type ModelResult, type YearResult } from '../engine/index';
import { evaluateScenario, type ScenarioEvaluation } from '../model/evaluate-scenario';
import type { Problem, Result } from '../model/problems';
import { scenarioChanges, type InputChange } from '../model/scenario-changes';
import type { ValidModel } from '../model/valid-model';
import { CONSOLIDATED } from './bridge-report';

export const MEASURES = [
	{ key: 'qipp_unidentified', label: 'Unidentified QIPP needed' },
	{ key: 'risk_surplus', label: 'Risk-adjusted surplus/(deficit)' },
	{ key: 'risk_gap', label: 'Risk-adjusted surplus against target' },
	{ key: 'surplus', label: 'Planned surplus/(deficit)' },
	{ key: 'gap', label: 'Planned surplus against target' },
	{ key: 'allocation', label: 'Allocation' },
	{ key: 'expenditure', label: 'Expenditure (cost lines)' },
	{ key: 'qipp_required', label: 'QIPP required' },
	{ key: 'qipp_identified', label: 'QIPP identified' }
] as const;
export type MeasureKey = (typeof MEASURES)[number]['key'];

export interface ComparedScenario {
	readonly id: string;
	readonly name: string;
	/** What it changes against the base (nothing for the base). */
	readonly changes: readonly InputChange[];
}

export interface ComparisonRow {
	readonly key: MeasureKey;
	readonly label: string;
	/** One per scenario, in pounds. */
	readonly values: readonly Dec[];
	/** value - base value, one per scenario (zero for the base). */
	readonly differences: readonly Dec[];
	/** Whether any scenario differs from the base. */
	readonly differs: boolean;
}

export interface ComparisonYear {
	readonly year: string;
	/** The rows that differ between scenarios, then the rest, each in MEASURES order. */
	readonly rows: readonly ComparisonRow[];
}

export interface Comparison {
	readonly organisation: string;
	readonly organisationName: string;
	/** Index of the base in `scenarios`. */
	readonly base: number;
	readonly scenarios: readonly ComparedScenario[];
	readonly years: readonly ComparisonYear[];
}

export interface CompareOptions {
	readonly scenarios: readonly string[];
	readonly base?: string;
	/** An organisation id or CONSOLIDATED (the default with several organisations). */
	readonly organisation?: string;
	readonly year?: string;
}

function yearsOf(result: ModelResult, organisation: string): readonly (YearResult | undefined)[] | undefined {
	return result.organisations.find((o) => o.id === organisation)?.years;
}

/** The measures of year `index`, summed over organisations for the consolidated total. */
export function measureValues(plan: ModelResult, risk: ModelResult, organisation: string, index: number) {
	const ids = organisation === CONSOLIDATED ? plan.organisations.map((o) => o.id) : [organisation];
	const total = (pick: (plan: YearResult, risk: YearResult) => Dec) =>
		ids.reduce((sum, id) => {
			const p = yearsOf(plan, id)?.[index];
			const r = yearsOf(risk, id)?.[index];
			return p && r ? sum.plus(pick(p, r)) : sum;
		}, ZERO);
	const line = (year: YearResult, key: string) =>
		[...year.lines, ...year.context].find((l) => l.key === key)?.value ?? ZERO;
	return {
		qipp_unidentified: total((p) => p.qipp.unidentifiedNeeded),
		risk_surplus: total((_, r) => line(r, 'closing')),
		risk_gap: total((_, r) => r.headroom),
		surplus: total((p) => line(p, 'closing')),
		gap: total((p) => p.headroom),
		allocation: total((p) => line(p, 'allocation')),
		expenditure: total((p) => p.costLines.reduce((sum, c) => sum.plus(c.cost), ZERO)),
		qipp_required: total((p) => p.qipp.required),
		qipp_identified: total((p) => p.qipp.identified)
	} satisfies Record<MeasureKey, Dec>;
}

/**
 * Compare 2 to 5 scenarios of `model`; the base is the first unless named. `evaluate` lets a
 * caller that keeps evaluations (the notebook) lend them.
 */
export function compareScenarios(
	model: ValidModel,
	options: CompareOptions,
	evaluate: (scenario: string) => ScenarioEvaluation = (id) => evaluateScenario(model, id)
): Result<Comparison> {
	const ids = [...new Set(options.scenarios)];
	const problems: Problem[] = [];
	if (ids.length < 2 || ids.length > 5)
		problems.push({ path: 'scenarios', message: `compare 2 to 5 scenarios, not ${ids.length}` });
	const base = options.base ?? ids[0] ?? '';
	if (!ids.includes(base))
		problems.push({ path: 'base', message: `the base "${base}" must be one of the compared scenarios` });
	const organisation =
		options.organisation ??
		(model.organisations.length > 1 ? CONSOLIDATED : (model.organisations[0]?.id ?? ''));
	const org = model.organisations.find((o) => o.id === organisation);
	if (organisation !== CONSOLIDATED && !org)
		problems.push({ path: 'organisation', message: `there is no organisation "${organisation}"` });
	if (options.year !== undefined && !model.years.includes(options.year))
		problems.push({ path: 'year', message: `the model has no year "${options.year}"` });
	if (problems.length > 0) return { ok: false, problems };

	const evaluated = ids.map((id) => {
		const evaluation = evaluate(id);
		return { id, plan: evaluation.result('plan'), risk: evaluation.result('risk'), evaluation };
	});
	for (const e of evaluated)
		if (!e.plan || !e.risk)
			problems.push(
				...e.evaluation.problems.map((p) => ({ ...p, message: `scenario "${e.id}": ${p.message}` }))
			);
	if (problems.length > 0) return { ok: false, problems };

	const baseIndex = ids.indexOf(base);
	const years = model.years.flatMap((year, index): ComparisonYear[] => {
		if (options.year !== undefined && options.year !== year) return [];
		const perScenario = evaluated.map((e) => measureValues(e.plan!, e.risk!, organisation, index));
		const rows = MEASURES.map(({ key, label }): ComparisonRow => {
			const values = perScenario.map((m) => m[key]);
			const differences = values.map((v) => v.minus(values[baseIndex] ?? ZERO));
			return { key, label, values, differences, differs: differences.some((d) => !d.isZero()) };
		});
		return [{ year, rows: [...rows.filter((r) => r.differs), ...rows.filter((r) => !r.differs)] }];
	});
	const name = (id: string) =>
		id === 'baseline' ? 'Baseline' : (model.scenarios.find((s) => s.id === id)?.name ?? id);
	return {
		ok: true,
		value: {
			organisation,
			organisationName: org?.name ?? 'Consolidated',
			base: baseIndex,
			scenarios: ids.map((id) => ({
				id,
				name: name(id),
				changes: id === base ? [] : scenarioChanges(model, base, id)
			})),
			years
		}
	};
}
