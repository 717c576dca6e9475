// Scenarios: the baseline is the file as written; every other scenario names a parent and
// overrides inputs by dotted path (array items by id), applied parent first.
import { setAtPath, type Json } from './json-path';
import type { Problem } from './problems';
import type { ModelFile, ScenarioFile } from './schema';

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

/** The model as the scenario sees it (raw, to be validated again), or the problems found. */
export function applyScenario(model: ModelFile, id: string): { file: Json } | { problems: Problem[] } {
	const found = scenarioChain(model, id);
	if ('problem' in found) return { problems: [found.problem] };
	// The resolved model stands alone: no scenarios, and no page layout that would name them.
	let file: Json = { ...model, scenarios: [], notebook: undefined };
	const problems: Problem[] = [];
	for (const scenario of found.chain) {
		const index = model.scenarios.indexOf(scenario);
		scenario.overrides.forEach((override, j) => {
			const result = setAtPath(file, override.path, override.value, model.years);
			if ('error' in result)
				problems.push({ path: `scenarios[${index}].overrides[${j}].path`, message: result.error });
			else file = result.file;
		});
	}
	return problems.length > 0 ? { problems } : { file };
}
