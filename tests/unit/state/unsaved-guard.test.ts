// Leaving the bridge page: an unsaved edit is saved at once and the browser asked to warn; a saved
// notebook (or an untouched example) lets the page go quietly.
import { describe, expect, it, vi } from 'vitest';
import type { ValidModel } from '../../../src/lib/model/valid-model';
import { guardUnsaved, saveOnLeaving } from '../../../src/lib/state/unsaved-guard';

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

describe('saveOnLeaving', () => {
	function hide(unsaved: boolean, hidden: boolean) {
		const autosave = {
			unsaved,
			id: 'm1',
			revision: 3,
			unsavedFile: unsaved ? ({ name: 'edited' } as unknown as ValidModel) : undefined,
			flush: vi.fn(() => Promise.resolve())
		};
		const kept: string[] = [];
		const storage = { getItem: () => null, setItem: (k: string) => void kept.push(k), removeItem: () => {} };
		saveOnLeaving(autosave, hidden, storage);
		return { flushed: autosave.flush.mock.calls.length, kept };
	}

	it('starts the waiting save and keeps a copy when the page is hidden or goes', () => {
		expect(hide(true, true)).toEqual({ flushed: 1, kept: ['bridgebook:unsaved:m1'] });
	});

	it('does nothing when the page becomes visible again, or nothing waits', () => {
		expect(hide(true, false)).toEqual({ flushed: 0, kept: [] });
		expect(hide(false, true)).toEqual({ flushed: 0, kept: [] });
	});
});
