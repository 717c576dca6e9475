// Making, renaming and deleting scenarios in a model file. Deleting keeps every other scenario's
// figures as they were: its children take its parent and its overrides (their own still win).
import { BASELINE } from '../model/scenario';
import type { ModelFile, Override } from '../model/schema';
import { freshId } from './layout';

/** The file with a new, empty scenario called `name` starting from `parent`, and the new id. */
export function createScenario(
	file: ModelFile,
	name: string,
	parent: string
): { file: ModelFile; id: string } {
	const taken = new Set([BASELINE, ...file.scenarios.map((s) => s.id)]);
	// Trimmed like the name: "Stretch case " would otherwise get the id "stretch-case-".
	const id = freshId(name.trim().toLowerCase(), taken);
	const scenario = { id, name: name.trim(), parent, overrides: [] };
	return { file: { ...file, scenarios: [...file.scenarios, scenario] }, id };
}

/** The file with scenario `id` called `name`. */
export function renameScenario(file: ModelFile, id: string, name: string): ModelFile {
	return { ...file, scenarios: file.scenarios.map((s) => (s.id === id ? { ...s, name: name.trim() } : s)) };
}

/** The file without scenario `id`; its children and the blocks that showed it are re-pointed. */
export function deleteScenario(file: ModelFile, id: string): ModelFile {
	const gone = file.scenarios.find((s) => s.id === id);
	if (!gone) return file;
	const scenarios = file.scenarios
		.filter((s) => s.id !== id)
		.map((s) => {
			if (s.parent !== id) return s;
			// Changes apply in order, so the gone scenario's go first; one the child sets outright is dropped.
			const own = new Set(s.overrides.flatMap((o) => ('path' in o && o.value !== undefined ? [o.path] : [])));
			const inherited = gone.overrides.filter((o) => !('path' in o && own.has(o.path)));
			return { ...s, parent: gone.parent, overrides: [...inherited, ...s.overrides] };
		});
	const notebook = file.notebook?.map((b) =>
		'scenario' in b && b.scenario === id ? { ...b, scenario: undefined } : b
	);
	return { ...file, scenarios, ...(notebook ? { notebook } : {}) };
}

/** The file with `change` last in scenario `id`'s changes. */
export function addChange(file: ModelFile, id: string, change: Override): ModelFile {
	return {
		...file,
		scenarios: file.scenarios.map((s) => (s.id === id ? { ...s, overrides: [...s.overrides, change] } : s))
	};
}

/** The file without change `index` of scenario `id`. */
export function removeChange(file: ModelFile, id: string, index: number): ModelFile {
	return {
		...file,
		scenarios: file.scenarios.map((s) =>
			s.id === id ? { ...s, overrides: s.overrides.filter((_, i) => i !== index) } : s
		)
	};
}
