// Leaving the bridge page with an edit not yet saved: save it at once, and have the browser ask the
// user to stay in case the save does not finish before the page goes.
import type { Autosave } from '$lib/notebook/autosave.svelte';

/** The page's beforeunload handler, for the notebook's autosave. */
export function guardUnsaved(autosave: Pick<Autosave, 'unsaved' | 'flush'>, event: BeforeUnloadEvent): void {
	if (!autosave.unsaved) return;
	void autosave.flush();
	event.preventDefault();
}
