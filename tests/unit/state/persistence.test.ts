// PersistenceNotice over a stubbed navigator.storage: offered while not persistent, the browser's
// answer said briefly, nothing at all without the API (or when already persistent).
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	PERSISTENCE_GRANTED,
	PERSISTENCE_REFUSED,
	PersistenceNotice
} from '../../../src/lib/state/persistence.svelte';
import { PERSISTENCE_EXPLANATION } from '../../../src/lib/storage/persistence';

function stubStorage(persisted: boolean, grant: boolean) {
	const storage = {
		persisted: vi.fn(async () => persisted),
		persist: vi.fn(async () => grant)
	};
	vi.stubGlobal('navigator', { storage });
	return storage;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('PersistenceNotice', () => {
	it('offers the button, with the explanation, while storage is not persistent', async () => {
		const storage = stubStorage(false, true);
		const notice = new PersistenceNotice();
		expect(notice.phase).toBe('hidden');
		await notice.check();
		expect(notice.phase).toBe('offer');
		expect(notice.explanation).toBe(PERSISTENCE_EXPLANATION);
		expect(storage.persist).not.toHaveBeenCalled();
	});

	it('asks the browser at once when the button is pressed, and says briefly that it worked', async () => {
		const storage = stubStorage(false, true);
		const notice = new PersistenceNotice();
		await notice.check();
		const asking = notice.request();
		expect(notice.phase).toBe('asking');
		await asking;
		expect(storage.persist).toHaveBeenCalledOnce();
		expect(notice.phase).toBe('granted');
		expect(notice.outcome).toBe(PERSISTENCE_GRANTED);
	});

	it('says so when the browser refuses', async () => {
		stubStorage(false, false);
		const notice = new PersistenceNotice();
		await notice.check();
		await notice.request();
		expect(notice.phase).toBe('refused');
		expect(notice.outcome).toBe(PERSISTENCE_REFUSED);
	});

	it('says nothing when storage is already persistent', async () => {
		stubStorage(true, true);
		const notice = new PersistenceNotice();
		await notice.check();
		expect(notice.phase).toBe('hidden');
		expect(notice.outcome).toBeUndefined();
	});

	it('says nothing when the browser has no storage API', async () => {
		vi.stubGlobal('navigator', {});
		const notice = new PersistenceNotice();
		await notice.check();
		expect(notice.phase).toBe('hidden');
		await notice.request();
		expect(notice.phase).toBe('hidden');
		expect(notice.outcome).toBeUndefined();
	});

	it('dismiss() puts the offer away', async () => {
		stubStorage(false, true);
		const notice = new PersistenceNotice();
		await notice.check();
		notice.dismiss();
		expect(notice.phase).toBe('hidden');
	});
});
