// One stored entry per model: bookkeeping, the library summary, and the validated file as JSON text.
// Converts between stored entries (untrusted: they may come from an older or newer build, or be
// damaged) and the records callers see. Validation is validateModel's; nothing here throws.
import { parseJsonText } from '../model/json-text';
import { isValidModel, validateModel, type ValidModel } from '../model/valid-model';
import type { Problem } from '../model/problems';
import type { ModelFile } from '../model/schema';
import { notSavedError, unreadableError } from './errors';
import { fail, ok, type ModelMeta, type ModelSummary, type SavedModel, type StoreResult } from './store';

/**
 * A row of the `models` store. The file is kept as text, not as an object: the library list reads
 * summaries without cloning every file's object tree; a file that stops validating (say, after a
 * downgrade) can still be exported exactly as stored; and the stored copy can never share objects
 * with the page's editing state.
 */
export interface StoredModel extends Omit<ModelSummary, 'problem'> {
	readonly text: string;
}

/** The file as stored and as exported: tab-indented JSON with a final newline, like models/*.json. */
export function fileText(file: ModelFile): string {
	return JSON.stringify(file, null, '\t') + '\n';
}

/** The library summary fields of a file. */
export function summariseFile(
	file: ModelFile
): Pick<ModelSummary, 'organisations' | 'years' | 'scenarios' | 'illustrative'> {
	return {
		organisations: file.organisations.map((o) => o.name),
		years: [...file.years],
		scenarios: file.scenarios.length,
		illustrative: file.illustrative === true
	};
}

/** The stored entry for a validated file; the entry's name is always the file's name. */
export function entryFor(meta: Omit<ModelMeta, 'name'>, file: ModelFile): StoredModel {
	return { ...meta, name: file.name, ...summariseFile(file), text: fileText(file) };
}

/** The record callers see for an entry just written from `file`. */
export function recordFor(entry: StoredModel, file: ValidModel): SavedModel {
	const { id, name, revision, createdAt, updatedAt } = entry;
	return { id, name, revision, createdAt, updatedAt, file };
}

/**
 * Validate a file before writing it, so nothing is stored that could not be read back; a model
 * validateModel already made (the notebook's, after every edit) is not checked again.
 */
export function checkForWrite(file: unknown, id?: string): StoreResult<ValidModel> {
	if (isValidModel(file)) return ok(file);
	const parsed = validateModel(file);
	if (parsed.ok) return ok(parsed.value);
	const named = (file as { name?: unknown } | null)?.name;
	const subject = typeof named === 'string' && named.trim() !== '' ? `"${named}"` : 'This model';
	return fail(notSavedError(subject, parsed.problems, id));
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The fields of an entry that are missing or of the wrong type (none for a sound entry). */
export function entryDefects(entry: unknown): string[] {
	if (typeof entry !== 'object' || entry === null) return ['(the whole entry)'];
	const e = entry as Record<string, unknown>;
	const checks: [string, boolean][] = [
		['id', typeof e.id === 'string'],
		['name', typeof e.name === 'string'],
		['revision', typeof e.revision === 'number' && Number.isInteger(e.revision) && e.revision >= 1],
		['createdAt', typeof e.createdAt === 'string'],
		['updatedAt', typeof e.updatedAt === 'string'],
		['organisations', isStringArray(e.organisations)],
		['years', isStringArray(e.years)],
		['scenarios', typeof e.scenarios === 'number'],
		['illustrative', typeof e.illustrative === 'boolean'],
		['text', typeof e.text === 'string']
	];
	return checks.filter(([, sound]) => !sound).map(([field]) => field);
}

function field<T>(entry: unknown, key: string, guard: (v: unknown) => v is T): T | undefined {
	if (typeof entry !== 'object' || entry === null) return undefined;
	const value = (entry as Record<string, unknown>)[key];
	return guard(value) ? value : undefined;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number';

/** The entry's name for messages, however damaged the entry is. */
export function entryName(entry: unknown, id: string): string {
	const name = field(entry, 'name', isString);
	return name !== undefined && name.trim() !== '' ? name : `Model ${id}`;
}

/** The entry's revision, or NaN when it has none (a damaged entry never matches a revision check). */
export function entryRevision(entry: unknown): number {
	return field(entry, 'revision', isNumber) ?? Number.NaN;
}

/** The library line for an entry; a damaged entry is still listed, with `problem` saying what is wrong. */
export function summaryOf(entry: unknown, key: string): ModelSummary {
	const defects = entryDefects(entry);
	if (defects.length === 0) {
		const { id, name, revision, createdAt, updatedAt, organisations, years, scenarios, illustrative } =
			entry as StoredModel;
		return { id, name, revision, createdAt, updatedAt, organisations, years, scenarios, illustrative };
	}
	return {
		id: key,
		name: entryName(entry, key),
		revision: entryRevision(entry),
		createdAt: field(entry, 'createdAt', isString) ?? '',
		updatedAt: field(entry, 'updatedAt', isString) ?? '',
		organisations: field(entry, 'organisations', isStringArray) ?? [],
		years: field(entry, 'years', isStringArray) ?? [],
		scenarios: field(entry, 'scenarios', isNumber) ?? 0,
		illustrative: field(entry, 'illustrative', (v): v is boolean => typeof v === 'boolean') ?? false,
		problem: `The saved entry is damaged (${defects.join(', ')} missing or wrong); open it to see more, or export and delete it.`
	};
}

/** Read an entry back: check its shape, parse its text and validate the file. */
export function openEntry(entry: unknown, id: string): StoreResult<SavedModel> {
	const name = entryName(entry, id);
	const text = field(entry, 'text', isString);
	const defects = entryDefects(entry);
	if (defects.length > 0) {
		const problems: Problem[] = [
			{ path: '(saved entry)', message: `is damaged: ${defects.join(', ')} missing or wrong` }
		];
		return fail(unreadableError(id, name, problems, text));
	}
	const sound = entry as StoredModel;
	const json = parseJsonText(sound.text);
	if (!json.ok) return fail(unreadableError(id, name, json.problems, sound.text));
	const parsed = validateModel(json.value);
	if (!parsed.ok) return fail(unreadableError(id, name, parsed.problems, sound.text));
	return ok(recordFor(sound, parsed.value));
}

/** A new random model id (UUID where the browser offers one; insecure http pages may not). */
export function newModelId(): string {
	const c = globalThis.crypto;
	if (typeof c?.randomUUID === 'function') return c.randomUUID();
	const bytes = new Uint8Array(16);
	c.getRandomValues(bytes);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
