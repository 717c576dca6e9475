// A model file that has passed every check, once: migration, shape (zod), meaning, and every
// scenario resolved and checked after its overrides. validateModel is the only way to make one,
// so whatever holds a ValidModel (the notebook, autosave, the store, evaluateScenario) never checks
// it again; each scenario's resolved file is kept from that one pass.
import { parseJsonText } from './json-text';
import { migrate } from './migrate';
import { fromZodIssues, type Problem, type Result } from './problems';
import { applyScenario, BASELINE } from './scenario';
import { modelFileSchema, type ModelFile } from './schema';
import { checkMeaning } from './validate';

declare const validated: unique symbol;
/** A checked model file. Only validateModel makes one; a copy or an edit of it is a plain ModelFile. */
export type ValidModel = ModelFile & { readonly [validated]: true };

/** Each validated file's scenarios, resolved (the baseline is the file itself). */
const scenarioFiles = new WeakMap<ModelFile, ReadonlyMap<string, ModelFile>>();

/** Check a decoded model file (any schema version this build can migrate), every scenario with it. */
export function validateModel(raw: unknown): Result<ValidModel> {
	const migrated = migrate(raw);
	if (!migrated.ok) return { ok: false, problems: [{ path: 'schemaVersion', message: migrated.message }] };
	const shaped = modelFileSchema.safeParse(migrated.file, { reportInput: true });
	if (!shaped.success) return { ok: false, problems: fromZodIssues(shaped.error.issues) };
	const file = shaped.data;
	const problems = checkMeaning(file);
	if (problems.length > 0) return { ok: false, problems };
	const resolved = new Map<string, ModelFile>([[BASELINE, file]]);
	for (const scenario of file.scenarios) {
		const checked = checkScenario(file, scenario.id);
		if (checked.ok) resolved.set(scenario.id, checked.value);
		else problems.push(...checked.problems);
	}
	if (problems.length > 0) return { ok: false, problems };
	scenarioFiles.set(file, resolved);
	return { ok: true, value: file as ValidModel };
}

/** JSON text to a checked model: a syntax error, or every problem in the file, with where and what. */
export function readModel(text: string): Result<ValidModel> {
	const json = parseJsonText(text);
	return json.ok ? validateModel(json.value) : json;
}

/** Whether `file` is a model validateModel made (and so needs no checking). */
export function isValidModel(file: unknown): file is ValidModel {
	return typeof file === 'object' && file !== null && scenarioFiles.has(file as ModelFile);
}

/** The model as scenario `id` sees it (checked when the model was), or undefined for no such scenario. */
export function scenarioFile(model: ValidModel, id: string = BASELINE): ModelFile | undefined {
	return scenarioFiles.get(model)?.get(id);
}

/** The ids a caller may pass to scenarioFile: the baseline, then the file's scenarios. */
export function scenarioIds(model: ModelFile): string[] {
	return [BASELINE, ...model.scenarios.map((s) => s.id)];
}

/** Apply scenario `id`'s overrides and check the result, naming the scenario in every problem. */
function checkScenario(model: ModelFile, id: string): Result<ModelFile> {
	const applied = applyScenario(model, id);
	if ('problems' in applied) return { ok: false, problems: applied.problems };
	const after = (p: Problem): Problem => ({
		path: p.path,
		message: `${p.message} (after the overrides of scenario "${id}")`
	});
	const shaped = modelFileSchema.safeParse(applied.file, { reportInput: true });
	if (!shaped.success) return { ok: false, problems: fromZodIssues(shaped.error.issues).map(after) };
	const problems = checkMeaning(shaped.data).map(after);
	return problems.length > 0 ? { ok: false, problems } : { ok: true, value: shaped.data };
}
