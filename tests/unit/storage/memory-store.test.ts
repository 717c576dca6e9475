// The in-memory adapter: the shared contract, plus what only it offers (the onWrite failure hook).
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryWrite } from '../../../src/lib/storage/memory-store';
import { describeStoreContract } from './contract';
import { outcome, portsmouth, valueOf } from './fixtures';

describeStoreContract('memory', async (options) => {
	let failure: unknown;
	const store = createMemoryStore({
		...options,
		onWrite: (write) => {
			if (write.store !== 'models' || failure === undefined) return;
			const error = failure;
			failure = undefined;
			throw error;
		}
	});
	return {
		store,
		// Undo of delete puts an entry back verbatim, which is exactly what planting needs here.
		plant: async (id, entry) => {
			valueOf(await store.restore({ id, name: id, revision: 1, entry }));
		},
		failNextWrite: (error) => {
			failure = error;
		},
		teardown: async () => store.close()
	};
});

describe('createMemoryStore(options)', () => {
	it('is not durable, so the UI can warn that models vanish with the page', () => {
		expect(createMemoryStore().durable).toBe(false);
	});

	it('shows every write to the onWrite hook before it happens', async () => {
		const writes: MemoryWrite[] = [];
		const store = createMemoryStore({ newId: () => 'a', onWrite: (w) => writes.push(w) });
		valueOf(await store.create(portsmouth()));
		valueOf(await store.claimMeta('k', 1));
		valueOf(await store.delete('a'));
		expect(writes).toEqual([
			{ store: 'models', op: 'put', key: 'a' },
			{ store: 'meta', op: 'put', key: 'k' },
			{ store: 'models', op: 'delete', key: 'a' }
		]);
	});

	it('rolls back a whole transaction when a later write in it fails', async () => {
		let calls = 0;
		const store = createMemoryStore({
			onWrite: () => {
				if (++calls === 2) throw new DOMException('full', 'QuotaExceededError');
			}
		});
		valueOf(await store.create(portsmouth()));
		expect(outcome(await store.claimMeta('k', 1))).toEqual({ error: 'quota' });
		expect(valueOf(await store.getMeta('k'))).toBeUndefined();
	});
});
