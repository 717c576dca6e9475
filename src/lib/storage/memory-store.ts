// The in-memory adapter: models live in Maps for the life of the page. For tests, and the fallback
// when IndexedDB is unavailable (some private windows). `onWrite` lets tests simulate a full disk.
import { closedError, errorFromException } from './errors';
import { createRowStore, type RowBackend, type RowTransaction, type StoreOptions } from './row-store';
import { fail, type ModelStore, type StoreResult } from './store';

/** One write about to happen, as shown to the `onWrite` hook. */
export interface MemoryWrite {
	readonly store: 'models' | 'meta';
	readonly op: 'put' | 'delete';
	readonly key: string;
}

/** Options for createMemoryStore. */
export interface MemoryStoreOptions extends StoreOptions {
	/**
	 * Called before every write. Throw to make the write fail, as a browser would: for example
	 * `throw new DOMException('full', 'QuotaExceededError')` to simulate a full disk. The whole
	 * transaction is then rolled back and the call resolves to the mapped StoreError.
	 */
	readonly onWrite?: (write: MemoryWrite) => void;
}

class MemoryBackend implements RowBackend {
	readonly durable = false;
	#models = new Map<string, unknown>();
	#meta = new Map<string, unknown>();
	// Transactions run one at a time, as overlapping IndexedDB readwrite transactions do.
	#queue: Promise<unknown> = Promise.resolve();
	#closed = false;

	readonly onWrite: ((write: MemoryWrite) => void) | undefined;

	constructor(onWrite?: (write: MemoryWrite) => void) {
		this.onWrite = onWrite;
	}

	transaction<T>(
		mode: 'readonly' | 'readwrite',
		work: (tx: RowTransaction) => Promise<StoreResult<T>>
	): Promise<StoreResult<T>> {
		const run = async (): Promise<StoreResult<T>> => {
			if (this.#closed) return fail(closedError());
			// Work on copies; they replace the live maps only when the transaction succeeds.
			const models = new Map(this.#models);
			const meta = new Map(this.#meta);
			const write = (w: MemoryWrite) => {
				if (mode === 'readonly') throw new DOMException('read-only transaction', 'ReadOnlyError');
				this.onWrite?.(w);
			};
			const tx: RowTransaction = {
				get: async (id) => structuredClone(models.get(id)),
				all: async () => [...models].map(([key, entry]) => ({ key, entry: structuredClone(entry) })),
				put: async (entry) => {
					write({ store: 'models', op: 'put', key: entry.id });
					models.set(entry.id, structuredClone(entry));
				},
				putRaw: async (id, entry) => {
					write({ store: 'models', op: 'put', key: id });
					models.set(id, structuredClone(entry));
				},
				delete: async (id) => {
					write({ store: 'models', op: 'delete', key: id });
					models.delete(id);
				},
				getMeta: async (key) => structuredClone(meta.get(key)),
				putMeta: async (key, value) => {
					write({ store: 'meta', op: 'put', key });
					meta.set(key, structuredClone(value));
				}
			};
			try {
				const result = await work(tx);
				if (result.ok && mode === 'readwrite') {
					this.#models = models;
					this.#meta = meta;
				}
				return result;
			} catch (error) {
				return fail(errorFromException(error));
			}
		};
		const next = this.#queue.then(run);
		this.#queue = next;
		return next;
	}

	close(): void {
		this.#closed = true;
	}
}

/**
 * A ModelStore kept in memory (durable: false). Behaves like the IndexedDB adapter in every call,
 * including revision conflicts, validation and rollback of failed writes.
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): ModelStore {
	return createRowStore(new MemoryBackend(options.onWrite), options);
}
