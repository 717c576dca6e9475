// The storage interface: saved models, their library summaries, and errors as values.
// Adapters (memory-store.ts, indexeddb-store.ts) implement ModelStore; every write is awaited and
// every failure comes back as a StoreError with a message a finance user can act on. No browser API here.
import type { Problem } from '../model/problems';
import type { ModelFile } from '../model/schema';
import type { ValidModel } from '../model/valid-model';

/** Identity and bookkeeping shared by every saved model. Times are ISO 8601 strings. */
export interface ModelMeta {
	readonly id: string;
	/** Always the file's own `name`, kept beside it so the library can list without parsing. */
	readonly name: string;
	/** 1 when created; +1 on every save or rename. Saves name the revision they started from. */
	readonly revision: number;
	readonly createdAt: string;
	readonly updatedAt: string;
}

/** What the library lists for one model, read without loading or validating its file. */
export interface ModelSummary extends ModelMeta {
	/** Organisation names, in file order. */
	readonly organisations: readonly string[];
	/** Financial year labels, e.g. ["2017/18", "2018/19"]. */
	readonly years: readonly string[];
	/** Named scenarios besides the baseline. */
	readonly scenarios: number;
	/** True for models with made-up figures, which must be labelled as such. */
	readonly illustrative: boolean;
	/** Set only when the stored entry itself is damaged; the model is still listed, never dropped. */
	readonly problem?: string;
}

/** A saved model, opened: its validated file plus bookkeeping. */
export interface SavedModel extends ModelMeta {
	/** Validated as it was read or written, so the page need not check it again. */
	readonly file: ValidModel;
}

/**
 * What delete() hands back so the UI can offer "Undo": pass it to restore() unchanged. It holds the
 * stored entry exactly as it was, so even a model that no longer validates can be put back.
 */
export interface DeletedModel {
	readonly id: string;
	readonly name: string;
	readonly revision: number;
	/** The stored entry, opaque to callers. */
	readonly entry: unknown;
}

interface StoreErrorBase {
	/** Plain English for the user: what happened and what to do. */
	readonly message: string;
	/** The browser's own wording, for logs and bug reports; never shown as the message. */
	readonly detail?: string;
}

/** A failed storage call. `message` is always safe and useful to show as it is. */
export type StoreError =
	| (StoreErrorBase & {
			readonly kind: 'conflict';
			readonly id: string;
			/** The revision now stored (another tab saved it), or NaN if the entry is damaged. */
			readonly storedRevision: number;
			readonly expectedRevision: number;
	  })
	| (StoreErrorBase & { readonly kind: 'not-found'; readonly id: string })
	| (StoreErrorBase & {
			readonly kind: 'invalid';
			readonly id?: string;
			/** Where and what, as for an imported file. */
			readonly problems: readonly Problem[];
			/** The stored text when a saved model fails to read back, so the UI can offer to export it. */
			readonly text?: string;
	  })
	| (StoreErrorBase & { readonly kind: 'quota' | 'blocked' | 'unavailable' });

/** Every store call resolves to one of these; none rejects. */
export type StoreResult<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreError };

/** A successful result. */
export function ok<T>(value: T): StoreResult<T> {
	return { ok: true, value };
}

/** A failed result. */
export function fail<T = never>(error: StoreError): StoreResult<T> {
	return { ok: false, error };
}

/**
 * Where models are kept. Every method resolves (never rejects) once the change is durable in this
 * adapter, or with the reason it is not; a failed write leaves the previous revision untouched.
 */
export interface ModelStore {
	/** False for the in-memory adapter: models vanish when the page closes, so the UI must say so. */
	readonly durable: boolean;
	/** Every model's summary, most recently updated first. Files are not parsed. */
	list(): Promise<StoreResult<ModelSummary[]>>;
	/** One model, its file validated; 'invalid' (naming the model, with its text) if it fails. */
	get(id: string): Promise<StoreResult<SavedModel>>;
	/** Validate (unless validateModel made it) and store a new model under a new id, at revision 1. */
	create(file: ModelFile): Promise<StoreResult<SavedModel>>;
	/** Replace the file if the stored revision is still `expectedRevision`; otherwise 'conflict'. */
	save(id: string, file: ModelFile, expectedRevision: number): Promise<StoreResult<SavedModel>>;
	/** Change the model's name (in its file too, so an export carries it), with the same revision check. */
	rename(id: string, name: string, expectedRevision: number): Promise<StoreResult<SavedModel>>;
	/** A copy under a new id, named "<name> (copy)", at revision 1. */
	duplicate(id: string): Promise<StoreResult<SavedModel>>;
	/** Remove a model (valid or not) and hand back what restore() needs to undo it. */
	delete(id: string): Promise<StoreResult<DeletedModel>>;
	/** Put a deleted model back exactly as it was; 'conflict' if its id is in use again. */
	restore(deleted: DeletedModel): Promise<StoreResult<ModelSummary>>;
	/** A value from the `meta` store (undefined if never set). */
	getMeta(key: string): Promise<StoreResult<unknown>>;
	/** Set `key` only if it has never been set, atomically; true if this call set it. */
	claimMeta(key: string, value: unknown): Promise<StoreResult<boolean>>;
	/** Release the underlying connection; later calls resolve to 'unavailable'. */
	close(): void;
}
