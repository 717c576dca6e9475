// Whether the saved model on screen was changed or deleted in another tab since it was read, so
// the bridge page can offer to reload it. Subscribe on construction; call destroy() when done.
import type { CrossTabNotifier, ModelChange } from '$lib/storage/cross-tab';

export class ModelWatch {
	readonly #unsubscribe: () => void;
	#change = $state.raw<ModelChange | undefined>();

	/**
	 * @param otherTabs where other tabs' changes are heard
	 * @param id the model on screen
	 * @param revision the revision on screen (a function when this page saves it too); a message
	 *   naming it again is not a change
	 */
	constructor(
		otherTabs: Pick<CrossTabNotifier, 'subscribe'>,
		id: string | (() => string | undefined),
		revision: number | (() => number)
	) {
		const current = () => (typeof revision === 'function' ? revision() : revision);
		const model = () => (typeof id === 'function' ? id() : id);
		this.#unsubscribe = otherTabs.subscribe((change) => {
			if (change.id !== model()) return;
			if (!change.deleted && change.revision === current()) return;
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
