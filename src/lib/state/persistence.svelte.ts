// State of the library's "keep my models safe" notice: offered while the browser may clear storage
// under pressure, never when the API is absent or storage is already persistent. request() must run
// straight from the user's click, because some browsers (Firefox) prompt on persist().
import {
	PERSISTENCE_EXPLANATION,
	persistenceStatus,
	requestPersistentStorage,
	type PersistenceApi
} from '$lib/storage/persistence';

/** hidden: say nothing; offer: show the button; asking: waiting on the browser; then its answer. */
export type PersistencePhase = 'hidden' | 'offer' | 'asking' | 'granted' | 'refused';

export const PERSISTENCE_GRANTED = 'Done: your browser will keep your models.';
export const PERSISTENCE_REFUSED =
	'Your browser did not make storage permanent. Your models are still saved; export a copy of any you cannot lose.';

export class PersistenceNotice {
	/** Why we ask, shown beside the button. */
	readonly explanation = PERSISTENCE_EXPLANATION;
	readonly #storage: PersistenceApi | undefined;
	#phase = $state<PersistencePhase>('hidden');

	/** @param storage navigator.storage or a stand-in; left out, the browser's own (read when used). */
	constructor(storage?: PersistenceApi) {
		this.#storage = storage;
	}

	get phase() {
		return this.#phase;
	}

	/** The browser's answer after request(), in a sentence; undefined before. */
	get outcome(): string | undefined {
		if (this.#phase === 'granted') return PERSISTENCE_GRANTED;
		if (this.#phase === 'refused') return PERSISTENCE_REFUSED;
		return undefined;
	}

	/** Ask the browser, without prompting, whether storage is persistent; offer the button if not. */
	async check(): Promise<void> {
		const status = await persistenceStatus(this.#storage);
		if (this.#phase !== 'hidden') return;
		this.#phase = status.supported && !status.persisted ? 'offer' : 'hidden';
	}

	/** Ask for persistent storage. Call it from the click itself, with nothing awaited before. */
	async request(): Promise<void> {
		const asked = requestPersistentStorage(this.#storage);
		this.#phase = 'asking';
		const result = await asked;
		this.#phase = !result.supported ? 'hidden' : result.persisted ? 'granted' : 'refused';
	}

	/** Put the notice away for this visit. */
	dismiss() {
		this.#phase = 'hidden';
	}
}
