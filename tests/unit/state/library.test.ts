// LibraryState over the memory store: first-run seeding, new from a template, rename, duplicate,
// delete with undo, import (every problem listed, nothing touched) and export, and storage failures.
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type MemoryWrite } from '../../../src/lib/storage/memory-store';
import { exportFileName, LibraryState } from '../../../src/lib/state/library.svelte';
import { BLANK_TEMPLATE_ID, seedTexts, shippedTemplates } from '../../../src/lib/state/templates';
import { noStorageError } from '../../../src/lib/storage/errors';
import type { ModelStore } from '../../../src/lib/storage/store';

const PORTSMOUTH = 'Portsmouth CCG operating plan 2017-19';
const BLANK = 'Blank CCG/ICB plan (template)';

function setup(store: ModelStore = createMemoryStore()) {
	const downloads: { fileName: string; text: string }[] = [];
	const library = new LibraryState(store, {
		templates: shippedTemplates(),
		examples: seedTexts(),
		download: (fileName, text) => downloads.push({ fileName, text })
	});
	return { library, downloads, store };
}

const names = (library: LibraryState) => library.models.map((m) => m.name).sort();

describe('LibraryState', () => {
	it('load() seeds the examples on first run, but not the blank template', async () => {
		const { library } = setup();
		expect(library.loaded).toBe(false);
		await library.load();
		expect(library.loaded).toBe(true);
		expect(names(library)).toEqual(['Illustrative ICB three-year plan 2026/27 to 2028/29', PORTSMOUTH]);
		expect(library.error).toBeUndefined();
	});

	it('templates offer the blank plan first, then the examples as shipped', () => {
		const { library } = setup();
		expect(library.templates.map((t) => t.id)).toEqual([
			BLANK_TEMPLATE_ID,
			'portsmouth-ccg-2017-19',
			'icb-template-2026-29'
		]);
		expect(library.templates[0]?.name).toBe(BLANK);
	});

	it('load() on a second visit lists what is saved and seeds nothing', async () => {
		const store = createMemoryStore();
		const first = setup(store).library;
		await first.load();
		await first.remove(first.models[0]!.id);
		const second = setup(store).library;
		await second.load();
		expect(second.models).toHaveLength(1);
	});

	it('createFrom(template) saves a new model and lists it first', async () => {
		const { library } = setup();
		await library.load();
		const id = await library.createFrom(BLANK_TEMPLATE_ID);
		expect(id).toBeTypeOf('string');
		expect(library.models[0]).toMatchObject({ id, name: BLANK, organisations: ['Your organisation'] });
		expect(library.notice).toContain(BLANK);
	});

	it('rename(id, name) refuses an empty name and keeps the old one', async () => {
		const { library } = setup();
		await library.load();
		const id = library.models[0]!.id;
		const before = library.models[0]!.name;
		expect(await library.rename(id, '   ')).toBe('Enter a name for the model.');
		expect(library.models.find((m) => m.id === id)?.name).toBe(before);
	});

	it('rename(id, name) saves the trimmed name', async () => {
		const { library, store } = setup();
		await library.load();
		const id = library.models[0]!.id;
		expect(await library.rename(id, '  Board plan  ')).toBeUndefined();
		expect(library.models.find((m) => m.id === id)?.name).toBe('Board plan');
		const saved = await store.get(id);
		expect(saved.ok && saved.value.file.name).toBe('Board plan');
	});

	it('duplicate(id) adds a copy', async () => {
		const { library } = setup();
		await library.load();
		const original = library.models.find((m) => m.name === PORTSMOUTH)!;
		await library.duplicate(original.id);
		expect(names(library)).toContain(`${PORTSMOUTH} (copy)`);
		expect(library.models).toHaveLength(3);
	});

	it('remove(id) deletes and undo() puts the model back as it was', async () => {
		const { library } = setup();
		await library.load();
		const target = library.models.find((m) => m.name === PORTSMOUTH)!;
		await library.remove(target.id);
		expect(names(library)).not.toContain(PORTSMOUTH);
		expect(library.deleted?.name).toBe(PORTSMOUTH);
		await library.undo();
		expect(library.deleted).toBeUndefined();
		expect(library.models.find((m) => m.id === target.id)).toEqual(target);
	});

	it('importText(broken) lists every problem with its path and stores nothing', async () => {
		const { library } = setup();
		await library.load();
		const before = library.models;
		const broken = JSON.parse(seedTexts()[1]!.text) as Record<string, unknown>;
		broken.years = ['2017-18'];
		delete broken.name;
		const id = await library.importText('broken.json', JSON.stringify(broken));
		expect(id).toBeUndefined();
		expect(library.importFailure?.fileName).toBe('broken.json');
		const paths = library.importFailure?.problems.map((p) => p.path) ?? [];
		expect(paths).toContain('name');
		expect(paths.some((p) => p.startsWith('years'))).toBe(true);
		expect(library.models).toEqual(before);
	});

	it('importText(not JSON) says where the syntax error is', async () => {
		const { library } = setup();
		await library.load();
		await library.importText('notes.json', '{ "name": ');
		expect(library.importFailure?.problems[0]).toMatchObject({ path: '(file)' });
		expect(library.importFailure?.problems[0]?.message).toMatch(/not valid JSON/);
	});

	it('importText(valid) adds the model and clears an earlier failure', async () => {
		const { library } = setup();
		await library.load();
		await library.importText('bad.json', '[]');
		expect(library.importFailure).toBeDefined();
		const fresh = { ...JSON.parse(seedTexts()[0]!.text), name: 'A name not yet in the library' };
		const id = await library.importText('good.json', JSON.stringify(fresh));
		expect(id).toBeTypeOf('string');
		expect(library.importFailure).toBeUndefined();
		expect(library.models).toHaveLength(3);
	});

	it('importText(a name already there) asks first; keep both names the import "… (2)"', async () => {
		const { library } = setup();
		await library.load();
		const text = seedTexts().find((t) => t.key === 'portsmouth-ccg-2017-19')!.text;
		expect(await library.importText('p.json', text)).toBeUndefined();
		expect(library.models).toHaveLength(2);
		expect(library.importClash).toMatchObject({ name: PORTSMOUTH, keepName: `${PORTSMOUTH} (2)` });
		expect(await library.settleImport('keep')).toBeTypeOf('string');
		expect(names(library)).toContain(`${PORTSMOUTH} (2)`);
		// A second import of the same name is offered "(3)".
		await library.importText('p.json', text);
		expect(library.importClash?.keepName).toBe(`${PORTSMOUTH} (3)`);
		expect(await library.settleImport('cancel')).toBeUndefined();
		expect(library.importClash).toBeUndefined();
		expect(library.models).toHaveLength(3);
	});

	it('settleImport(replace) swaps the model of that name, and Undo brings the old one back', async () => {
		const { library } = setup();
		await library.load();
		const old = library.models.find((m) => m.name === PORTSMOUTH)!;
		await library.importText('p.json', seedTexts().find((t) => t.key === 'portsmouth-ccg-2017-19')!.text);
		const id = await library.settleImport('replace');
		expect(library.models).toHaveLength(2);
		expect(library.models.find((m) => m.name === PORTSMOUTH)?.id).toBe(id);
		expect(library.deleted?.id).toBe(old.id);
		await library.undo();
		expect(library.models).toHaveLength(3);
	});

	it('createModel(choices) saves a new plan with the organisations and years asked for', async () => {
		const { library } = setup();
		await library.load();
		const made = await library.createModel(BLANK_TEMPLATE_ID, {
			name: 'Our plan',
			organisations: ['North', 'South'],
			firstYear: '2026/27',
			years: 3
		});
		expect(made).toHaveProperty('id');
		expect(library.models[0]).toMatchObject({
			name: 'Our plan',
			organisations: ['North', 'South'],
			years: ['2026/27', '2027/28', '2028/29'],
			illustrative: false
		});
		expect(
			await library.createModel(BLANK_TEMPLATE_ID, {
				name: '',
				organisations: ['A'],
				firstYear: '2026/27',
				years: 1
			})
		).toEqual({ message: 'Give the model a name' });
	});

	it('exportModel(id) downloads the model JSON under a file name made from its name', async () => {
		const { library, downloads } = setup();
		await library.load();
		const target = library.models.find((m) => m.name === PORTSMOUTH)!;
		await library.exportModel(target.id);
		expect(downloads).toHaveLength(1);
		expect(downloads[0]?.fileName).toBe('portsmouth-ccg-operating-plan-2017-19.json');
		expect((JSON.parse(downloads[0]!.text) as { name: string }).name).toBe(PORTSMOUTH);
	});

	it('exportFileName(name) makes a safe file name', () => {
		expect(exportFileName('Blank CCG/ICB plan (template)')).toBe('blank-ccg-icb-plan-template.json');
		expect(exportFileName('!!!')).toBe('model.json');
	});

	it('a full disk shows the quota message and changes nothing', async () => {
		let full = false;
		const store = createMemoryStore({
			onWrite: (write: MemoryWrite) => {
				if (full && write.store === 'models') throw new DOMException('full', 'QuotaExceededError');
			}
		});
		const { library } = setup(store);
		await library.load();
		full = true;
		expect(await library.createFrom(BLANK_TEMPLATE_ID)).toBeUndefined();
		expect(library.error?.kind).toBe('quota');
		expect(library.error?.message).toMatch(/no room left/);
		expect(library.models).toHaveLength(2);
		library.dismissError();
		expect(library.error).toBeUndefined();
	});

	it('without a store it shows why and lists nothing', async () => {
		const library = new LibraryState(null, {
			templates: shippedTemplates(),
			examples: seedTexts(),
			download: () => {},
			openError: noStorageError()
		});
		await library.load();
		expect(library.loaded).toBe(true);
		expect(library.models).toEqual([]);
		expect(library.error?.kind).toBe('unavailable');
		expect(library.durable).toBe(false);
	});

	it('on the memory fallback it is not durable and keeps the reason', async () => {
		const library = new LibraryState(createMemoryStore(), {
			templates: [],
			examples: [],
			download: () => {},
			fallbackReason: noStorageError()
		});
		expect(library.durable).toBe(false);
		expect(library.fallbackReason?.message).toMatch(/export a copy/);
	});
});
