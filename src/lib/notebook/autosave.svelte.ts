// Saving the notebook shortly after each edit, with a state the page shows. Saves are serial and
// name the revision they started from, so a model changed in another tab is never overwritten: the
// save comes back as a conflict and the user decides. A failed save keeps the edit on screen and
// says why; the page offers "export a copy" until a later save succeeds.
import type { ValidModel } from '../model/valid-model';
import type { ModelStore, StoreError } from '../storage/store';

export type SaveState =
	| { readonly kind: 'saved' }
	| { readonly kind: 'pending' }
	| { readonly kind: 'saving' }
	/** Not in the library yet (a shipped example opened by address); the first edit adds it. */
	| { readonly kind: 'example' }
	| { readonly kind: 'failed'; readonly error: StoreError };

export interface AutosaveOptions {
	readonly store: ModelStore;
	/** The model's id in the store, or undefined if it is not stored yet. */
	readonly id: string | undefined;
	readonly revision: number;
	/** Milliseconds after the last edit before saving. */
	readonly delay?: number;
	/** Told the new id when a model not yet stored is saved for the first time. */
	readonly oncreated?: (id: string) => void;
	/** Told every revision this page saved, so another tab's notice can be told apart from ours. */
	readonly onsaved?: (revision: number) => void;
}

/** This tab's autosaves with an edit waiting or being saved, including those of pages left since. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- bookkeeping, never shown
const unsettled = new Set<Autosave>();

/**
 * Finish every save this tab has waiting or under way (failed ones are left for the user). A page
 * awaits this before reading models, so it never reads a revision older than one this tab is about
 * to save: left before its save, the previous page's edit would otherwise meet the new page's next
 * save as a conflict "from another tab".
 */
export async function settleAutosaves(): Promise<void> {
	await Promise.all([...unsettled].map((autosave) => autosave.flush()));
}

export class Autosave {
	#state = $state<SaveState>({ kind: 'saved' });
	#id: string | undefined;
	#revision: number;
	#waiting: ValidModel | undefined;
	#writing: ValidModel | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#running: Promise<void> | undefined;
	readonly #options: AutosaveOptions;

	constructor(options: AutosaveOptions) {
		this.#options = options;
		this.#id = options.id;
		this.#revision = options.revision;
		if (options.id === undefined) this.#state = { kind: 'example' };
	}

	get state(): SaveState {
		return this.#state;
	}

	get id(): string | undefined {
		return this.#id;
	}

	get revision(): number {
		return this.#revision;
	}

	/** True while an edit is not yet durable (the page warns before closing). */
	get unsaved(): boolean {
		return this.#state.kind !== 'saved' && this.#state.kind !== 'example';
	}

	/** The newest edit not yet saved (waiting, or being written), if any. */
	get unsavedFile(): ValidModel | undefined {
		return this.#waiting ?? this.#writing;
	}

	/** Save `file` soon; a later call before then replaces it. */
	schedule(file: ValidModel): void {
		this.#waiting = file;
		if (this.#state.kind !== 'failed') this.#state = { kind: 'pending' };
		unsettled.add(this);
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), this.#options.delay ?? 400);
	}

	/** Save what is waiting now; resolves when nothing is left to save. */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		while (this.#running) await this.#running;
		const file = this.#waiting;
		if (file === undefined) {
			unsettled.delete(this);
			return;
		}
		this.#waiting = undefined;
		this.#writing = file;
		this.#running = this.#write(file);
		await this.#running;
		this.#running = undefined;
		this.#writing = undefined;
		// Saved, or failed and shown: either way nothing is left for a page's read to wait for.
		if (this.#waiting === undefined || this.#state.kind === 'failed') unsettled.delete(this);
	}

	/** After a conflict, take the stored revision as ours (the user chose to keep this version). */
	adopt(revision: number): void {
		this.#revision = revision;
	}

	async #write(file: ValidModel): Promise<void> {
		this.#state = { kind: 'saving' };
		const { store } = this.#options;
		const result =
			this.#id === undefined ? await store.create(file) : await store.save(this.#id, file, this.#revision);
		if (!result.ok) {
			// Keep the edit for the next attempt unless a newer one has arrived meanwhile.
			this.#waiting ??= file;
			this.#state = { kind: 'failed', error: result.error };
			return;
		}
		const created = this.#id === undefined;
		this.#id = result.value.id;
		this.#revision = result.value.revision;
		this.#options.onsaved?.(result.value.revision);
		if (created) this.#options.oncreated?.(result.value.id);
		this.#state = this.#waiting === undefined ? { kind: 'saved' } : { kind: 'pending' };
	}
}
