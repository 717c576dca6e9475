// What a grid cell reads about an input, as plain functions over one scenario's data: made once per
// edit, so a grid of thousands of cells reads plain values rather than the notebook's reactive state.
import type { Problem } from '../model/problems';
import { dottedPath, readAt, splitYear, type Json } from '../model/json-path';
import { BASELINE } from '../model/scenario';

export interface InputReader {
	/** The raw value of an input as the scenario sees it. */
	valueAt(path: string): Json;
	/** Whether the scenario overrides `path` itself (not through its parent). */
	isOverridden(path: string): boolean;
	/** The problem found at `path` when the scenario was worked out, if any. */
	problemAt(path: string): string | undefined;
}

export function inputReader(
	view: Json,
	scenario: string,
	overrides: readonly string[],
	problems: readonly Problem[]
): InputReader {
	const byPath = new Map(problems.map((p) => [dottedPath(p.path), p.message]));
	return {
		valueAt: (path) => readAt(view, path),
		isOverridden: (path) =>
			scenario !== BASELINE && overrides.some((o) => o === path || path.startsWith(`${o}.`)),
		// A formula written once for all years reports the field; show it in each year's cell.
		problemAt: (path) =>
			byPath.size === 0 ? undefined : (byPath.get(path) ?? byPath.get(splitYear(path)?.field ?? path))
	};
}
