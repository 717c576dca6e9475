// The IndexedDB adapter (through idb): a versioned database upgraded by a list of per-version steps,
// and a backend that runs each store call as one transaction, so the revision check and the write
// commit together. Browser exceptions become StoreErrors; a newer tab's upgrade closes this connection.
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import {
	blockedByOtherTabError,
	closedError,
	errorFromException,
	noStorageError,
	supersededError,
	upgradeFailedError
} from './errors';
import { createRowStore, type RowBackend, type RowTransaction, type StoreOptions } from './row-store';
import { fail, ok, type ModelStore, type StoreError, type StoreResult } from './store';

/** The database name in the browser's site storage. */
export const DB_NAME = 'bridgebook';
/** One entry per model, keyed by its `id` (see records.ts, StoredModel). */
export const MODELS_STORE = 'models';
/** Out-of-line keys to small values, such as the record that examples were seeded. */
export const META_STORE = 'meta';

/** The transaction an upgrade step runs in. */
export type UpgradeTransaction = IDBPTransaction<unknown, string[], 'versionchange'>;

/**
 * Takes the database from version `i` to `i + 1` (it is UPGRADE_STEPS[i]). It may change stores and
 * rewrite entries through `tx`, awaiting only `tx`'s own requests (anything else lets the upgrade
 * transaction commit half-done). A step that throws aborts the whole upgrade, leaving the old data.
 */
