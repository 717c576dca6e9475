// The ModelStore behaviour, written once over a tiny transactional backend that each adapter
// provides (a Map, or IndexedDB), so both adapters check revisions, validate and report alike.
// Inside a transaction only the backend's own calls are awaited (IndexedDB commits on idle).
import { alreadyPresentError, conflictError, notFoundError, notSavedError } from './errors';
import {
	checkForWrite,
	entryFor,
	entryName,
	entryRevision,
	newModelId,
	openEntry,
	recordFor,
	summaryOf
} from './records';
import type { StoredModel } from './records';
import {
	fail,
	ok,
	type DeletedModel,
	type ModelStore,
	type ModelSummary,
	type SavedModel,
	type StoreResult
} from './store';
import type { ValidModel } from '../model/valid-model';

/** The reads and writes available inside one backend transaction. Entries read back are untrusted. */
export interface RowTransaction {
	get(id: string): Promise<unknown>;
	/** Every entry with its key (the key stands in when an entry's own id is damaged). */
	all(): Promise<{ key: string; entry: unknown }[]>;
	put(entry: StoredModel): Promise<void>;
	/** Put back an entry exactly as it was (undo of delete). */
	putRaw(id: string, entry: unknown): Promise<void>;
	delete(id: string): Promise<void>;
	getMeta(key: string): Promise<unknown>;
	putMeta(key: string, value: unknown): Promise<void>;
}

/** What an adapter provides: atomic transactions over the `models` and `meta` stores. */
export interface RowBackend {
	readonly durable: boolean;
	/**
	 * Run `work` in one transaction. Commit when it returns ok; roll back when it returns an error or
	 * throws. A thrown error or a failed commit resolves to a StoreError; this never rejects.
	 */
	transaction<T>(
		mode: 'readonly' | 'readwrite',
		work: (tx: RowTransaction) => Promise<StoreResult<T>>
	): Promise<StoreResult<T>>;
	close(): void;
}

/** Clock and id source, injectable for tests. */
export interface StoreOptions {
	/** Defaults to the current time. */
	readonly now?: () => Date;
	/** Defaults to a random UUID. */
	readonly newId?: () => string;
}

function byMostRecent(a: ModelSummary, b: ModelSummary): number {
	if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
	return a.name.localeCompare(b.name);
}

/** A ModelStore over `backend`. Adapters call this; the UI uses the adapters' factories. */
export function createRowStore(
	backend: RowBackend,
	{ now = () => new Date(), newId = newModelId }: StoreOptions = {}
): ModelStore {
	const stamp = () => now().toISOString();

	/** Write a new entry for `file` under a fresh id (ids are random, so no clash check). */
	async function insert(tx: RowTransaction, file: ValidModel): Promise<StoreResult<SavedModel>> {
		const at = stamp();
		const entry = entryFor({ id: newId(), revision: 1, createdAt: at, updatedAt: at }, file);
		await tx.put(entry);
		return ok(recordFor(entry, file));
	}

	/** Read, check the revision, then write `change(file)` as the next revision, in one transaction. */
	function update(
		id: string,
		expectedRevision: number,
		change: (stored: () => StoreResult<SavedModel>) => StoreResult<ValidModel>
	): Promise<StoreResult<SavedModel>> {
		return backend.transaction('readwrite', async (tx) => {
			const entry = await tx.get(id);
			if (entry === undefined) return fail(notFoundError(id));
			const storedRevision = entryRevision(entry);
			if (storedRevision !== expectedRevision) {
				return fail(conflictError(id, entryName(entry, id), storedRevision, expectedRevision));
			}
			const next = change(() => openEntry(entry, id));
			if (!next.ok) return next;
			const { createdAt } = entry as Partial<StoredModel>;
			const written = entryFor(
				{
					id,
					revision: storedRevision + 1,
					createdAt: typeof createdAt === 'string' ? createdAt : stamp(),
					updatedAt: stamp()
				},
				next.value
			);
			await tx.put(written);
			return ok(recordFor(written, next.value));
		});
	}

	return {
		durable: backend.durable,

		list: () =>
			backend.transaction('readonly', async (tx) => {
				const rows = await tx.all();
				return ok(rows.map(({ key, entry }) => summaryOf(entry, key)).sort(byMostRecent));
			}),

		get: (id) =>
			backend.transaction('readonly', async (tx) => {
				const entry = await tx.get(id);
				return entry === undefined ? fail(notFoundError(id)) : openEntry(entry, id);
			}),

		async create(file) {
			const checked = checkForWrite(file);
			if (!checked.ok) return checked;
			return backend.transaction('readwrite', (tx) => insert(tx, checked.value));
		},

		async save(id, file, expectedRevision) {
			// Validate before opening the transaction: a refused file never touches the stored one.
			const checked = checkForWrite(file, id);
			if (!checked.ok) return checked;
			return update(id, expectedRevision, () => checked);
		},

		async rename(id, name, expectedRevision) {
			const trimmed = name.trim();
			if (trimmed === '') {
				return fail(notSavedError('The new name', [{ path: 'name', message: 'a model needs a name' }], id));
			}
			return update(id, expectedRevision, (stored) => {
				// Renaming rewrites the file, so a stored file that no longer validates is refused as get() would.
				const opened = stored();
				return opened.ok ? checkForWrite({ ...opened.value.file, name: trimmed }, id) : fail(opened.error);
			});
		},

		duplicate: (id) =>
			backend.transaction('readwrite', async (tx) => {
				const entry = await tx.get(id);
				if (entry === undefined) return fail(notFoundError(id));
				const opened = openEntry(entry, id);
				if (!opened.ok) return opened;
				const copy = checkForWrite({ ...opened.value.file, name: `${opened.value.name} (copy)` }, id);
				return copy.ok ? insert(tx, copy.value) : copy;
			}),

		delete: (id) =>
			backend.transaction('readwrite', async (tx) => {
				const entry = await tx.get(id);
				if (entry === undefined) return fail(notFoundError(id));
				await tx.delete(id);
				return ok({ id, name: entryName(entry, id), revision: entryRevision(entry), entry });
			}),

		restore: (deleted: DeletedModel) =>
			backend.transaction('readwrite', async (tx) => {
				const present = await tx.get(deleted.id);
				if (present !== undefined) {
					return fail(
						alreadyPresentError(deleted.id, deleted.name, entryRevision(present), deleted.revision)
					);
				}
				await tx.putRaw(deleted.id, deleted.entry);
				return ok(summaryOf(deleted.entry, deleted.id));
			}),

		getMeta: (key) => backend.transaction('readonly', async (tx) => ok(await tx.getMeta(key))),

		claimMeta: (key, value) =>
			backend.transaction('readwrite', async (tx) => {
				if ((await tx.getMeta(key)) !== undefined) return ok(false);
				await tx.putMeta(key, value);
				return ok(true);
			}),

		close: () => backend.close()
	};
}
