// Leaving the bridge page with an edit not yet saved: save it at once, and have the browser ask the
// user to stay in case the save does not finish before the page goes. A page that goes (pagehide)
// or is hidden also keeps a copy of the edit in localStorage, which the model's next opening
// saves if the write did not land (storage/unsaved-copy.ts, ADR 0014).
import type { Autosave } from '$lib/notebook/autosave.svelte';
import { keepUnsavedCopy, type KeyValueStorage } from '$lib/storage/unsaved-copy';

type Leaving = Pick<Autosave, 'unsaved' | 'flush' | 'id' | 'revision' | 'unsavedFile'>;

/** The page's beforeunload handler, for the notebook's autosave. */
export function guardUnsaved(autosave: Pick<Leaving, 'unsaved' | 'flush'>, event: BeforeUnloadEvent): void {
	if (!autosave.unsaved) return;
	void autosave.flush();
	event.preventDefault();
}

/** The page's pagehide and visibilitychange handler: start the waiting save now and keep a copy. */
export function saveOnLeaving(autosave: Leaving, hidden: boolean, storage: KeyValueStorage): void {
	if (!hidden || !autosave.unsaved) return;
	const file = autosave.unsavedFile;
	if (autosave.id !== undefined && file !== undefined)
		keepUnsavedCopy(storage, autosave.id, autosave.revision, file);
	void autosave.flush();
}
