// Scenarios: the baseline is the file as written; every other scenario names a parent and
// overrides inputs by dotted path (array items by id), applied parent first.
import { looksLikeYear } from '../engine/years';
import type { Problem } from './problems';
import type { ModelFile, ScenarioFile } from './schema';

export const BASELINE = 'baseline';

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

type Json = unknown;

function step(
	container: Json,
	segment: string
): { found: true; holder: Record<string, Json> | Json[]; key: string | number } | { found: false } {
	if (Array.isArray(container)) {
		const index = container.findIndex(
			(item) => typeof item === 'object' && item !== null && (item as { id?: unknown }).id === segment
		);
		return index < 0 ? { found: false } : { found: true, holder: container, key: index };
	}
	if (typeof container === 'object' && container !== null)
		return { found: true, holder: container as Record<string, Json>, key: segment };
	return { found: false };
}

/**
 * `file` with `value` at `path`; only the objects along the path are copied, the rest is shared
 * (model files are never mutated, so sharing is safe and an edit costs its depth, not the file's
 * size). Objects gain missing keys (so a scenario can set a year the baseline left empty); given the
 * model's `years`, a year under a value written once for all years splits it into one per year (so a
 * scenario can change one year of a rate). Arrays are addressed by item id and must already hold it.
 */
export function setAtPath(
	file: Json,
	path: string,
	value: Json,
	years: readonly string[] = []
): { file: Json } | { error: string } {
	const segments = path.split('.');
	const set = (node: Json, i: number): Json => {
		const found = step(node, segments[i]!);
		if (!found.found) throw new PathMissing(segments.slice(0, i + 1).join('.'));
		const { holder, key } = found;
		const old = (holder as Record<string | number, Json>)[key];
		// A year of a value written once for all years: that value becomes one per year first.
		const scalar = typeof old === 'string' || typeof old === 'number';
		const splits = scalar && years.length > 0 && looksLikeYear(segments[i + 1] ?? '');
		const inner = splits
			? Object.fromEntries(years.map((y) => [y, old]))
			: old === undefined && !Array.isArray(holder)
				? {}
				: old;
		const copy = Array.isArray(holder) ? [...holder] : { ...holder };
		(copy as Record<string | number, Json>)[key] = i < segments.length - 1 ? set(inner, i + 1) : value;
		return copy;
	};
	try {
		return { file: set(file, 0) };
	} catch (missing) {
		if (!(missing instanceof PathMissing)) throw missing;
		return { error: `"${missing.path}" does not name anything in the model` };
	}
}

/** A path step that names nothing; caught by setAtPath and returned as an error. */
class PathMissing {
	constructor(readonly path: string) {}
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
