// The scenario bridge as a report: from the base scenario's figure to the compared scenario's, a
// step per group of changed inputs (model/scenario-bridge.ts), for one measure of one year and one
// organisation (or the consolidated total). The steps add up to the difference exactly.
import type { Dec } from '../engine/index';
import type { Result } from '../model/problems';
import { scenarioBridgeStages } from '../model/scenario-bridge';
import { CHANGE_GROUP_LABEL, type ChangeGroup, type InputChange } from '../model/scenario-changes';
import type { ValidModel } from '../model/valid-model';
import { measureValues, MEASURES, type ComparisonRow, type MeasureKey } from './comparison';

export interface ScenarioBridgeStep {
	readonly group: ChangeGroup;
	readonly label: string;
	/** What applying this group's changes (after the groups before it) does to the measure. */
	readonly value: Dec;
	readonly changes: readonly InputChange[];
}

export interface ScenarioBridge {
	readonly measure: MeasureKey;
	readonly measureLabel: string;
	readonly year: string;
	readonly organisation: string;
	readonly base: string;
	readonly scenario: string;
	/** The base scenario's figure. */
	readonly opening: Dec;
	readonly steps: readonly ScenarioBridgeStep[];
	/** The compared scenario's figure: opening + the steps. */
	readonly closing: Dec;
}

export function scenarioBridge(
	model: ValidModel,
	options: { base: string; scenario: string; year: string; organisation: string; measure: MeasureKey }
): Result<ScenarioBridge> {
	const index = model.years.indexOf(options.year);
	if (index < 0)
		return { ok: false, problems: [{ path: 'year', message: `the model has no year "${options.year}"` }] };
	const stages = scenarioBridgeStages(model, options.base, options.scenario);
	if (!stages.ok) return stages;
	const figures: Dec[] = [];
	for (const stage of stages.value) {
		const plan = stage.evaluation.result('plan');
		const risk = stage.evaluation.result('risk');
		if (!plan || !risk) return { ok: false, problems: [...stage.evaluation.problems] };
		figures.push(measureValues(plan, risk, options.organisation, index)[options.measure]);
	}
	const opening = figures[0]!;
	const steps = stages.value.slice(1).map((stage, i) => ({
		group: stage.group!,
		label: CHANGE_GROUP_LABEL[stage.group!],
		value: figures[i + 1]!.minus(figures[i]!),
		changes: stage.changes
	}));
	return {
		ok: true,
		value: {
			measure: options.measure,
			measureLabel: MEASURES.find((m) => m.key === options.measure)?.label ?? options.measure,
			year: options.year,
			organisation: options.organisation,
			base: options.base,
			scenario: options.scenario,
			opening,
			steps,
			closing: figures.at(-1)!
		}
	};
}

/**
 * What a scenario bridge walks unless told: the planned surplus, or the risk-adjusted one when
 * the planned surplus is the same in every scenario (a plan that balances with unidentified QIPP).
 */
export function defaultBridgeMeasure(rows: readonly ComparisonRow[]): MeasureKey {
	return rows.find((r) => r.key === 'surplus')?.differs ? 'surplus' : 'risk_surplus';
}
