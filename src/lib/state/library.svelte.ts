// State of the library page: the saved models, what the user is doing to them (new, rename,
// duplicate, delete with undo, import, export) and every storage failure as a message to show.
// Read-only getters plus intent methods; the store and the download are injected, never imported.
// Changes made in other tabs (heard through a CrossTabNotifier) refresh the list; call destroy().
import { readModel } from '$lib/model/valid-model';
import type { Problem } from '$lib/model/problems';
import type { ModelFile } from '$lib/model/schema';
import type { CrossTabNotifier } from '$lib/storage/cross-tab';
import { fileText } from '$lib/storage/records';
import { seedExamples, type ExampleText } from '$lib/storage/seed';
import type { DeletedModel, ModelStore, ModelSummary, StoreError } from '$lib/storage/store';
import { fileSlug } from './download';
import { newModel, type NewModelChoices } from '$lib/notebook/new-model';
import type { ValidModel } from '$lib/model/valid-model';

/** A model a new one can be made from. */
export interface Template {
	readonly id: string;
	readonly name: string;
	readonly file: ModelFile;
}

/** An import that was refused: the file's name and every problem, with where and what. */
export interface ImportFailure {
	readonly fileName: string;
	readonly problems: readonly Problem[];
}

/** An import whose model has the name of one already in the library, waiting for the user's choice. */
export interface ImportClash {
	readonly fileName: string;
	readonly name: string;
	readonly file: ValidModel;
	/** The name "keep both" gives the import: "<name> (2)", or the next number free. */
	readonly keepName: string;
}

/** `name`, or "<name> (2)", "<name> (3)"... whichever no model in `taken` has. */
export function freeName(name: string, taken: readonly string[]): string {
	let n = 2;
	while (taken.includes(`${name} (${n})`)) n += 1;
	return taken.includes(name) ? `${name} (${n})` : name;
}

/** Saves a file on the user's computer (a Blob download in the browser, a spy in tests). */
export type Download = (fileName: string, text: string) => void;

export interface LibraryOptions {
	/** Templates offered by "New model", in menu order. */
	readonly templates: readonly Template[];
	/** Examples put into an empty library on first run. */
	readonly examples: readonly ExampleText[];
	readonly download: Download;
	/** Why the store is memory only (set when IndexedDB could not be used). */
	readonly fallbackReason?: StoreError;
	/** Why there is no store at all (IndexedDB blocked by another tab). */
	readonly openError?: StoreError;
	/** Where changes made in other tabs are heard; the list is read again after each one. */
	readonly otherTabs?: Pick<CrossTabNotifier, 'subscribe'>;
}

/** A file name for a model: its name in lower case, words joined by hyphens, ending ".json". */
export function exportFileName(name: string): string {
	return `${fileSlug(name) || 'model'}.json`;
}

export class LibraryState {
	readonly #store: ModelStore | null;
	readonly #download: Download;
	readonly #examples: readonly ExampleText[];
	readonly templates: readonly Template[];
	/** Set when models are kept in memory only: show it with "export to keep your work". */
	readonly fallbackReason: StoreError | undefined;

	#models = $state.raw<readonly ModelSummary[]>([]);
	#loaded = $state(false);
	#busy = $state(false);
	#error = $state.raw<StoreError | undefined>();
	#importFailure = $state.raw<ImportFailure | undefined>();
	#importClash = $state.raw<ImportClash | undefined>();
	#deleted = $state.raw<DeletedModel | undefined>();
	#notice = $state<string | undefined>();
	/** Counts list reads, so an older read finishing late never replaces a newer list. */
	#reads = 0;
	readonly #unsubscribe: () => void;

	constructor(store: ModelStore | null, options: LibraryOptions) {
		this.#store = store;
		this.#download = options.download;
		this.#examples = options.examples;
		this.templates = options.templates;
		this.fallbackReason = options.fallbackReason;
		this.#error = options.openError;
		this.#unsubscribe = options.otherTabs?.subscribe(() => void this.#refreshForOtherTab()) ?? (() => {});
	}

