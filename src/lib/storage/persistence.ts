// Asking the browser to keep Bridgebook's storage when space runs low (navigator.storage.persist),
// and checking whether it already does. An absent API is reported as unsupported, never thrown.

/** Why we ask, in words to show next to the request (Firefox shows its own prompt on persist()). */
export const PERSISTENCE_EXPLANATION =
	'Bridgebook asks your browser to keep its storage permanent, so the browser does not clear your models when space runs low. Your models still stay on this computer only.';

/** The parts of StorageManager used here (injectable for tests). */
export interface PersistenceApi {
	persist?: () => Promise<boolean>;
	persisted?: () => Promise<boolean>;
}

/** The outcome; `persisted: false` means the browser may clear models under storage pressure. */
export type PersistenceResult =
	| { readonly supported: false }
	| { readonly supported: true; readonly persisted: boolean; readonly alreadyPersisted: boolean };

function browserStorage(): PersistenceApi | undefined {
	return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/** Whether storage is already persistent, without asking (no prompt). */
export async function persistenceStatus(
	storage: PersistenceApi | undefined = browserStorage()
): Promise<PersistenceResult> {
	if (typeof storage?.persisted !== 'function') return { supported: false };
	try {
		const persisted = await storage.persisted();
		return { supported: true, persisted, alreadyPersisted: persisted };
	} catch {
		return { supported: true, persisted: false, alreadyPersisted: false };
	}
}

/**
 * Ask for persistent storage unless it is already granted. Show PERSISTENCE_EXPLANATION with the
 * request; call it from a user action (some browsers prompt, some decide from site engagement).
 */
export async function requestPersistentStorage(
	storage: PersistenceApi | undefined = browserStorage()
): Promise<PersistenceResult> {
	if (typeof storage?.persist !== 'function') return { supported: false };
	// Ask before awaiting anything: Firefox only prompts while the user's click is still current.
	const before =
		typeof storage.persisted === 'function' ? storage.persisted().catch(() => false) : Promise.resolve(false);
	const granted = storage.persist().catch(() => false);
	const [alreadyPersisted, persisted] = await Promise.all([before, granted]);
	return { supported: true, persisted: alreadyPersisted || persisted, alreadyPersisted };
}
