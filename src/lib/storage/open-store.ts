// Choosing where models live: IndexedDB when the browser allows it, otherwise memory for this page
// only, with the reason for the UI to show. A database held up by another tab ('blocked') is
// reported rather than hidden behind an empty in-memory library.
import { openIndexedDbStore, type IndexedDbStoreOptions } from './indexeddb-store';
import { createMemoryStore } from './memory-store';
import { ok, type ModelStore, type StoreError, type StoreResult } from './store';

/** The store to use, and why it is not durable when it is not. */
export interface OpenedStore {
	readonly store: ModelStore;
	/**
	 * Set when IndexedDB could not be used and `store` is the in-memory fallback: show its message
	 * and keep "export a copy" at hand, because models made here vanish when the page closes.
	 */
	readonly fallbackReason?: StoreError;
}

/**
 * Open the app's store: IndexedDB, or the memory store when IndexedDB is 'unavailable' (missing,
 * refused in a private window, newer than this build, upgrade failed). 'blocked' is returned as an
 * error: the user's models exist, another tab is in the way, and the fix is to close it.
 */
export async function openStore(options: IndexedDbStoreOptions = {}): Promise<StoreResult<OpenedStore>> {
	const opened = await openIndexedDbStore(options);
	if (opened.ok) return ok({ store: opened.value });
	if (opened.error.kind !== 'unavailable') return opened;
	return ok({ store: createMemoryStore(options), fallbackReason: opened.error });
}
