// Whether the saved model on screen was changed or deleted in another tab since it was read, so
// the bridge page can offer to reload it. Subscribe on construction; call destroy() when done.
import type { CrossTabNotifier, ModelChange } from '$lib/storage/cross-tab';

export class ModelWatch {
	readonly #unsubscribe: () => void;
	#change = $state.raw<ModelChange | undefined>();

	/**
	 * @param otherTabs where other tabs' changes are heard
	 * @param id the model on screen
	 * @param revision the revision on screen; a message naming it again is not a change
	 */
	constructor(otherTabs: Pick<CrossTabNotifier, 'subscribe'>, id: string, revision: number) {
		this.#unsubscribe = otherTabs.subscribe((change) => {
			if (change.id !== id) return;
			if (!change.deleted && change.revision === revision) return;
			this.#change = change;
		});
	}

	/** The latest change made elsewhere to this model, until the page reloads it. */
	get change() {
		return this.#change;
	}

	destroy() {
		this.#unsubscribe();
	}
}
