// The behaviour every ModelStore adapter must show, run once per adapter (memory-store.test.ts,
// indexeddb-store.test.ts) so the two cannot drift apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type ModelFile } from '../../../src/lib/model/schema';
import { QUOTA_MESSAGE } from '../../../src/lib/storage/errors';
import { fileText, type StoredModel } from '../../../src/lib/storage/records';
import type { StoreOptions } from '../../../src/lib/storage/row-store';
import type { ModelStore } from '../../../src/lib/storage/store';
import { countingIds, errorOf, icb, outcome, portsmouth, readText, steppingClock, valueOf } from './fixtures';

/** One adapter under test, on fresh empty storage. */
export interface Harness {
	readonly store: ModelStore;
	/** Put an entry into the models store as-is, as a damaged profile or another build might leave it. */
	plant(id: string, entry: unknown): Promise<void>;
	/** Make the next write to the models store throw `error`, as a browser would. */
	failNextWrite(error: unknown): void;
	teardown(): Promise<void>;
}

/** An entry like the store writes, with `changes` applied (for planting). */
export function entry(id: string, file: ModelFile, changes: Record<string, unknown> = {}): StoredModel {
	return {
		id,
		name: file.name,
		revision: 1,
		createdAt: '2026-01-01T00:00:00.000Z',
		updatedAt: '2026-01-01T00:00:00.000Z',
		organisations: file.organisations.map((o) => o.name),
		years: [...file.years],
		scenarios: file.scenarios.length,
		illustrative: file.illustrative === true,
		text: fileText(file),
		...changes
	};
}

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Register the shared suite for one adapter. */
export function describeStoreContract(adapter: string, open: (options: StoreOptions) => Promise<Harness>) {
	describe(`${adapter}: the ModelStore contract`, () => {
		let h: Harness;
		let store: ModelStore;
		beforeEach(async () => {
			h = await open({ now: steppingClock(), newId: countingIds() });
			store = h.store;
		});
		afterEach(() => h.teardown());

		describe('create, get and list', () => {
			it('create(file) stores revision 1 under a new id, named after the file', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				expect(saved).toMatchObject({ id: 'm1', name: portsmouth().name, revision: 1 });
				expect(saved.createdAt).toBe(saved.updatedAt);
				expect(saved.file).toEqual(portsmouth());
			});

			it('get(id) reads the validated file back', async () => {
				const { id } = valueOf(await store.create(icb()));
				const got = valueOf(await store.get(id));
				expect(got.file).toEqual(icb());
				expect(got.revision).toBe(1);
			});

			it('get(id) of an unknown id is not-found with a plain message', async () => {
				const error = errorOf(await store.get('nope'));
				expect(error).toMatchObject({ kind: 'not-found', id: 'nope' });
				expect(error.message).toContain('no longer in your library');
			});

			it('list() of an empty store is empty', async () => {
				expect(outcome(await store.list())).toEqual({ value: [] });
			});

			it('list() gives summaries, most recently updated first, without files', async () => {
				const a = valueOf(await store.create(portsmouth()));
				const b = valueOf(await store.create(icb()));
				const list = valueOf(await store.list());
				expect(list.map((s) => s.id)).toEqual([b.id, a.id]);
				expect(list[0]).toEqual({
					id: b.id,
					name: icb().name,
					revision: 1,
					createdAt: b.createdAt,
					updatedAt: b.updatedAt,
					organisations: ['North place', 'South place'],
					years: ['2026/27', '2027/28', '2028/29'],
					scenarios: 3,
					illustrative: true
				});
				expect(list[1]).toMatchObject({ organisations: ['NHS Portsmouth CCG'], scenarios: 0 });
			});

			it('create(file) refuses an invalid file as invalid and stores nothing', async () => {
				const bad = { ...portsmouth(), years: ['2017-18'] };
				const error = errorOf(await store.create(bad));
				expect(error.kind).toBe('invalid');
				expect(error.kind === 'invalid' && error.problems[0]?.path).toBe('years[0]');
				expect(error.message).toContain(`"${portsmouth().name}" was not saved`);
				expect(valueOf(await store.list())).toEqual([]);
			});

			it('records handed out are copies: changing one does not change what is stored', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				(saved.file as { name: string }).name = 'Scribbled on';
				expect(valueOf(await store.get(saved.id)).file.name).toBe(portsmouth().name);
			});

			it('get(id) migrates a file stored in an older schema version', async () => {
				const v1 = JSON.parse(readText('tests/fixtures/v1/portsmouth-ccg-2017-19.json')) as ModelFile;
				await h.plant('old', { ...entry('old', portsmouth()), text: JSON.stringify(v1) });
				const got = valueOf(await store.get('old'));
				// Version 2 added named cells (a version 1 file has none); version 3 an optional layout.
				expect([got.file.schemaVersion, got.file.cells, got.file.notebook, got.file.name]).toEqual([
					SCHEMA_VERSION,
					[],
					undefined,
					v1.name
				]);
			});
		});

		describe('save and the revision check', () => {
			it('save(id, file, current revision) writes the next revision', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const edited = { ...saved.file, description: 'Edited' };
				const next = valueOf(await store.save(saved.id, edited, 1));
				expect(next).toMatchObject({ id: saved.id, revision: 2, createdAt: saved.createdAt });
				expect(next.updatedAt > saved.updatedAt).toBe(true);
				expect(valueOf(await store.get(saved.id)).file.description).toBe('Edited');
			});

			it('save(id, file, stale revision) is a conflict and leaves the stored model alone', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				valueOf(await store.save(saved.id, { ...saved.file, description: 'Tab A' }, 1));
				const error = errorOf(await store.save(saved.id, { ...saved.file, description: 'Tab B' }, 1));
				expect(error).toMatchObject({
					kind: 'conflict',
					id: saved.id,
					storedRevision: 2,
					expectedRevision: 1
				});
				expect(error.message).toContain('changed in another tab');
				const stored = valueOf(await store.get(saved.id));
				expect([stored.revision, stored.file.description]).toEqual([2, 'Tab A']);
			});

			it('two saves from the same revision at once: exactly one wins, the other is a conflict', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const results = await Promise.all([
					store.save(saved.id, { ...saved.file, description: 'one' }, 1),
					store.save(saved.id, { ...saved.file, description: 'two' }, 1)
				]);
				expect(
					results
						.map(outcome)
						.map((o) => ('error' in o ? o.error : 'ok'))
						.sort()
				).toEqual(['conflict', 'ok']);
				expect(valueOf(await store.get(saved.id)).revision).toBe(2);
			});

			it('save(id, ...) of an unknown id is not-found', async () => {
				expect(outcome(await store.save('nope', portsmouth(), 1))).toEqual({ error: 'not-found' });
			});

			it('save(id, invalid file, revision) is invalid and keeps the last saved version', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const error = errorOf(await store.save(saved.id, { ...saved.file, unit: 'pounds' as 'm' }, 1));
				expect(error).toMatchObject({ kind: 'invalid', id: saved.id });
				expect(error.message).toContain('the last saved version is unchanged');
				expect(valueOf(await store.get(saved.id))).toEqual(saved);
			});

			it('save(id, file, ...) takes the record name from the file', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				valueOf(await store.save(saved.id, { ...saved.file, name: 'Renamed in the file' }, 1));
				expect(valueOf(await store.list())[0]?.name).toBe('Renamed in the file');
			});
		});

		describe('rename, duplicate, delete and restore', () => {
			it('rename(id, name, revision) changes the name in the record, the summary and the file', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const renamed = valueOf(await store.rename(saved.id, '  Portsmouth draft 2  ', 1));
				expect([renamed.name, renamed.file.name, renamed.revision]).toEqual([
					'Portsmouth draft 2',
					'Portsmouth draft 2',
					2
				]);
				expect(valueOf(await store.list())[0]?.name).toBe('Portsmouth draft 2');
			});

			it('rename(id, name, stale revision) is a conflict', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				valueOf(await store.rename(saved.id, 'First', 1));
				expect(outcome(await store.rename(saved.id, 'Second', 1))).toEqual({ error: 'conflict' });
				expect(valueOf(await store.get(saved.id)).name).toBe('First');
			});

			it('rename(id, blank name, revision) is invalid', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				expect(outcome(await store.rename(saved.id, '   ', 1))).toEqual({ error: 'invalid' });
			});

			it('duplicate(id) makes a "(copy)" at revision 1 under a new id, leaving the original', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				valueOf(await store.save(saved.id, { ...saved.file, description: 'v2' }, 1));
				const copy = valueOf(await store.duplicate(saved.id));
				expect(copy).toMatchObject({ id: 'm2', name: `${portsmouth().name} (copy)`, revision: 1 });
				expect(copy.file.description).toBe('v2');
				expect(valueOf(await store.get(saved.id))).toMatchObject({ name: portsmouth().name, revision: 2 });
				expect(valueOf(await store.list())).toHaveLength(2);
			});

			it('duplicate(id) of an unknown id is not-found', async () => {
				expect(outcome(await store.duplicate('nope'))).toEqual({ error: 'not-found' });
			});

			it('delete(id) removes the model and hands back what restore() needs', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const deleted = valueOf(await store.delete(saved.id));
				expect(deleted).toMatchObject({ id: saved.id, name: portsmouth().name, revision: 1 });
				expect(outcome(await store.get(saved.id))).toEqual({ error: 'not-found' });
				expect(valueOf(await store.list())).toEqual([]);
			});

			it('restore(deleted) puts the model back exactly as it was', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const deleted = valueOf(await store.delete(saved.id));
				const summary = valueOf(await store.restore(deleted));
				expect(summary).toMatchObject({ id: saved.id, revision: 1, updatedAt: saved.updatedAt });
				expect(valueOf(await store.get(saved.id))).toEqual(saved);
			});

			it('restore(deleted) twice is a conflict the second time', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				const deleted = valueOf(await store.delete(saved.id));
				valueOf(await store.restore(deleted));
				const error = errorOf(await store.restore(deleted));
				expect(error.kind).toBe('conflict');
				expect(error.message).toContain('already in your library');
			});

			it('delete(id) of an unknown id is not-found', async () => {
				expect(outcome(await store.delete('nope'))).toEqual({ error: 'not-found' });
			});
		});

		describe('failed writes lose nothing', () => {
			it('save() on a full disk is quota, with the export advice, and the previous revision stays readable', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				h.failNextWrite(quota());
				const error = errorOf(await store.save(saved.id, { ...saved.file, description: 'lost?' }, 1));
				expect(error.kind).toBe('quota');
				expect(error.message).toBe(QUOTA_MESSAGE);
				expect(error.detail).toContain('QuotaExceededError');
				expect(valueOf(await store.get(saved.id))).toEqual(saved);
				// And the same edit saves once there is room again, from the same revision.
				expect(valueOf(await store.save(saved.id, { ...saved.file, description: 'kept' }, 1)).revision).toBe(
					2
				);
			});

			it('create() on a full disk is quota and adds nothing', async () => {
				h.failNextWrite(quota());
				expect(outcome(await store.create(portsmouth()))).toEqual({ error: 'quota' });
				expect(valueOf(await store.list())).toEqual([]);
			});

			it('a write the browser refuses for another reason is unavailable, with the export advice', async () => {
				const saved = valueOf(await store.create(portsmouth()));
				h.failNextWrite(new DOMException('gone', 'UnknownError'));
				const error = errorOf(await store.rename(saved.id, 'New', 1));
				expect(error.kind).toBe('unavailable');
				expect(error.message).toContain('Export a copy');
				expect(valueOf(await store.get(saved.id)).name).toBe(portsmouth().name);
			});
		});

		describe('stored entries that do not read back', () => {
			it('get(id) of a stored file that fails validation is invalid, naming the model, with its text', async () => {
				const bad = { ...portsmouth(), name: 'Broken plan', years: ['2017-18'] };
				const text = JSON.stringify(bad);
				await h.plant('bad', { ...entry('bad', portsmouth(), { name: 'Broken plan' }), text });
				const error = errorOf(await store.get('bad'));
				expect(error).toMatchObject({ kind: 'invalid', id: 'bad', text });
				expect(error.kind === 'invalid' && error.problems[0]?.path).toBe('years[0]');
				expect(error.message).toContain('"Broken plan" cannot be opened');
				expect(error.message).toContain('It has not been deleted');
			});

			it('list() still shows a model whose file fails validation', async () => {
				await h.plant('bad', { ...entry('bad', portsmouth()), text: '{"schemaVersion": 99}' });
				expect(valueOf(await store.list()).map((s) => s.id)).toEqual(['bad']);
			});

			it('get(id) of text that is not JSON is invalid, saying where', async () => {
				await h.plant('bad', { ...entry('bad', portsmouth()), text: '{\n  "name": oops\n}' });
				const error = errorOf(await store.get('bad'));
				expect(error.kind === 'invalid' && error.problems[0]?.message).toContain('not valid JSON');
			});

			it('a damaged entry is listed with its problem and reads back as invalid', async () => {
				await h.plant('dmg', { id: 'dmg', name: 'Half a model', text: 42 });
				const [summary] = valueOf(await store.list());
				expect(summary).toMatchObject({ id: 'dmg', name: 'Half a model' });
				expect(summary?.problem).toContain('revision');
				const error = errorOf(await store.get('dmg'));
				expect(error.kind).toBe('invalid');
				expect(error.message).toContain('"Half a model"');
			});

			it('rename() of a model that fails validation is invalid and changes nothing', async () => {
				await h.plant('bad', { ...entry('bad', portsmouth()), text: '{}' });
				expect(outcome(await store.rename('bad', 'Other', 1))).toEqual({ error: 'invalid' });
				expect(valueOf(await store.list())[0]?.name).toBe(portsmouth().name);
			});

			it('an invalid model can be deleted and restored as it was', async () => {
				const planted = { ...entry('bad', portsmouth()), text: 'not json' };
				await h.plant('bad', planted);
				const deleted = valueOf(await store.delete('bad'));
				expect(valueOf(await store.list())).toEqual([]);
				valueOf(await store.restore(deleted));
				expect(errorOf(await store.get('bad'))).toMatchObject({ kind: 'invalid', text: 'not json' });
			});
		});

		describe('meta and closing', () => {
			it('claimMeta(key, value) sets a key once; getMeta(key) reads it', async () => {
				expect(valueOf(await store.getMeta('flag'))).toBeUndefined();
				expect(valueOf(await store.claimMeta('flag', { at: 'first' }))).toBe(true);
				expect(valueOf(await store.claimMeta('flag', { at: 'second' }))).toBe(false);
				expect(valueOf(await store.getMeta('flag'))).toEqual({ at: 'first' });
			});

			it('after close(), calls resolve to unavailable', async () => {
				store.close();
				expect(outcome(await store.list())).toEqual({ error: 'unavailable' });
			});
		});
	});
}