export type UpgradeStep = (db: IDBPDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** Every upgrade ever shipped, in order. To change the schema, append a step; never edit one. */
export const UPGRADE_STEPS: readonly UpgradeStep[] = [
	// 0 -> 1: the models and a key-value store for flags.
	(db) => {
		db.createObjectStore(MODELS_STORE, { keyPath: 'id' });
		db.createObjectStore(META_STORE);
	}
];

/** The database version this build opens: one per upgrade step (1 today). */
export const DB_VERSION = UPGRADE_STEPS.length;

/**
 * Run steps `from` .. `to - 1` in order inside the upgrade transaction. Synchronous steps run
 * synchronously; after an asynchronous one the rest follow once it settles.
 */
export async function runUpgradeSteps(
	steps: readonly UpgradeStep[],
	db: IDBPDatabase,
	from: number,
	to: number,
	tx: UpgradeTransaction
): Promise<void> {
	for (let version = from; version < to; version += 1) {
		const step = steps[version];
		if (!step) throw new Error(`no upgrade step from database version ${version}`);
		const pending = step(db, tx);
		if (pending) await pending;
	}
}

/** Options for opening the database; the defaults are the app's. */
export interface OpenOptions {
	readonly name?: string;
	/** The database opens at version `steps.length`. */
	readonly steps?: readonly UpgradeStep[];
	/**
	 * Called when this connection stops working after it opened: a newer Bridgebook in another tab
	 * needs to upgrade ('blocked'), or the browser closed it ('unavailable'). Later calls fail alike.
	 */
	readonly onClose?: (error: StoreError) => void;
}

/**
 * Open (creating or upgrading) the database. Resolves to 'blocked' as soon as an older connection
 * in another tab holds up the upgrade, to 'unavailable' when IndexedDB is missing or refuses (some
 * private windows), the database is newer than this build, or an upgrade step fails.
 */
export function openModelDatabase(options: OpenOptions = {}): Promise<StoreResult<IDBPDatabase>> {
	const { name = DB_NAME, steps = UPGRADE_STEPS, onClose } = options;
	if (typeof indexedDB === 'undefined')
		return Promise.resolve(fail(noStorageError('indexedDB is undefined')));
	return new Promise((resolve) => {
		let settled = false;
		let upgradeError: unknown;
		let opened: IDBPDatabase | undefined;
		const settle = (result: StoreResult<IDBPDatabase>) => {
			if (settled) return false;
			settled = true;
			resolve(result);
			return true;
		};
		let request: Promise<IDBPDatabase>;
		try {
			request = openDB(name, steps.length, {
				upgrade(db, oldVersion, newVersion, tx) {
					// An aborted upgrade is reported through the open request; this only keeps it handled.
					tx.done.catch(() => undefined);
					runUpgradeSteps(steps, db, oldVersion, newVersion ?? steps.length, tx).catch((error: unknown) => {
						upgradeError = error;
						try {
							tx.abort();
						} catch {
							// Already finished: the open request reports the failure.
						}
					});
				},
				blocked: () => settle(fail(blockedByOtherTabError())),
				blocking: () => {
					// Step aside so the newer tab can upgrade; this tab must reload to carry on.
					opened?.close();
					onClose?.(supersededError());
				},
				terminated: () => onClose?.(closedError())
			});
		} catch (error) {
			settle(fail(openFailure(error)));
			return;
		}
		request.then(
			(db) => {
				opened = db;
				// Opened after this call already reported 'blocked': nobody holds this connection.
				if (!settle(ok(db))) db.close();
			},
			(error: unknown) => {
				const message = upgradeError instanceof Error ? upgradeError.message : String(upgradeError);
				settle(fail(upgradeError === undefined ? openFailure(error) : upgradeFailedError(message)));
			}
		);
	});
}

/**
 * Why opening failed. Apart from a database newer than this build (VersionError) and a full disk,
 * a refusal to open means this window may not store anything (Firefox private windows say
 * InvalidStateError; blocked site data says SecurityError or UnknownError).
 */
function openFailure(error: unknown): StoreError {
	const mapped = errorFromException(error);
	const newer = mapped.detail?.startsWith('VersionError') === true;
	return mapped.kind === 'unavailable' && !newer ? noStorageError(mapped.detail) : mapped;
}

class IndexedDbBackend implements RowBackend {
	readonly durable = true;
	readonly #db: IDBPDatabase;
	#closedBy: StoreError | undefined;

	constructor(db: IDBPDatabase) {
		this.#db = db;
	}

	/** Make every later call fail with `error` (the first reason wins). */
	closeWith(error: StoreError): void {
		this.#closedBy ??= error;
	}

	async transaction<T>(
		mode: 'readonly' | 'readwrite',
		work: (tx: RowTransaction) => Promise<StoreResult<T>>
	): Promise<StoreResult<T>> {
		if (this.#closedBy) return fail(this.#closedBy);
		let tx: IDBPTransaction<unknown, string[], 'readonly' | 'readwrite'>;
		try {
			tx = this.#db.transaction([MODELS_STORE, META_STORE], mode);
		} catch (error) {
			return fail(errorFromException(error));
		}
		// Resolves to undefined on commit, or to the reason the transaction aborted; never rejects.
		const finished: Promise<unknown> = tx.done.then(
			() => undefined,
			(error: unknown) => error ?? new DOMException('transaction aborted', 'AbortError')
		);
		const models = tx.objectStore(MODELS_STORE);
		const meta = tx.objectStore(META_STORE);
		// `put`/`delete` are typed optional because `mode` may be 'readonly'; there the browser throws
		// ReadOnlyError, which the catch below reports like any other failure.
		const rows: RowTransaction = {
			get: (id) => models.get(id),
			all: async () => {
				const [keys, entries] = await Promise.all([models.getAllKeys(), models.getAll()]);
				return entries.map((entry: unknown, i) => ({ key: String(keys[i]), entry }));
			},
			put: async (entry) => {
				await models.put!(entry);
			},
			putRaw: async (_id, entry) => {
				await models.put!(entry);
			},
			delete: (id) => models.delete!(id),
			getMeta: (key) => meta.get(key),
			putMeta: async (key, value) => {
				await meta.put!(value, key);
			}
		};
		let result: StoreResult<T>;
		try {
			result = await work(rows);
		} catch (thrown) {
			abortQuietly(tx);
			// The transaction's own error (e.g. QuotaExceededError at commit) says more than a request's AbortError.
			const reason = await finished;
			const specific = isAbortError(reason) ? thrown : reason;
			return fail(errorFromException(specific ?? thrown));
		}
		if (!result.ok) {
			if (mode === 'readwrite') abortQuietly(tx);
			await finished;
			return result;
		}
		const reason = await finished;
		return reason === undefined ? result : fail(errorFromException(reason));
	}

	close(): void {
		this.closeWith(closedError());
		this.#db.close();
	}
}

function abortQuietly(tx: { abort(): void }): void {
	try {
		tx.abort();
	} catch {
		// Already committed or aborted; `finished` carries the outcome.
	}
}

function isAbortError(error: unknown): boolean {
	return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

/** Options for openIndexedDbStore: where to open, plus clock and ids for tests. */
export interface IndexedDbStoreOptions extends OpenOptions, StoreOptions {}

/**
 * Open the IndexedDB-backed ModelStore (durable: true). Fails with 'blocked' or 'unavailable' as
 * openModelDatabase does; the caller may then fall back to the memory store (see open-store.ts).
 */
export async function openIndexedDbStore(
	options: IndexedDbStoreOptions = {}
): Promise<StoreResult<ModelStore>> {
	// The close callback can only fire once the database is open, by which time the backend exists.
	const holder: { backend?: IndexedDbBackend } = {};
	const opened = await openModelDatabase({
		...options,
		onClose: (error) => {
			holder.backend?.closeWith(error);
			options.onClose?.(error);
		}
	});
	if (!opened.ok) return opened;
	holder.backend = new IndexedDbBackend(opened.value);
	return ok(createRowStore(holder.backend, options));
}
