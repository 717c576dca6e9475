import { describe, expect, it } from 'vitest';
import { lastScenario, rememberScenario } from '../../../src/lib/state/last-scenario';

/** A Storage stand-in holding one string per key, as localStorage does. */
function storage(initial: Record<string, string> = {}) {
	const items = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => items.get(k) ?? null,
		setItem: (k: string, v: string) => void items.set(k, v)
	};
}

describe('the scenario last shown for each model', () => {
	it('is remembered per model, and a new choice replaces the old', () => {
		const s = storage();
		rememberScenario('icb', 'worst', s);
		rememberScenario('portsmouth', 'baseline', s);
		rememberScenario('icb', 'best', s);
		expect(lastScenario('icb', s)).toBe('best');
		expect(lastScenario('portsmouth', s)).toBe('baseline');
		expect(lastScenario('other', s)).toBeUndefined();
	});

	it('is forgotten, not fatal, when storage is damaged or refuses', () => {
		expect(lastScenario('icb', storage({ 'bridgebook:last-scenario': '{oops' }))).toBeUndefined();
		expect(lastScenario('__proto__', storage({ 'bridgebook:last-scenario': '{}' }))).toBeUndefined();
		const full = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(() => rememberScenario('icb', 'worst', full)).not.toThrow();
	});
});
