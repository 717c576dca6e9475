// An edit kept in localStorage as the page went is saved on the next opening, but only over the
// revision it was made on: a copy whose save did land, or that another tab has since overtaken,
// is dropped. Either way the copy is forgotten once read.
import { describe, expect, it } from 'vitest';
import { validateModel, type ValidModel } from '../../../src/lib/model/valid-model';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import {
	keepUnsavedCopy,
	saveUnsavedCopy,
	type KeyValueStorage
} from '../../../src/lib/storage/unsaved-copy';
import { countingIds, portsmouth } from './fixtures';

function mapStorage(): KeyValueStorage & { size: () => number } {
	const items = new Map<string, string>();
	return {
		getItem: (k) => items.get(k) ?? null,
		setItem: (k, v) => void items.set(k, v),
		removeItem: (k) => void items.delete(k),
		size: () => items.size
	};
}

function valid(file: unknown): ValidModel {
	const parsed = validateModel(file);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.value;
}

async function storedModel() {
	const store = createMemoryStore({ newId: countingIds() });
	const created = await store.create(valid(portsmouth()));
	if (!created.ok) throw new Error('not created');
	return { store, id: created.value.id, revision: created.value.revision };
}

describe('saveUnsavedCopy', () => {
	it('saves a kept edit over the revision it was made on, and forgets it', async () => {
		const { store, id, revision } = await storedModel();
		const storage = mapStorage();
		keepUnsavedCopy(storage, id, revision, valid({ ...portsmouth(), name: 'Edited just before closing' }));
		expect(await saveUnsavedCopy(storage, store, id)).toBe(true);
		const got = await store.get(id);
		expect(got.ok && got.value.file.name).toBe('Edited just before closing');
		expect(got.ok && got.value.revision).toBe(revision + 1);
		expect(storage.size()).toBe(0);
	});

	it('drops a copy the stored model has moved on from (its save landed, or another tab saved)', async () => {
		const { store, id, revision } = await storedModel();
		const storage = mapStorage();
		keepUnsavedCopy(storage, id, revision, valid({ ...portsmouth(), name: 'Old copy' }));
		await store.save(id, valid({ ...portsmouth(), name: 'Saved since' }), revision);
		expect(await saveUnsavedCopy(storage, store, id)).toBe(false);
		const got = await store.get(id);
		expect(got.ok && got.value.file.name).toBe('Saved since');
		expect(storage.size()).toBe(0);
	});

	it('does nothing when no copy was kept, or the copy is damaged', async () => {
		const { store, id } = await storedModel();
		const storage = mapStorage();
		expect(await saveUnsavedCopy(storage, store, id)).toBe(false);
		storage.setItem(`bridgebook:unsaved:${id}`, '{not json');
		expect(await saveUnsavedCopy(storage, store, id)).toBe(false);
		expect(storage.size()).toBe(0);
	});
});