	/** Stop hearing other tabs (when the page goes away). */
	destroy() {
		this.#unsubscribe();
	}

	/** Every saved model, most recently edited first. */
	get models() {
		return this.#models;
	}
	/** False until the first list has been read (or failed). */
	get loaded() {
		return this.#loaded;
	}
	/** True while a change is being written. */
	get busy() {
		return this.#busy;
	}
	/** The last storage failure, in plain English, until dismissed. */
	get error() {
		return this.#error;
	}
	/** The last refused import, until dismissed or another import succeeds. */
	get importFailure() {
		return this.#importFailure;
	}
	/** An import waiting for replace, keep both or cancel. */
	get importClash() {
		return this.#importClash;
	}
	/** The model just deleted, which undo() puts back. */
	get deleted() {
		return this.#deleted;
	}
	/** What the last change did, e.g. `Created "Blank plan".` */
	get notice() {
		return this.#notice;
	}
	/** False when nothing survives closing the page (memory store, or no store at all). */
	get durable() {
		return this.#store?.durable === true;
	}

	/** Seed the examples on first run, then read the list. */
	async load(): Promise<void> {
		const store = this.#store;
		if (!store) {
			this.#loaded = true;
			return;
		}
		const seeded = await seedExamples(store, this.#examples);
		if (!seeded.ok) this.#error = seeded.error;
		else if (seeded.value.failed[0]) this.#error = seeded.value.failed[0].error;
		await this.#refresh();
		this.#loaded = true;
	}

	/** Make a new model from a template; resolves to its id, or undefined if it was not saved. */
	async createFrom(templateId: string): Promise<string | undefined> {
		const template = this.templates.find((t) => t.id === templateId);
		if (!template) return undefined;
		const created = await this.#write((store) => store.create(template.file));
		if (!created) return undefined;
		this.#notice = `Created "${created.name}" from the template.`;
		return created.id;
	}

	/**
	 * Make a new model from the "New model" dialog's choices, on the blank template's settings.
	 * Resolves to its id, or to a message saying what to correct (storage errors go to `error`).
	 */
	async createModel(
		templateId: string,
		choices: NewModelChoices
	): Promise<{ id: string } | { message: string }> {
		const template = this.templates.find((t) => t.id === templateId);
		if (!template) return { message: 'That template is no longer offered.' };
		const made = newModel(template.file, choices);
		if ('error' in made) return { message: made.error };
		const created = await this.#write((store) => store.create(made));
		if (!created) return { message: 'The model was not saved (see the message above).' };
		this.#notice = `Created "${created.name}".`;
		return { id: created.id };
	}

	/** Copy a model under a new id, named "<name> (copy)". */
	async duplicate(id: string): Promise<string | undefined> {
		const copy = await this.#write((store) => store.duplicate(id));
		if (!copy) return undefined;
		this.#notice = `Made "${copy.name}".`;
		return copy.id;
	}

	/**
	 * Rename a model. Resolves to a message for the name field when the name is refused (empty), or
	 * undefined when it was saved or a storage error (shown in `error`) stopped it.
	 */
	async rename(id: string, name: string): Promise<string | undefined> {
		const trimmed = name.trim();
		if (trimmed === '') return 'Enter a name for the model.';
		const model = this.#models.find((m) => m.id === id);
		if (!model) return 'This model is no longer in your library.';
		if (trimmed === model.name) return undefined;
		const renamed = await this.#write((store) => store.rename(id, trimmed, model.revision));
		if (renamed) this.#notice = `Renamed to "${renamed.name}".`;
		return undefined;
	}

	/** Delete a model; undo() puts it back until the next delete. */
	async remove(id: string): Promise<void> {
		const deleted = await this.#write((store) => store.delete(id));
		if (!deleted) return;
		this.#deleted = deleted;
		this.#notice = undefined;
	}

	/** Put back the model just deleted. */
	async undo(): Promise<void> {
		const deleted = this.#deleted;
		if (!deleted) return;
		this.#deleted = undefined;
		const restored = await this.#write((store) => store.restore(deleted));
		if (restored) this.#notice = `Restored "${restored.name}".`;
	}

	/** Forget the model just deleted (the undo offer goes away). */
	dismissUndo() {
		this.#deleted = undefined;
	}

	/**
	 * Import a model file's text. On any problem nothing is stored and `importFailure` lists every
	 * problem with its path; resolves to the new model's id when it was imported.
	 */
	async importText(fileName: string, text: string): Promise<string | undefined> {
		this.#notice = undefined;
		const parsed = readModel(text);
		if (!parsed.ok) {
			this.#importFailure = { fileName, problems: parsed.problems };
			return undefined;
		}
		this.#importFailure = undefined;
		const names = this.#models.map((m) => m.name);
		if (names.includes(parsed.value.name)) {
			const keepName = freeName(parsed.value.name, names);
			this.#importClash = { fileName, name: parsed.value.name, file: parsed.value, keepName };
			return undefined;
		}
		return this.#importFile(fileName, parsed.value);
	}

	/**
	 * Settle the waiting import: replace the model of that name (it is deleted first, so the Undo
	 * offer brings it back), keep both (the import renamed "… (2)"), or cancel. Resolves to the
	 * imported model's id.
	 */
	async settleImport(choice: 'replace' | 'keep' | 'cancel'): Promise<string | undefined> {
		const clash = this.#importClash;
		this.#importClash = undefined;
		if (!clash || choice === 'cancel') return undefined;
		if (choice === 'keep') return this.#importFile(clash.fileName, { ...clash.file, name: clash.keepName });
		const existing = this.#models.find((m) => m.name === clash.name);
		if (existing) {
			await this.remove(existing.id);
			if (this.#deleted?.id !== existing.id) return undefined;
		}
		return this.#importFile(clash.fileName, clash.file);
	}

	async #importFile(fileName: string, file: ModelFile): Promise<string | undefined> {
		const created = await this.#write((store) => store.create(file));
		if (!created) return undefined;
		this.#notice = `Imported "${created.name}" from ${fileName}.`;
		return created.id;
	}

	dismissImportFailure() {
		this.#importFailure = undefined;
	}

	/** Download a model as a JSON file named after it. */
	async exportModel(id: string): Promise<void> {
		const store = this.#store;
		if (!store) return;
		const got = await store.get(id);
		if (got.ok) {
			this.#download(exportFileName(got.value.name), fileText(got.value.file));
			return;
		}
		// A stored model that no longer validates is still exported exactly as stored.
		if (got.error.kind === 'invalid' && got.error.text !== undefined) {
			const name = this.#models.find((m) => m.id === id)?.name ?? 'model';
			this.#download(exportFileName(name), got.error.text);
			return;
		}
		this.#error = got.error;
	}

	dismissError() {
		this.#error = undefined;
	}

	async #refresh(): Promise<void> {
		const store = this.#store;
		if (!store) return;
		const read = ++this.#reads;
		const listed = await store.list();
		if (read !== this.#reads) return;
		if (listed.ok) this.#models = listed.value;
		else this.#error = listed.error;
	}

	// Before the first load the list is about to be read anyway.
	async #refreshForOtherTab(): Promise<void> {
		if (this.#loaded) await this.#refresh();
	}

	async #write<T>(
		change: (store: ModelStore) => Promise<{ ok: true; value: T } | { ok: false; error: StoreError }>
	): Promise<T | undefined> {
		const store = this.#store;
		if (!store) return undefined;
		this.#busy = true;
		try {
			const result = await change(store);
			if (!result.ok) {
				this.#error = result.error;
				this.#notice = undefined;
			}
			await this.#refresh();
			return result.ok ? result.value : undefined;
		} finally {
			this.#busy = false;
		}
	}
}
