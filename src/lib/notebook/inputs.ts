// Editing one model input by its dotted path (array items by id, as in scenario overrides and in
// every explanation's `source`; see model/json-path.ts). In the baseline an edit changes the file; in a
// scenario it becomes (or replaces) that scenario's override, so the baseline is never touched.
import { readAt, setAtPath, splitYear, type Json } from '../model/json-path';
import { applyScenario, BASELINE } from '../model/scenario';
import { applyChange, setTargets, startingValue, type Change } from '../model/scenario-change';
import type { ModelFile, PathOverride } from '../model/schema';

const isScalar = (value: Json) => typeof value === 'string' || typeof value === 'number';

/** The model as scenario `id` sees it, before validation (the baseline is the file itself). */
export function scenarioView(file: ModelFile, scenario: string): Json {
	if (scenario === BASELINE) return file;
	const applied = applyScenario(file, scenario);
	return 'file' in applied ? applied.file : file;
}

/**
 * Where an edit of `path` must be written, and what: a path ending in a year whose field holds one
 * value for all years (or nothing yet) turns that field into one value per year, so the other years
 * keep the value they had. `fill` gives a missing field's effective value per year (a cost line's
 * rate falls back to the model's assumption).
 */
export function placeEdit(
	view: Json,
	path: string,
	value: Json,
	years: readonly string[],
	fill?: (year: string) => Json
): { path: string; value: Json } {
	const split = splitYear(path);
	if (split === undefined) return { path, value };
	const { field: fieldPath, year } = split;
	const field = readAt(view, fieldPath);
	if (typeof field === 'object' && field !== null && !Array.isArray(field)) return { path, value };
	const perYear = Object.fromEntries(
		years.map((y) => [y, y === year ? value : field !== undefined ? field : (fill?.(y) ?? '0')])
	);
	return { path: fieldPath, value: perYear };
}

/** The input paths scenario `id` changes itself (not those it inherits), a set change's rows included. */
export function ownOverrides(file: ModelFile, scenario: string): readonly string[] {
	const own = file.scenarios.find((s) => s.id === scenario)?.overrides ?? [];
	if (own.length === 0) return [];
	const view = scenarioView(file, scenario);
	return own.flatMap((o) => ('path' in o ? [o.path] : setTargets(view, o).map((t) => t.path)));
}

/** Whether `path` is set by one of `overrides`: the input itself, or a whole field it belongs to. */
export function isOverridden(overrides: readonly string[], path: string): boolean {
	return overrides.some((o) => o === path || path.startsWith(`${o}.`));
}

/**
 * The file with the input at `path` moved by `change` for `scenario`: in a scenario a relative
 * change is kept as such (it follows the parent); in the baseline it is worked out now.
 * @example writeChange(file, 'worst', 'organisations.north.costLines.acute.inflation', { add: '1' })
 */
export function writeChange(
	file: ModelFile,
	scenario: string,
	path: string,
	change: Change,
	fill?: (year: string) => Json
): { file: ModelFile } | { error: string } {
	if (change.add === undefined && change.times === undefined)
		return writeInput(file, scenario, path, change.value, fill);
	const view = scenarioView(file, scenario);
	if (scenario === BASELINE) {
		const moved = applyChange(startingValue(view, path), change);
		return 'error' in moved ? moved : writeInput(file, scenario, path, moved.value, fill);
	}
	return writeOverride(file, scenario, { path, ...change });
}

/** The file with `override` as scenario `id`'s change of its path (replacing any under it). */
function writeOverride(
	file: ModelFile,
	scenario: string,
	override: PathOverride
): { file: ModelFile } | { error: string } {
	if (!file.scenarios.some((s) => s.id === scenario)) return { error: `there is no scenario "${scenario}"` };
	const { path } = override;
	return {
		file: {
			...file,
			scenarios: file.scenarios.map((s) => {
				if (s.id !== scenario) return s;
				// A field-wide change replaces the year changes under it; a year change joins them.
				const kept = s.overrides.filter(
					(o) => !('path' in o && (o.path === path || o.path.startsWith(`${path}.`)))
				);
				return { ...s, overrides: [...kept, override] };
			})
		}
	};
}

/**
 * The file with the input at `path` set to `value` for `scenario`.
 * @example writeInput(file, 'baseline', 'organisations.portsmouth.reserves.contingency.rate', '0.5', years)
 */
export function writeInput(
	file: ModelFile,
	scenario: string,
	path: string,
	value: Json,
	fill?: (year: string) => Json
): { file: ModelFile } | { error: string } {
	const view = scenarioView(file, scenario);
	// A scenario may override one year of a value written once for all years (applying it splits the
	// value), so only that year is marked; elsewhere the field is written one value per year.
	const year = splitYear(path);
	const splitsLater = scenario !== BASELINE && year !== undefined && isScalar(readAt(view, year.field));
	const placed = splitsLater ? { path, value } : placeEdit(view, path, value, file.years, fill);
	if (scenario === BASELINE) {
		const result = setAtPath(file, placed.path, placed.value);
		return 'error' in result ? result : { file: result.file as ModelFile };
	}
	return writeOverride(file, scenario, { path: placed.path, value: placed.value });
}

/** The file without scenario `id`'s overrides of `path` (the input and anything under it). */
export function resetInput(file: ModelFile, scenario: string, path: string): ModelFile {
	return {
		...file,
		scenarios: file.scenarios.map((s) =>
			s.id !== scenario
				? s
				: {
						...s,
						overrides: s.overrides.filter(
							(o) =>
								!(
									'path' in o &&
									(o.path === path || o.path.startsWith(`${path}.`) || path.startsWith(`${o.path}.`))
								)
						)
					}
		)
	};
}
