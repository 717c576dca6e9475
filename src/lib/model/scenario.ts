// Scenarios: the baseline is the file as written; every other scenario names a parent and
// changes inputs — one by dotted path (array items by id), or every matching row of a list — applied
// parent first, in order.
import { setAtPath, type Json } from './json-path';
import { applyChange, setTargets, startingValue, type SetTarget } from './scenario-change';
import type { Problem } from './problems';
import type { ModelFile, ScenarioFile } from './schema';
import { chainUncertainty } from './uncertainty';

export const BASELINE = 'baseline';

/** A scenario's name as people read it: "Baseline", or the name the file gives it (else its id). */
export function scenarioName(model: ModelFile, id: string): string {
	return id === BASELINE ? 'Baseline' : (model.scenarios.find((s) => s.id === id)?.name ?? id);
}

/** The scenario ids from the baseline down to `id`, or a problem (unknown id, loop). */
export function scenarioChain(
	model: ModelFile,
	id: string
): { chain: ScenarioFile[] } | { problem: Problem } {
	const chain: ScenarioFile[] = [];
	const seen = new Set<string>();
	let current = id;
	while (current !== BASELINE) {
		const scenario = model.scenarios.find((s) => s.id === current);
		if (!scenario) {
			return {
				problem: {
					path: 'scenarios',
					message: `there is no scenario "${current}"${current === id ? '' : ` (parent of "${chain[0]?.id}")`}`
				}
			};
		}
		if (seen.has(current)) {
			return {
				problem: {
					path: 'scenarios',
					message: `scenario parents form a loop: ${[...seen, current].join(' -> ')}`
				}
			};
		}
		seen.add(current);
		chain.unshift(scenario);
		current = scenario.parent;
	}
	return { chain };
}

/**
 * The model as the scenario sees it (raw, to be validated again) and every input path its chain
 * changed, or the problems found. Changes apply parent first and in order, each from the value
 * the ones before it leave, so a relative change follows its parent's value.
 */
export function applyScenario(
	model: ModelFile,
	id: string
): { file: Json; changed: string[] } | { problems: Problem[] } {
	const found = scenarioChain(model, id);
	if ('problem' in found) return { problems: [found.problem] };
	// The resolved model stands alone: no scenarios, and no page layout that would name them.
	// Its uncertainty is the file's with each scenario's ranges on top, parent first.
	const uncertainty = chainUncertainty(model, found.chain);
	let file: Json = { ...model, scenarios: [], notebook: undefined, uncertainty };
	const changed: string[] = [];
	const problems: Problem[] = [];
	for (const scenario of found.chain) {
		const index = model.scenarios.indexOf(scenario);
		scenario.overrides.forEach((override, j) => {
			const at = `scenarios[${index}].overrides[${j}]`;
			const targets: SetTarget[] =
				'path' in override ? [{ path: override.path, row: '' }] : setTargets(file, override);
			for (const target of targets) {
				const moved = applyChange(startingValue(file, target.path), override);
				const result = 'error' in moved ? moved : setAtPath(file, target.path, moved.value, model.years);
				if ('error' in result) {
					const row = target.row === '' ? '' : `"${target.row}": `;
					problems.push({ path: 'path' in override ? `${at}.path` : at, message: row + result.error });
				} else {
					file = result.file;
					changed.push(target.path);
				}
			}
		});
	}
	return problems.length > 0 ? { problems } : { file, changed };
}
