// Building the bridge page's notebook from what its load read: the model, where it is saved, and
// the scenario the address asks for.
import type { ValidModel } from '$lib/model/valid-model';
import { NotebookState } from '$lib/notebook/notebook.svelte';
import type { OpenedStore } from '$lib/storage/open-store';
import { createMemoryStore } from '$lib/storage/memory-store';
import type { ModelStore, StoreResult } from '$lib/storage/store';
import { addressedScenario, showModelId } from './notebook-address.svelte';

/** A model as the bridge page's load returns it. */
export interface LoadedModel {
	readonly id: string;
	readonly file: ValidModel;
	/** In the library (else a shipped example, saved on its first edit). */
	readonly saved: boolean;
	readonly revision: number;
}

/** Where edits are saved: the opened store, or memory when none could be opened (the page says so). */
export function notebookStore(storage: StoreResult<OpenedStore>): ModelStore {
	return storage.ok ? storage.value.store : createMemoryStore();
}

/** A notebook on `model`, saving to `store` under the model's id. */
export function openNotebook(model: LoadedModel, store: ModelStore): NotebookState {
	return new NotebookState(model.file, {
		store,
		id: model.saved ? model.id : undefined,
		revision: model.revision,
		scenario: addressedScenario(model.id),
		// An example opened by its address joins the library on its first edit.
		oncreated: showModelId
	});
}
