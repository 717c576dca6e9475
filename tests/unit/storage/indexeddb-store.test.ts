// The IndexedDB adapter on fake-indexeddb: the shared contract, the versioned schema and its upgrade
// steps, other tabs (blocked, blocking, stale revisions) and failures at commit time.
import 'fake-indexeddb/auto';
import { openDB, type IDBPDatabase } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DB_VERSION,
	openIndexedDbStore,
	openModelDatabase,
	UPGRADE_STEPS,
	type UpgradeStep
} from '../../../src/lib/storage/indexeddb-store';
import { QUOTA_MESSAGE } from '../../../src/lib/storage/errors';
import type { StoreError } from '../../../src/lib/storage/store';
import { describeStoreContract, entry } from './contract';
import { errorOf, outcome, portsmouth, valueOf } from './fixtures';

let databases = 0;
/** A database name no other test uses. */
const freshName = () => `bridgebook-test-${++databases}`;

afterEach(() => {
	vi.restoreAllMocks();
});

describeStoreContract('indexeddb', async (options) => {
	const name = freshName();
	const store = valueOf(await openIndexedDbStore({ ...options, name }));
	return {
		store,
		plant: async (_id, value) => {
			const db = await openDB(name);
			await db.put('models', value);
			db.close();
		},
		failNextWrite: (error) => {
			vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
				throw error;
			});
		},
		teardown: async () => store.close()
	};
});

