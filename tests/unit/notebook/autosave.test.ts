// autosave.svelte.ts over the in-memory store: states, revisions, conflicts, create-on-first-save.
import { describe, expect, it, vi } from 'vitest';
import type { ValidModel } from '../../../src/lib/model/valid-model';
import { Autosave, settleAutosaves } from '../../../src/lib/notebook/autosave.svelte';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import type { ModelStore } from '../../../src/lib/storage/store';
import { PORTSMOUTH, loadExample, valid } from './fixtures';

function named(name: string): ValidModel {
	return valid({ ...loadExample(PORTSMOUTH), name });
}

async function stored(): Promise<{ store: ModelStore; id: string; revision: number }> {
	const store = createMemoryStore();
	const created = await store.create(named('first'));
	if (!created.ok) throw new Error(created.error.message);
	return { store, id: created.value.id, revision: created.value.revision };
}

async function nameIn(store: ModelStore, id: string): Promise<string> {
	const got = await store.get(id);
	if (!got.ok) throw new Error(got.error.message);
	return got.value.file.name;
}

describe('Autosave', () => {
	it('is saved, then pending after an edit, then saving, then saved with the new revision', async () => {
		const { store, id, revision } = await stored();
		const onsaved = vi.fn();
		const save = new Autosave({ store, id, revision, delay: 0, onsaved });
		expect(save.state.kind).toBe('saved');
		expect(save.unsaved).toBe(false);
		save.schedule(named('second'));
		expect(save.state.kind).toBe('pending');
		expect(save.unsaved).toBe(true);
		const flushing = save.flush();
		expect(save.state.kind).toBe('saving');
		expect(save.unsaved).toBe(true);
		await flushing;
		expect(save.state.kind).toBe('saved');
		expect(save.unsaved).toBe(false);
		expect(save.revision).toBe(revision + 1);
		expect(onsaved).toHaveBeenCalledWith(revision + 1);
		expect(await nameIn(store, id)).toBe('second');
	});

	it('carries the revision from save to save', async () => {
		const { store, id, revision } = await stored();
		const save = new Autosave({ store, id, revision, delay: 0 });
		for (const [i, name] of ['a', 'b', 'c'].entries()) {
			save.schedule(named(name));
			await save.flush();
			expect(save.state).toEqual({ kind: 'saved' });
			expect(save.revision).toBe(revision + i + 1);
		}
		expect(await nameIn(store, id)).toBe('c');
	});

	it('saves only the latest of several edits made before the save', async () => {
		const { store, id, revision } = await stored();
		const onsaved = vi.fn();
		const save = new Autosave({ store, id, revision, delay: 10_000, onsaved });
		save.schedule(named('x'));
		save.schedule(named('y'));
		await save.flush();
		expect(onsaved).toHaveBeenCalledTimes(1);
		expect(save.revision).toBe(revision + 1);
		expect(await nameIn(store, id)).toBe('y');
	});

	it('saves by itself once the delay has passed', async () => {
		const { store, id, revision } = await stored();
		const save = new Autosave({ store, id, revision, delay: 0 });
		save.schedule(named('timed'));
		await vi.waitFor(() => expect(save.state.kind).toBe('saved'));
		expect(await nameIn(store, id)).toBe('timed');
	});

	it('an edit made during a save is saved after it', async () => {
		const { store, id, revision } = await stored();
		const save = new Autosave({ store, id, revision, delay: 10_000 });
		save.schedule(named('one'));
		const first = save.flush();
		save.schedule(named('two'));
		await first;
		expect(save.state.kind).toBe('pending');
		await save.flush();
		expect(save.state.kind).toBe('saved');
		expect(save.revision).toBe(revision + 2);
		expect(await nameIn(store, id)).toBe('two');
	});

	it('never overwrites another writer: a conflict fails, keeps the edit, and adopt lets it through', async () => {
		const { store, id, revision } = await stored();
		const other = await store.save(id, named('theirs'), revision);
		expect(other.ok).toBe(true);
		const theirs = other.ok ? other.value.revision : NaN;
		const save = new Autosave({ store, id, revision, delay: 0 });
		save.schedule(named('ours'));
		await save.flush();
		expect(save.state.kind).toBe('failed');
		const error = save.state.kind === 'failed' ? save.state.error : undefined;
		expect(error?.kind).toBe('conflict');
		if (error?.kind === 'conflict') {
			expect(error.storedRevision).toBe(theirs);
			expect(error.expectedRevision).toBe(revision);
		}
		expect(save.unsaved).toBe(true);
		expect(save.revision).toBe(revision);
		expect(await nameIn(store, id)).toBe('theirs');

		// a later edit stays failed (the page keeps offering a copy) and still does not overwrite
		save.schedule(named('ours again'));
		expect(save.state.kind).toBe('failed');
		await save.flush();
		expect(save.state.kind).toBe('failed');
		expect(await nameIn(store, id)).toBe('theirs');

		// the user keeps this version: the kept edit is written over theirs
		save.adopt(theirs);
		await save.flush();
		expect(save.state.kind).toBe('saved');
		expect(save.revision).toBe(theirs + 1);
		expect(await nameIn(store, id)).toBe('ours again');
	});

	it('a model not stored yet is an example until its first save creates it', async () => {
		const store = createMemoryStore();
		const oncreated = vi.fn();
		const save = new Autosave({ store, id: undefined, revision: 0, delay: 0, oncreated });
		expect(save.state.kind).toBe('example');
		expect(save.unsaved).toBe(false);
		expect(save.id).toBeUndefined();
		save.schedule(named('new one'));
		await save.flush();
		expect(save.state.kind).toBe('saved');
		expect(oncreated).toHaveBeenCalledTimes(1);
		const id = oncreated.mock.calls[0]![0] as string;
		expect(save.id).toBe(id);
		expect(await nameIn(store, id)).toBe('new one');
		const listed = await store.list();
		expect(listed.ok && listed.value.map((m) => m.id)).toEqual([id]);
		expect(save.revision).toBe(listed.ok ? listed.value[0]!.revision : NaN);

		// the next save updates it, without creating another
		save.schedule(named('renamed'));
		await save.flush();
		expect(oncreated).toHaveBeenCalledTimes(1);
		const again = await store.list();
		expect(again.ok && again.value.length).toBe(1);
		expect(await nameIn(store, id)).toBe('renamed');
	});

	it('a failed write says why and keeps the edit for the next attempt', async () => {
		let full = true;
		const store = createMemoryStore({
			onWrite: () => {
				if (full) throw new DOMException('full', 'QuotaExceededError');
			}
		});
		full = false;
		const created = await store.create(named('first'));
		if (!created.ok) throw new Error(created.error.message);
		full = true;
		const save = new Autosave({ store, id: created.value.id, revision: created.value.revision, delay: 0 });
		save.schedule(named('second'));
		await save.flush();
		expect(save.state.kind === 'failed' && save.state.error.kind).toBe('quota');
		full = false;
		await save.flush();
		expect(save.state.kind).toBe('saved');
		expect(await nameIn(store, created.value.id)).toBe('second');
	});

	it('flush with nothing waiting does nothing', async () => {
		const { store, id, revision } = await stored();
		const onsaved = vi.fn();
		const save = new Autosave({ store, id, revision, delay: 0, onsaved });
		await save.flush();
		expect(onsaved).not.toHaveBeenCalled();
		expect(save.state.kind).toBe('saved');
		expect(save.revision).toBe(revision);
	});

	it("a page left with an edit still waiting: the next page's read waits for it, so its own edit is no conflict", async () => {
		const { store, id, revision } = await stored();
		// The check page adds stated figures; its save is still waiting when the user goes back.
		const left = new Autosave({ store, id, revision, delay: 60_000 });
		left.schedule(named('stated figures'));
		// The notebook page's load settles this tab's saves before it reads.
		await settleAutosaves();
		expect(left.state.kind).toBe('saved');
		const read = await store.get(id);
		if (!read.ok) throw new Error(read.error.message);
		expect(read.value.file.name).toBe('stated figures');
		const opened = new Autosave({ store, id, revision: read.value.revision, delay: 0 });
		opened.schedule(named('a year chosen'));
		await opened.flush();
		expect(opened.state.kind).toBe('saved');
		expect(await nameIn(store, id)).toBe('a year chosen');
	});

	it('settling waits for a save under way and leaves a failed one to the user', async () => {
		const { store, id, revision } = await stored();
		const conflicted = new Autosave({ store, id, revision: revision + 7, delay: 0 });
		conflicted.schedule(named('refused'));
		await conflicted.flush();
		expect(conflicted.state.kind).toBe('failed');
		const saving = new Autosave({ store, id, revision, delay: 60_000 });
		saving.schedule(named('under way'));
		void saving.flush();
		expect(saving.state.kind).toBe('saving');
		await settleAutosaves();
		expect(saving.state.kind).toBe('saved');
		expect(conflicted.state.kind).toBe('failed');
		expect(await nameIn(store, id)).toBe('under way');
		await settleAutosaves();
	});
});
