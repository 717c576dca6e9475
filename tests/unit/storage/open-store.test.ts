// openStore(): IndexedDB when possible, the memory store (with its reason) when not, never hiding 'blocked'.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UPGRADE_STEPS } from '../../../src/lib/storage/indexeddb-store';
import { openStore } from '../../../src/lib/storage/open-store';
import { errorOf, portsmouth, valueOf } from './fixtures';

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('openStore(options)', () => {
	it('opens the durable IndexedDB store when the browser allows it', async () => {
		const opened = valueOf(await openStore({ name: 'open-store-durable' }));
		expect([opened.store.durable, opened.fallbackReason]).toEqual([true, undefined]);
		opened.store.close();
	});

	it('falls back to the memory store, with the reason to show, when IndexedDB is unavailable', async () => {
		vi.stubGlobal('indexedDB', undefined);
		const opened = valueOf(await openStore());
		expect(opened.store.durable).toBe(false);
		expect(opened.fallbackReason?.message).toContain('export a copy before you close the window');
		expect(valueOf(await opened.store.create(portsmouth())).revision).toBe(1);
	});

	it('reports blocked rather than showing an empty library', async () => {
		const name = 'open-store-blocked';
		const older = await new Promise<IDBDatabase>((resolve) => {
			const request = indexedDB.open(name, 1);
			request.onsuccess = () => resolve(request.result);
		});
		const error = errorOf(await openStore({ name, steps: [...UPGRADE_STEPS, () => {}] }));
		expect(error.kind).toBe('blocked');
		older.close();
	});
});
