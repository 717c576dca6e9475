// Changes made in other tabs: the library reads its list again (after its first load, newest read
// wins, and not after destroy()); the bridge page's ModelWatch notices changes to its model only.
import { describe, expect, it, vi } from 'vitest';
import { LibraryState } from '../../../src/lib/state/library.svelte';
import { ModelWatch } from '../../../src/lib/state/model-watch.svelte';
import { seedTexts, shippedTemplates } from '../../../src/lib/state/templates';
import { withCrossTabNotices } from '../../../src/lib/storage/cross-tab';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import type { ModelStore, ModelSummary, StoreResult } from '../../../src/lib/storage/store';
import { fakeTabs } from './fake-notifier';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';

/** Two tabs of the app over one store, each announcing its own changes to the other. */
function twoTabs(shared: ModelStore = createMemoryStore()) {
	const hub = fakeTabs();
	const make = () => {
		const tab = hub.tab();
		const library = new LibraryState(withCrossTabNotices(shared, tab), {
			templates: shippedTemplates(),
			examples: seedTexts(),
			download: () => {},
			otherTabs: tab
		});
		return { tab, library };
	};
	return { a: make(), b: make(), shared };
}

const names = (library: LibraryState) => library.models.map((m) => m.name).sort();

describe('LibraryState and other tabs', () => {
	it('a rename in one tab shows in the other without a reload', async () => {
		const { a, b } = twoTabs();
		await a.library.load();
		await b.library.load();
		const id = a.library.models.find((m) => m.name === PORTSMOUTH)!.id;
		await a.library.rename(id, 'Portsmouth for the board');
		await vi.waitFor(() => expect(names(b.library)).toContain('Portsmouth for the board'));
		expect(names(b.library)).not.toContain(PORTSMOUTH);
	});

	it('a delete, a new model and an undo in one tab all show in the other', async () => {
		const { a, b } = twoTabs();
		await a.library.load();
		await b.library.load();
		const id = a.library.models.find((m) => m.name === PORTSMOUTH)!.id;
		await a.library.remove(id);
		await vi.waitFor(() => expect(b.library.models).toHaveLength(1));
		await a.library.undo();
		await vi.waitFor(() => expect(names(b.library)).toContain(PORTSMOUTH));
		await a.library.createFrom(shippedTemplates()[0]!.id);
		await vi.waitFor(() => expect(b.library.models).toHaveLength(3));
		// The tab that made the change is not told of it: it read its list after writing anyway.
		expect(a.library.models).toHaveLength(3);
	});

	it('a change heard before the first load reads nothing; load() lists it', async () => {
		const { a, b, shared } = twoTabs();
		await a.library.load();
		const list = vi.spyOn(shared, 'list');
		await a.library.duplicate(a.library.models[0]!.id);
		const listsByA = list.mock.calls.length;
		await Promise.resolve();
		expect(list.mock.calls.length).toBe(listsByA);
		await b.library.load();
		expect(b.library.models).toHaveLength(3);
	});

	it('destroy() stops listening', async () => {
		const { a, b } = twoTabs();
		await a.library.load();
		await b.library.load();
		expect(b.tab.listeners.size).toBe(1);
		b.library.destroy();
		expect(b.tab.listeners.size).toBe(0);
		await a.library.duplicate(a.library.models[0]!.id);
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(b.library.models).toHaveLength(2);
	});

	it('a slow earlier read finishing last does not replace the newer list', async () => {
		const memory = createMemoryStore();
		let holdNext = false;
		let release: () => void = () => {};
		const slow: ModelStore = {
			...memory,
			list: async (): Promise<StoreResult<ModelSummary[]>> => {
				const listed = await memory.list();
				if (holdNext) {
					holdNext = false;
					await new Promise<void>((resolve) => (release = resolve));
				}
				return listed;
			}
		};
		const { a, b } = twoTabs(slow);
		await a.library.load();
		await b.library.load();
		const first = a.library.models[0]!;
		holdNext = true;
		await a.library.rename(first.id, 'Renamed once'); // B's read of this is held back
		await a.library.rename(first.id, 'Renamed twice');
		await vi.waitFor(() => expect(names(b.library)).toContain('Renamed twice'));
		release();
		await new Promise((resolve) => setTimeout(resolve, 5));
		expect(names(b.library)).toContain('Renamed twice');
		expect(names(b.library)).not.toContain('Renamed once');
	});
});

describe('ModelWatch(otherTabs, id, revision)', () => {
	function watching(revision = 2) {
		const hub = fakeTabs();
		const other = hub.tab();
		const here = hub.tab();
		return { other, here, watch: new ModelWatch(here, 'm1', revision) };
	}

	it('reports a save of the model on screen, with its new revision', () => {
		const { other, watch } = watching();
		expect(watch.change).toBeUndefined();
		other.notify({ id: 'm1', revision: 3, deleted: false });
		expect(watch.change).toEqual({ id: 'm1', revision: 3, deleted: false });
	});

	it('reports a delete', () => {
		const { other, watch } = watching();
		other.notify({ id: 'm1', revision: 2, deleted: true });
		expect(watch.change?.deleted).toBe(true);
	});

	it('ignores other models, and the revision already on screen', () => {
		const { other, watch } = watching();
		other.notify({ id: 'm2', revision: 5, deleted: false });
		other.notify({ id: 'm1', revision: 2, deleted: false });
		expect(watch.change).toBeUndefined();
	});

	it('destroy() stops listening', () => {
		const { other, here, watch } = watching();
		watch.destroy();
		expect(here.listeners.size).toBe(0);
		other.notify({ id: 'm1', revision: 3, deleted: false });
		expect(watch.change).toBeUndefined();
	});
});
