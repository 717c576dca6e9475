// Leaving the bridge page: an unsaved edit is saved at once and the browser asked to warn; a saved
// notebook (or an untouched example) lets the page go quietly.
import { describe, expect, it, vi } from 'vitest';
import { guardUnsaved } from '../../../src/lib/state/unsaved-guard';

function leave(unsaved: boolean) {
	const autosave = { unsaved, flush: vi.fn(() => Promise.resolve()) };
	const event = { preventDefault: vi.fn() };
	guardUnsaved(autosave, event as unknown as BeforeUnloadEvent);
	return { flushed: autosave.flush.mock.calls.length, warned: event.preventDefault.mock.calls.length };
}

describe('guardUnsaved', () => {
	it('saves an unsaved edit now and asks the browser to warn', () => {
		expect(leave(true)).toEqual({ flushed: 1, warned: 1 });
	});

	it('lets a saved notebook close without a warning', () => {
		expect(leave(false)).toEqual({ flushed: 0, warned: 0 });
	});
});
