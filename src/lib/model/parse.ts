// Reading a model: JSON text -> migrate -> zod shape -> meaning checks -> (scenario) -> engine input.
// Every failure comes back as a list of problems with where and what; nothing throws.
import type { ModelInput, Values } from '../engine/index';
import { migrate } from './migrate';
import { fromZodIssues, type Problem } from './problems';
import { applyScenario, BASELINE } from './scenario';
import { modelFileSchema, type ModelFile } from './schema';
import { evaluateNotebook } from './notebook';
import { checkMeaning } from './validate';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Parse JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(text: string): Result<unknown> {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message);
		if (position) {
			const offset = Number(position[1]);
			const before = text.slice(0, offset).split('\n');
			const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
			return {
				ok: false,
				problems: [
					{
						path: '(file)',
						message: `not valid JSON at ${where}: ${message.replace(/\s*(at|in JSON at) position \d+.*$/, '')}`
					}
				]
			};
		}
		return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${message}` }] };
	}
}

/** Validate a decoded model file (any schema version this build can migrate). */
export function parseModel(raw: unknown): Result<ModelFile> {
	const migrated = migrate(raw);
	if (!migrated.ok) return { ok: false, problems: [{ path: 'schemaVersion', message: migrated.message }] };
	const shaped = modelFileSchema.safeParse(migrated.file, { reportInput: true });
	if (!shaped.success) return { ok: false, problems: fromZodIssues(shaped.error.issues) };
	const problems = checkMeaning(shaped.data);
	if (problems.length > 0) return { ok: false, problems };
	// Every scenario must resolve to a valid model too, so a bad override is caught on load.
	for (const scenario of shaped.data.scenarios) {
		const resolved = resolveScenario(shaped.data, scenario.id);
		if (!resolved.ok) problems.push(...resolved.problems);
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, value: shaped.data };
}

/** The model file as scenario `id` sees it, validated again after its overrides. */
export function resolveScenario(model: ModelFile, id: string = BASELINE): Result<ModelFile> {
	if (id === BASELINE) return { ok: true, value: model };
	const applied = applyScenario(model, id);
	if ('problems' in applied) return { ok: false, problems: applied.problems };
	const shaped = modelFileSchema.safeParse(applied.file, { reportInput: true });
	if (!shaped.success) {
		return {
			ok: false,
			problems: fromZodIssues(shaped.error.issues).map((p) => ({
				path: p.path,
				message: `${p.message} (after the overrides of scenario "${id}")`
			}))
		};
	}
	const problems = checkMeaning(shaped.data).map((p) => ({
		...p,
		message: `${p.message} (after the overrides of scenario "${id}")`
	}));
	return problems.length > 0 ? { ok: false, problems } : { ok: true, value: shaped.data };
}

/** Text to engine input for one scenario, with its cells evaluated, in one call (CLI, page, tests). */
export function loadModel(
	text: string,
	scenario: string = BASELINE
): Result<{ file: ModelFile; input: ModelInput; values: Values }> {
	const json = parseJsonText(text);
	if (!json.ok) return json;
	const parsed = parseModel(json.value);
	if (!parsed.ok) return parsed;
	const resolved = resolveScenario(parsed.value, scenario);
	if (!resolved.ok) return resolved;
	const notebook = evaluateNotebook(resolved.value);
	if (!notebook.input) return { ok: false, problems: [...notebook.problems] };
	return { ok: true, value: { file: parsed.value, input: notebook.input, values: notebook.values } };
}
