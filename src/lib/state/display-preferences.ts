// How the user likes figures shown (unit, negatives), remembered in this browser across models and
// visits. A preference is a convenience: if storage is unavailable the defaults are used.
import { isMoneyUnit, type MoneyUnit, type NegativeStyle } from '$lib/engine';

export interface DisplayPreferences {
	readonly unit: MoneyUnit;
	readonly negatives: NegativeStyle;
}

const KEY = 'bridgebook:display';
export const DEFAULT_DISPLAY: DisplayPreferences = { unit: 'm', negatives: 'brackets' };

/** The saved preferences, any missing or damaged part replaced by its default. */
export function loadDisplay(
	storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage
): DisplayPreferences {
	try {
		const saved = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<Record<string, unknown>>;
		return {
			unit: typeof saved.unit === 'string' && isMoneyUnit(saved.unit) ? saved.unit : DEFAULT_DISPLAY.unit,
			negatives: saved.negatives === 'minus' ? 'minus' : 'brackets'
		};
	} catch {
		return DEFAULT_DISPLAY;
	}
}

/** Remember the preferences; a full or refused storage just means they are not remembered. */
export function saveDisplay(
	preferences: DisplayPreferences,
	storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage
): void {
	try {
		storage?.setItem(KEY, JSON.stringify(preferences));
	} catch {
		// Not remembering a display choice loses nothing of the user's work.
	}
}
