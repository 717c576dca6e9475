// One validation per edit: the notebook checks an edited file once (the file's shape, then each
// scenario after its overrides), and neither the figures, undo, nor the autosave checks it again.
// Counted by watching the schema itself, which every validation goes through.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelFileSchema } from '../../../src/lib/model/schema';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { ICB, loadExample } from './fixtures';

const NORTH_CONTINGENCY = 'organisations.north.reserves.contingency.rate.2026/27';

afterEach(() => vi.restoreAllMocks());

describe('NotebookState validates each edit once', () => {
	it('an edit, the figures after it, undo, redo and the save check the file once between them', async () => {
		const store = createMemoryStore();
		const file = loadExample(ICB);
		const created = await store.create(file);
		if (!created.ok) throw new Error(created.error.message);
		const nb = new NotebookState(created.value.file, {
			store,
			id: created.value.id,
			revision: created.value.revision,
			saveDelay: 0
		});
		// The ICB template has scenarios; one validation parses the file, then each scenario's view.
		const perValidation = 1 + file.scenarios.length;
		expect(file.scenarios.length).toBeGreaterThan(1);
		const parse = vi.spyOn(modelFileSchema, 'safeParse');

		expect(nb.setInputs([{ path: NORTH_CONTINGENCY, kind: 'rate', text: '0.9%' }])).toEqual([]);
		expect(parse).toHaveBeenCalledTimes(perValidation);

		// Every figure of every scenario and view, then undo, redo and the save: no more checks.
		for (const scenario of ['baseline', ...nb.file.scenarios.map((s) => s.id)]) {
			expect(nb.evaluation(scenario).result('plan')).toBeDefined();
			expect(nb.evaluation(scenario).result('risk')).toBeDefined();
		}
		nb.undo();
		nb.redo();
		await nb.autosave.flush();
		expect(nb.autosave.state.kind).toBe('saved');
		expect(parse).toHaveBeenCalledTimes(perValidation);

		// A second edit is a second validation, and only one.
		nb.setInputs([{ path: NORTH_CONTINGENCY, kind: 'rate', text: '1.1%' }]);
		expect(parse).toHaveBeenCalledTimes(2 * perValidation);
	});

	it('typing the value a cell already has is no edit, and is not validated', () => {
		const nb = new NotebookState(loadExample(ICB), {
			store: createMemoryStore(),
			id: undefined,
			revision: 0,
			saveDelay: 0
		});
		nb.setInputs([{ path: NORTH_CONTINGENCY, kind: 'rate', text: '0.9%' }]);
		const parse = vi.spyOn(modelFileSchema, 'safeParse');
		nb.setInputs([{ path: NORTH_CONTINGENCY, kind: 'rate', text: '0.9%' }]);
		expect(parse).not.toHaveBeenCalled();
		expect(nb.canRedo).toBe(false);
	});
});
