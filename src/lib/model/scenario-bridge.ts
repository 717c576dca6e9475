// A scenario bridge: from the base scenario's figures to another scenario's, one step per group of
// changed inputs. Each step applies its group's changes on top of the groups before it (in the
// order of CHANGE_GROUPS) and is the difference that makes, so the steps add up exactly to the
// difference between the two scenarios, and an interaction between two groups falls to the later
// one. Another order would give other steps with the same total (docs/finance-model.md).
import type { ModelResult, View } from '../engine/index';
import { evaluateScenario, type ScenarioEvaluation } from './evaluate-scenario';
import { readAt } from './json-path';
import type { Problem, Result } from './problems';
import { CHANGE_GROUPS, scenarioChanges, type ChangeGroup, type InputChange } from './scenario-changes';
import { scenarioFile, validateModel, type ValidModel } from './valid-model';

export interface BridgeStage {
	/** The group this stage adds; undefined for the base itself. */
	readonly group?: ChangeGroup;
	readonly changes: readonly InputChange[];
	readonly evaluation: ScenarioEvaluation;
}

/**
 * The base, then one stage per group that has changes, the last being the compared scenario's
 * inputs in full. A stage's figures come from `stage.evaluation.result(view)`.
 */
export function scenarioBridgeStages(
	model: ValidModel,
	base: string,
	scenario: string
): Result<BridgeStage[]> {
	const changes = scenarioChanges(model, base, scenario);
	const target = scenarioFile(model, scenario);
	const groups = CHANGE_GROUPS.filter((g) => changes.some((c) => c.group === g));
	const taken = new Set(model.scenarios.map((s) => s.id));
	const stageId = (i: number) => {
		let id = `bridge-stage-${i}`;
		while (taken.has(id)) id += '-';
		return id;
	};
	// Each stage a scenario whose parent is the stage before, so one validation resolves them all.
	const stages = groups.map((group, i) => ({
		id: stageId(i + 1),
		name: `Bridge stage ${i + 1}`,
		parent: i === 0 ? base : stageId(i),
		overrides: changes.filter((c) => c.group === group).map((c) => settable(target, c.path))
	}));
	const checked = validateModel({ ...model, scenarios: [...model.scenarios, ...stages] });
	if (!checked.ok) return { ok: false, problems: stageProblems(checked.problems) };
	return {
		ok: true,
		value: [
			{ changes: [], evaluation: evaluateScenario(checked.value, base) },
			...groups.map((group, i) => ({
				group,
				changes: changes.filter((c) => c.group === group),
				evaluation: evaluateScenario(checked.value, stages[i]!.id)
			}))
		]
	};
}

/**
 * The compared scenario's value at `path` as an override. Where it has none (the base scenario
 * added a year the other lacks), the nearest enclosing value it does have, so the stage holds
 * exactly what the compared scenario holds there.
 */
function settable(target: unknown, path: string): { path: string; value: unknown } {
	let at = path;
	let value = readAt(target, at);
	while (value === undefined && at.includes('.')) {
		at = at.slice(0, at.lastIndexOf('.'));
		value = readAt(target, at);
	}
	return { path: at, value };
}

/** Problems of a stage read as problems of the comparison (a stage is no scenario the user made). */
function stageProblems(problems: readonly Problem[]): Problem[] {
	return problems.map((p) => ({
		...p,
		message: `applying the compared scenario's changes in groups: ${p.message}`
	}));
}

/** The results of every stage in `view`, or the first stage's problems. */
export function stageResults(stages: readonly BridgeStage[], view: View): Result<ModelResult[]> {
	const results: ModelResult[] = [];
	for (const stage of stages) {
		const result = stage.evaluation.result(view);
		if (!result) return { ok: false, problems: [...stage.evaluation.problems] };
		results.push(result);
	}
	return { ok: true, value: results };
}
