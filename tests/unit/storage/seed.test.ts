// seedExamples(store, examples): the first run fills an empty library once; a deleted example stays deleted.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openIndexedDbStore } from '../../../src/lib/storage/indexeddb-store';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { SEED_META_KEY, seedExamples, type ExampleText } from '../../../src/lib/storage/seed';
import { ICB_PATH, icb, PORTSMOUTH_PATH, portsmouth, readText, valueOf } from './fixtures';

const EXAMPLES: ExampleText[] = [
	{ key: 'portsmouth-ccg-2017-19', text: readText(PORTSMOUTH_PATH) },
	{ key: 'icb-template-2026-29', text: readText(ICB_PATH) }
];
const at = () => new Date('2026-04-01T09:00:00Z');
const names = async (store: ReturnType<typeof createMemoryStore>) =>
	valueOf(await store.list())
		.map((s) => s.name)
		.sort();

describe('seedExamples(store, examples)', () => {
	it('creates every example in an empty store and records that it did', async () => {
		const store = createMemoryStore();
		const report = valueOf(await seedExamples(store, EXAMPLES, at));
		expect([report.seeded, report.created.length, report.failed]).toEqual([true, 2, []]);
		expect(await names(store)).toEqual([icb().name, portsmouth().name].sort());
		expect(valueOf(await store.getMeta(SEED_META_KEY))).toEqual({
			at: '2026-04-01T09:00:00.000Z',
			examples: ['portsmouth-ccg-2017-19', 'icb-template-2026-29']
		});
	});

	it('does nothing the second time', async () => {
		const store = createMemoryStore();
		valueOf(await seedExamples(store, EXAMPLES));
		expect(valueOf(await seedExamples(store, EXAMPLES))).toEqual({ seeded: false, created: [], failed: [] });
		expect(valueOf(await store.list())).toHaveLength(2);
	});

	it('does not bring back an example the user deleted', async () => {
		const store = createMemoryStore();
		const { created } = valueOf(await seedExamples(store, EXAMPLES));
		for (const model of created) valueOf(await store.delete(model.id));
		expect(valueOf(await seedExamples(store, EXAMPLES)).seeded).toBe(false);
		expect(valueOf(await store.list())).toEqual([]);
	});

	it('never adds examples to a library that already has models, and never tries again', async () => {
		const store = createMemoryStore();
		valueOf(await store.create(icb()));
		expect(valueOf(await seedExamples(store, EXAMPLES)).seeded).toBe(false);
		expect(valueOf(await store.getMeta(SEED_META_KEY))).toMatchObject({ examples: [] });
		valueOf(await store.delete(valueOf(await store.list())[0]!.id));
		expect(valueOf(await seedExamples(store, EXAMPLES)).seeded).toBe(false);
	});

	it('seeds once when two tabs start together', async () => {
		const store = createMemoryStore();
		const reports = await Promise.all([seedExamples(store, EXAMPLES), seedExamples(store, EXAMPLES)]);
		expect(reports.map((r) => valueOf(r).seeded).sort()).toEqual([false, true]);
		expect(valueOf(await store.list())).toHaveLength(2);
	});

	it('lists an example that does not parse as failed and adds the others', async () => {
		const store = createMemoryStore();
		const broken = { key: 'broken', text: '{"schemaVersion": 2, "name": "Broken"}' };
		const report = valueOf(await seedExamples(store, [broken, ...EXAMPLES]));
		expect(report.created).toHaveLength(2);
		expect(report.failed.map((f) => [f.key, f.error.kind])).toEqual([['broken', 'invalid']]);
		expect(report.failed[0]?.error.message).toContain('The example "broken" was not saved');
	});

	it('reports a full disk per example', async () => {
		const store = createMemoryStore({
			onWrite: (w) => {
				if (w.store === 'models') throw new DOMException('full', 'QuotaExceededError');
			}
		});
		const report = valueOf(await seedExamples(store, EXAMPLES));
		expect(report.failed.map((f) => f.error.kind)).toEqual(['quota', 'quota']);
	});

	it('remembers across reopening an IndexedDB store', async () => {
		const name = 'bridgebook-seed-test';
		const first = valueOf(await openIndexedDbStore({ name }));
		expect(valueOf(await seedExamples(first, EXAMPLES)).seeded).toBe(true);
		for (const s of valueOf(await first.list())) valueOf(await first.delete(s.id));
		first.close();
		const second = valueOf(await openIndexedDbStore({ name }));
		expect(valueOf(await seedExamples(second, EXAMPLES)).seeded).toBe(false);
		expect(valueOf(await second.list())).toEqual([]);
		second.close();
	});
});