/** Create a version 1 database the way a shipped build left it, with the raw IndexedDB API. */
function rawVersion1(
	name: string,
	rows: { models?: unknown[]; meta?: [string, unknown][] }
): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(name, 1);
		request.onupgradeneeded = () => {
			const db = request.result;
			const models = db.createObjectStore('models', { keyPath: 'id' });
			const meta = db.createObjectStore('meta');
			for (const row of rows.models ?? []) models.put(row);
			for (const [key, value] of rows.meta ?? []) meta.put(value, key);
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** A version 2 as a later build might write it: an index, and a field added to every entry. */
const addTagsV2: UpgradeStep = async (_db, tx) => {
	const models = tx.objectStore('models');
	models.createIndex('byUpdatedAt', 'updatedAt');
	let cursor = await models.openCursor();
	while (cursor) {
		await cursor.update({ ...(cursor.value as object), tags: [] });
		cursor = await cursor.continue();
	}
};

describe('the database schema', () => {
	it('DB_VERSION is 1, one upgrade step per version', () => {
		expect([DB_VERSION, UPGRADE_STEPS.length]).toEqual([1, 1]);
	});

	it('openModelDatabase() creates version 1 with the models and meta stores', async () => {
		const db = valueOf(await openModelDatabase({ name: freshName() }));
		expect([db.version, [...db.objectStoreNames]]).toEqual([1, ['meta', 'models']]);
		expect(db.transaction('models').store.keyPath).toBe('id');
		db.close();
	});

	it('upgrades a version 1 database through the next step, keeping every entry and meta value', async () => {
		const name = freshName();
		const raw = await rawVersion1(name, {
			models: [entry('p', portsmouth())],
			meta: [['examples-seeded', { at: 'then' }]]
		});
		raw.close();
		const steps = [...UPGRADE_STEPS, addTagsV2];
		const db = valueOf(await openModelDatabase({ name, steps }));
		expect(db.version).toBe(2);
		expect([...db.transaction('models').store.indexNames]).toEqual(['byUpdatedAt']);
		expect(await db.get('models', 'p')).toEqual({ ...entry('p', portsmouth()), tags: [] });
		expect(await db.get('meta', 'examples-seeded')).toEqual({ at: 'then' });
		db.close();
		// The store reads the upgraded entry like any other.
		const store = valueOf(await openIndexedDbStore({ name, steps }));
		expect(valueOf(await store.get('p')).file).toEqual(portsmouth());
		store.close();
	});

	it('a failing upgrade step leaves the old version and its data as they were', async () => {
		const name = freshName();
		(await rawVersion1(name, { models: [entry('p', portsmouth())] })).close();
		const failsHalfway: UpgradeStep = async (db, tx) => {
			await addTagsV2(db, tx);
			throw new Error('step 2 broke');
		};
		const error = errorOf(await openModelDatabase({ name, steps: [...UPGRADE_STEPS, failsHalfway] }));
		expect(error).toMatchObject({ kind: 'unavailable', detail: 'step 2 broke' });
		expect(error.message).toContain('left them exactly as they were');
		const db = await openDB(name);
		expect(db.version).toBe(1);
		expect(await db.get('models', 'p')).toEqual(entry('p', portsmouth()));
		db.close();
	});

	it('a database newer than this build is unavailable, asking for a reload', async () => {
		const name = freshName();
		(await openDB(name, 5)).close();
		const error = errorOf(await openIndexedDbStore({ name }));
		expect(error.kind).toBe('unavailable');
		expect(error.message).toContain('newer version of Bridgebook');
	});

	it('without IndexedDB (some private windows) the store is unavailable, saying what to do', async () => {
		vi.stubGlobal('indexedDB', undefined);
		try {
			const error = errorOf(await openIndexedDbStore({ name: freshName() }));
			expect(error.kind).toBe('unavailable');
			expect(error.message).toContain('private windows');
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('a browser that refuses to open the database (Firefox private window) is unavailable, saying what to do', async () => {
		vi.spyOn(indexedDB, 'open').mockImplementationOnce(() => {
			throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
		});
		const error = errorOf(await openIndexedDbStore({ name: freshName() }));
		expect(error).toMatchObject({
			kind: 'unavailable',
			detail: 'InvalidStateError: A mutation operation was attempted'
		});
		expect(error.message).toContain('private windows');
	});
});

describe('other tabs', () => {
	it('an older tab holding the database open makes opening blocked', async () => {
		const name = freshName();
		const older = await rawVersion1(name, {});
		const error = errorOf(await openModelDatabase({ name, steps: [...UPGRADE_STEPS, addTagsV2] }));
		expect(error.kind).toBe('blocked');
		expect(error.message).toContain('Close the other Bridgebook tabs');
		older.close();
	});

	it('this tab steps aside for a newer one, then reports blocked on every call', async () => {
		const name = freshName();
		const closes: StoreError[] = [];
		const store = valueOf(await openIndexedDbStore({ name, onClose: (e) => closes.push(e) }));
		const newer: IDBPDatabase = valueOf(
			await openModelDatabase({ name, steps: [...UPGRADE_STEPS, addTagsV2] })
		);
		expect(newer.version).toBe(2);
		expect(closes.map((e) => e.kind)).toEqual(['blocked']);
		const error = errorOf(await store.list());
		expect(error.kind).toBe('blocked');
		expect(error.message).toContain('reload this tab');
		newer.close();
	});

	it('two tabs on one database: the stale one gets a conflict, not an overwrite', async () => {
		const name = freshName();
		const tabA = valueOf(await openIndexedDbStore({ name }));
		const tabB = valueOf(await openIndexedDbStore({ name }));
		const saved = valueOf(await tabA.create(portsmouth()));
		const inB = valueOf(await tabB.get(saved.id));
		valueOf(await tabA.save(saved.id, { ...saved.file, description: 'from A' }, 1));
		expect(outcome(await tabB.save(saved.id, { ...inB.file, description: 'from B' }, inB.revision))).toEqual({
			error: 'conflict'
		});
		expect(valueOf(await tabB.get(saved.id)).file.description).toBe('from A');
		tabA.close();
		tabB.close();
	});

	it('models survive closing and reopening the database', async () => {
		const name = freshName();
		const first = valueOf(await openIndexedDbStore({ name }));
		const saved = valueOf(await first.create(portsmouth()));
		first.close();
		const second = valueOf(await openIndexedDbStore({ name }));
		expect(valueOf(await second.get(saved.id))).toEqual(saved);
		expect(second.durable).toBe(true);
		second.close();
	});
});

/** Make the next put abort its transaction with QuotaExceededError (fake-indexeddb's internal `_abort`). */
function quotaAtCommit(when: 'queued' | 'after-success') {
	const put = IDBObjectStore.prototype.put;
	vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(function (
		this: IDBObjectStore,
		...args: Parameters<IDBObjectStore['put']>
	) {
		const request = put.apply(this, args);
		const abort = () =>
			(this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
		if (when === 'queued') abort();
		else request.addEventListener('success', abort);
		return request;
	});
}

describe('failures at commit time', () => {
	it.each(['queued', 'after-success'] as const)(
		'a transaction aborted with QuotaExceededError (%s) is quota, and the previous revision stays',
		async (when) => {
			const store = valueOf(await openIndexedDbStore({ name: freshName() }));
			const saved = valueOf(await store.create(portsmouth()));
			quotaAtCommit(when);
			const error = errorOf(await store.save(saved.id, { ...saved.file, description: 'too big' }, 1));
			expect([error.kind, error.message]).toEqual(['quota', QUOTA_MESSAGE]);
			expect(valueOf(await store.get(saved.id))).toEqual(saved);
			store.close();
		}
	);
});
