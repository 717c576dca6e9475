// The reader's display choices, remembered in this browser; damaged or missing storage falls back.
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, loadDisplay, saveDisplay } from '../../../src/lib/state/display-preferences';

function storage(initial?: string) {
	const items = new Map<string, string>(initial === undefined ? [] : [['bridgebook:display', initial]]);
	return {
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value)
	};
}

describe('display preferences', () => {
	it('remembers a unit and a negative style', () => {
		const store = storage();
		saveDisplay({ unit: 'k', negatives: 'minus' }, store);
		expect(loadDisplay(store)).toEqual({ unit: 'k', negatives: 'minus' });
	});

	it.each([undefined, 'not json', '{"unit":"bn","negatives":"red"}', '[]', 'null'])(
		'falls back to the defaults for %j',
		(saved) => {
			expect(loadDisplay(storage(saved))).toEqual(DEFAULT_DISPLAY);
		}
	);

	it('keeps the sound part of a half-damaged entry', () => {
		expect(loadDisplay(storage('{"unit":"gbp","negatives":7}'))).toEqual({
			unit: 'gbp',
			negatives: 'brackets'
		});
	});

	it('works without storage, and a refusing storage loses nothing', () => {
		expect(loadDisplay(undefined)).toEqual(DEFAULT_DISPLAY);
		const full = {
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			}
		};
		expect(() => saveDisplay({ unit: 'm', negatives: 'brackets' }, full)).not.toThrow();
	});
});
