// history.ts: undo and redo over snapshots.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { History } from '../../../src/lib/notebook/history';

describe('History', () => {
	it('starts with nothing to undo or redo', () => {
		const h = new History<number>();
		expect(h.canUndo).toBe(false);
		expect(h.canRedo).toBe(false);
		expect(h.undo(1)).toBeUndefined();
		expect(h.redo(1)).toBeUndefined();
		// nothing was pushed by the empty calls
		expect(h.canRedo).toBe(false);
	});

	it('undoes and redoes in order', () => {
		const h = new History<string>();
		h.record('a'); // a -> b
		h.record('b'); // b -> c
		expect(h.undo('c')).toBe('b');
		expect(h.undo('b')).toBe('a');
		expect(h.canUndo).toBe(false);
		expect(h.redo('a')).toBe('b');
		expect(h.redo('b')).toBe('c');
		expect(h.canRedo).toBe(false);
		expect(h.undo('c')).toBe('b');
	});

	it('forgets what was undone when a new edit is recorded', () => {
		const h = new History<string>();
		h.record('a');
		h.record('b');
		expect(h.undo('c')).toBe('b');
		expect(h.canRedo).toBe(true);
		h.record('b');
		expect(h.canRedo).toBe(false);
		expect(h.redo('x')).toBeUndefined();
	});

	it('keeps at most `limit` steps, dropping the oldest', () => {
		const h = new History<number>(3);
		for (let i = 0; i < 5; i += 1) h.record(i);
		expect(h.undo(5)).toBe(4);
		expect(h.undo(4)).toBe(3);
		expect(h.undo(3)).toBe(2);
		expect(h.undo(2)).toBeUndefined();
		expect(h.canUndo).toBe(false);
	});

	it('undoing n edits then redoing them walks back and forth through the same states', () => {
		fc.assert(
			fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(30), (values, k) => {
				const h = new History<number>();
				const states = [0];
				for (const v of values) {
					h.record(states.at(-1)!);
					states.push(v);
				}
				const undos = Math.min(k, values.length);
				let current = states.at(-1)!;
				for (let i = 1; i <= undos; i += 1) {
					current = h.undo(current)!;
					expect(current).toBe(states[states.length - 1 - i]);
				}
				for (let i = undos - 1; i >= 0; i -= 1) {
					current = h.redo(current)!;
					expect(current).toBe(states[states.length - 1 - i]);
				}
				expect(h.canRedo).toBe(false);
			})
		);
	});
});
