// A copy of an edit the page could not save before it went (the tab closed, the address changed
// within the autosave delay). IndexedDB cannot be made to finish while a page unloads, so the
// page writes the waiting file synchronously to localStorage on pagehide, and the next opening of
// the model saves it, if the stored model is still the revision the edit was made on (ADR 0014).
import { readModel } from '../model/valid-model';
import type { ValidModel } from '../model/valid-model';
import { fileText } from './records';
import type { ModelStore } from './store';

/** The part of the Web Storage API used (localStorage in the browser, a Map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (id: string) => `bridgebook:unsaved:${id}`;

/** Keep `file`, an edit of model `id` made on stored `revision`, until the model is next opened. */
export function keepUnsavedCopy(
	storage: KeyValueStorage,
	id: string,
	revision: number,
	file: ValidModel
): void {
	try {
		storage.setItem(key(id), JSON.stringify({ revision, text: fileText(file) }));
	} catch {
		// Out of space or storage refused: nothing more can be done while the page goes.
	}
}

/**
 * Save the copy kept for model `id`, if any, and forget it. It is saved only over the revision it
 * was made on: a copy older than the stored model (its save did land, or another tab saved since)
 * is dropped. Resolves to true when a copy was saved.
 */
export async function saveUnsavedCopy(
	storage: KeyValueStorage,
	store: ModelStore,
	id: string
): Promise<boolean> {
	const kept = storage.getItem(key(id));
	if (kept === null) return false;
	storage.removeItem(key(id));
	let copy: { revision?: unknown; text?: unknown };
	try {
		copy = JSON.parse(kept) as typeof copy;
	} catch {
		return false;
	}
	if (typeof copy.revision !== 'number' || typeof copy.text !== 'string') return false;
	const file = readModel(copy.text);
	if (!file.ok) return false;
	const saved = await store.save(id, file.value, copy.revision);
	return saved.ok;
}
