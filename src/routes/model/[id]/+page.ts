import { error } from '@sveltejs/kit';
import { exampleById } from '$lib/examples';
import { settleAutosaves } from '$lib/notebook/autosave.svelte';
import { saveUnsavedCopy } from '$lib/storage/unsaved-copy';
import { MODEL_DEPENDENCY } from './dependency';
import type { PageLoad } from './$types';

// A model saved in the library, by id; otherwise a shipped example by its file name, so addresses
// such as /model/portsmouth-ccg-2017-19 keep working. invalidate(MODEL_DEPENDENCY) reads it again
// (after another tab changed it) without reopening the store. The page just left may still be
// saving an edit to this model (the check page's stated figures, say): that save lands first, so
// the notebook opens at the revision it made and its next edit is no false conflict. An edit the
// last visit could not save before the page went was kept in localStorage: it is saved first.
export const load: PageLoad = async ({ params, parent, depends }) => {
	depends(MODEL_DEPENDENCY);
	const { storage } = await parent();
	if (storage.ok) {
		await settleAutosaves();
		await saveUnsavedCopy(localStorage, storage.value.store, params.id);
		const got = await storage.value.store.get(params.id);
		if (got.ok)
			return {
				id: params.id,
				file: got.value.file,
				saved: true,
				revision: got.value.revision
			};
		if (got.error.kind !== 'not-found') error(422, got.error.message);
	}
	const example = exampleById(params.id);
	if (!example) error(404, `There is no model called "${params.id}" in your library or among the examples.`);
	if (!example.loaded.ok) {
		const list = example.loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
		error(422, `The model ${example.path} could not be read: ${list}`);
	}
	return { id: example.id, file: example.loaded.value, saved: false, revision: 0 };
};
