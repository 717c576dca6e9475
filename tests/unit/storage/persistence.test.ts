// requestPersistentStorage() and persistenceStatus(): ask once, explain why, and cope with no API.
import { describe, expect, it, vi } from 'vitest';
import {
	PERSISTENCE_EXPLANATION,
	persistenceStatus,
	requestPersistentStorage
} from '../../../src/lib/storage/persistence';

const api = (persisted: boolean, grant: boolean | Error) => ({
	persisted: vi.fn(async () => persisted),
	persist: vi.fn(async () => {
		if (grant instanceof Error) throw grant;
		return grant;
	})
});

describe('requestPersistentStorage(storage)', () => {
	it('is unsupported when the browser has no storage API', async () => {
		expect(await requestPersistentStorage(undefined)).toEqual({ supported: false });
		expect(await requestPersistentStorage({})).toEqual({ supported: false });
	});

	it('is unsupported in Node, where navigator.storage is absent', async () => {
		expect(await requestPersistentStorage()).toEqual({ supported: false });
	});

	it('reports storage that was already persistent as such', async () => {
		const storage = api(true, true);
		expect(await requestPersistentStorage(storage)).toEqual({
			supported: true,
			persisted: true,
			alreadyPersisted: true
		});
	});

	it('asks before awaiting anything, so the request still counts as part of the click', () => {
		const storage = api(false, true);
		void requestPersistentStorage(storage);
		// Called synchronously: no await has happened yet.
		expect(storage.persist).toHaveBeenCalledTimes(1);
	});

	it.each([
		[true, true],
		[false, false]
	])('asks, and reports the browser granting it as %s', async (grant, persisted) => {
		const storage = api(false, grant);
		expect(await requestPersistentStorage(storage)).toEqual({
			supported: true,
			persisted,
			alreadyPersisted: false
		});
		expect(storage.persist).toHaveBeenCalledOnce();
	});

	it('reports not persisted when the browser throws instead of answering', async () => {
		expect(await requestPersistentStorage(api(false, new Error('denied')))).toEqual({
			supported: true,
			persisted: false,
			alreadyPersisted: false
		});
	});
});

describe('persistenceStatus(storage)', () => {
	it('reads the status without asking', async () => {
		const storage = api(false, true);
		expect(await persistenceStatus(storage)).toMatchObject({ supported: true, persisted: false });
		expect(storage.persist).not.toHaveBeenCalled();
	});
});

describe('PERSISTENCE_EXPLANATION', () => {
	it('says why we ask, in plain words', () => {
		expect(PERSISTENCE_EXPLANATION).toContain('does not clear your models when space runs low');
	});
});
