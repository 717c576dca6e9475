// The scenario last shown for each model, remembered in this browser, so reopening a model from the
// library returns to it (a user who lands on the baseline types a scenario's change into the model
// itself). A convenience only: unavailable or damaged storage means the baseline.

const KEY = 'bridgebook:last-scenario';

function read(storage: Pick<Storage, 'getItem'> | undefined): Record<string, string> {
	try {
		const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
		return typeof saved === 'object' && saved !== null && !Array.isArray(saved)
			? Object.fromEntries(Object.entries(saved).filter(([, v]) => typeof v === 'string'))
			: {};
	} catch {
		return {};
	}
}

/** The scenario last shown for model `id`, if one was remembered. */
export function lastScenario(
	id: string,
	storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): string | undefined {
	return Object.hasOwn(read(storage), id) ? read(storage)[id] : undefined;
}

/** Remember `scenario` as the one shown for model `id`. */
export function rememberScenario(
	id: string,
	scenario: string,
	storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage
): void {
	try {
		const saved = read(storage);
		if (saved[id] === scenario) return;
		storage?.setItem(KEY, JSON.stringify({ ...saved, [id]: scenario }));
	} catch {
		// Not remembering the scenario loses nothing of the user's work.
	}
}
