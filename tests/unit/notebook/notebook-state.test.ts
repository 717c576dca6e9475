// notebook.svelte.ts: NotebookState edits, scenarios, undo/redo and autosave, checked against the
// model layer and the engine directly.
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/index';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { ModelFile } from '../../../src/lib/model/schema';
import { readAt } from '../../../src/lib/model/json-path';
import { scenarioView } from '../../../src/lib/notebook/inputs';
import { layoutOf } from '../../../src/lib/notebook/layout';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import {
	ICB,
	PORTSMOUTH,
	closings,
	figures,
	lineOf,
	loadExample,
	reportsOf,
	withoutLayout
} from './fixtures';

const CONTINGENCY = 'organisations.portsmouth.reserves.contingency.rate';
const NORTH_OPENING = 'organisations.north.opening.position';
const NORTH_CONTINGENCY = 'organisations.north.reserves.contingency.rate';

function notebook(path: string, scenario?: string): NotebookState {
	return new NotebookState(loadExample(path), {
		store: createMemoryStore(),
		id: undefined,
		revision: 0,
		saveDelay: 0,
		scenario
	});
}

describe('NotebookState: inputs', () => {
	it('an edit in the baseline changes the file and the bridge', () => {
		const nb = notebook(PORTSMOUTH);
		const before = nb.file;
		const refusals = nb.setInputs([{ path: `${CONTINGENCY}.2017/18`, kind: 'rate', text: '1%' }]);
		expect(refusals).toEqual([]);
		expect(nb.file).not.toBe(before);
		expect(readAt(nb.file, CONTINGENCY)).toEqual({ '2017/18': '1', '2018/19': '=contingency_rate' });
		const reports = reportsOf(nb.file);
		const allocation = D(lineOf(reports, 'portsmouth', '2017/18', 'allocation')!);
		expect(
			D(lineOf(reports, 'portsmouth', '2017/18', 'contingency')!)
				.abs()
				.toFixed()
		).toBe(allocation.times('0.01').toFixed());
		// 2018/19 still reads the cell (0.5%)
		expect(lineOf(reports, 'portsmouth', '2018/19', 'contingency')).toBe(
			lineOf(reportsOf(before), 'portsmouth', '2018/19', 'contingency')
		);
		// the page's own evaluation agrees
		expect(
			nb.current
				.result('plan')!
				.organisations[0]!.years[0]!.lines.find((l) => l.key === 'contingency')!
				.value.abs()
				.toFixed()
		).toBe(allocation.times('0.01').times(1_000_000).toFixed());
		expect(nb.valueAt(`${CONTINGENCY}.2017/18`)).toBe('1');
	});

	it('an edit in a scenario adds an override and leaves the baseline figures alone', () => {
		const nb = notebook(ICB, 'best');
		expect(nb.scenario).toBe('best');
		const base = figures(nb.file);
		const baselineFile = { ...nb.file, scenarios: [] };
		expect(nb.setInputs([{ path: NORTH_CONTINGENCY, kind: 'rate', text: '2' }])).toEqual([]);
		expect({ ...nb.file, scenarios: [] }).toEqual(baselineFile);
		expect(figures(nb.file)).toEqual(base);
		expect(nb.file.scenarios.find((s) => s.id === 'best')!.overrides.at(-1)).toEqual({
			path: NORTH_CONTINGENCY,
			value: '2'
		});
		expect(nb.valueAt(NORTH_CONTINGENCY)).toBe('2');
		expect(nb.isOverridden(NORTH_CONTINGENCY)).toBe(true);
		const best = reportsOf(nb.file, 'best');
		for (const year of nb.file.years) {
			const allocation = D(lineOf(best, 'north', year, 'allocation')!);
			expect(
				D(lineOf(best, 'north', year, 'contingency')!)
					.abs()
					.toFixed()
			).toBe(allocation.times('0.02').toFixed());
		}
		expect(figures(nb.file, 'best')).not.toEqual(figures(loadExample(ICB), 'best'));
		expect(nb.evaluation('baseline').result('plan')!.organisations.length).toBe(2);
	});

	it('refused entries come back with messages and leave the file unchanged', () => {
		const nb = notebook(PORTSMOUTH);
		const before = nb.file;
		const refusals = nb.setInputs([
			{ path: `${CONTINGENCY}.2017/18`, kind: 'rate', text: 'lots' },
			{ path: 'organisations.portsmouth.qipp.schemes.chc.rag', kind: 'rag', text: 'blue' }
		]);
		expect(refusals.map((r) => r.path)).toEqual([
			`${CONTINGENCY}.2017/18`,
			'organisations.portsmouth.qipp.schemes.chc.rag'
		]);
		for (const r of refusals) expect(r.message.length).toBeGreaterThan(0);
		expect(nb.file).toBe(before);
		expect(nb.canUndo).toBe(false);
		expect(nb.autosave.state.kind).toBe('example');
	});

	it('an entry the model refuses (a negative base is fine, a bad path is not) is reported', () => {
		const nb = notebook(PORTSMOUTH);
		const before = nb.file;
		const refusals = nb.setInputs([
			{ path: 'organisations.nowhere.opening.position', kind: 'money', text: '1' }
		]);
		expect(refusals).toHaveLength(1);
		expect(refusals[0]!.message).toMatch(/does not name anything/);
		expect(nb.file).toBe(before);
	});

	it('a good entry beside a refused one is taken', () => {
		const nb = notebook(PORTSMOUTH);
		const refusals = nb.setInputs([
			{ path: 'organisations.portsmouth.opening.position', kind: 'money', text: '2.5' },
			{ path: 'organisations.portsmouth.qipp.schemes.chc.startMonth', kind: 'month', text: 'never' }
		]);
		expect(refusals.map((r) => r.path)).toEqual(['organisations.portsmouth.qipp.schemes.chc.startMonth']);
		expect(readAt(nb.file, 'organisations.portsmouth.opening.position')).toBe('2.5');
	});

	it('a paste of several edits is one undo step', () => {
		const nb = notebook(PORTSMOUTH);
		const original = nb.file;
		nb.setInputs([
			{ path: 'organisations.portsmouth.qipp.schemes.chc.rag', kind: 'rag', text: 'g' },
			{ path: 'organisations.portsmouth.qipp.schemes.chc.startMonth', kind: 'month', text: 'Jul' },
			{ path: 'organisations.portsmouth.qipp.schemes.chc.recurrent', kind: 'yesNo', text: 'no' }
		]);
		const chc = nb.file.organisations[0]!.qipp.schemes.find((s) => s.id === 'chc')!;
		expect([chc.rag, chc.startMonth, chc.recurrent]).toEqual(['green', 'M04', false]);
		nb.undo();
		expect(nb.file).toEqual(original);
		expect(nb.canUndo).toBe(false);
		expect(nb.canRedo).toBe(true);
	});

	it('isOverridden is false in the baseline; resetInput gives back the parent value', () => {
		const base = notebook(ICB);
		expect(base.isOverridden('organisations.north.costLines.acute.activityGrowth')).toBe(false);
		const nb = notebook(ICB, 'worst_no_winter');
		const path = 'organisations.north.costLines.acute.activityGrowth';
		// inherited from "worst", not its own
		expect(nb.isOverridden(path)).toBe(false);
		nb.setInputs([{ path: `${path}.2026/27`, kind: 'rate', text: '6' }]);
		expect(nb.isOverridden(`${path}.2026/27`)).toBe(true);
		expect(nb.valueAt(`${path}.2027/28`)).toBe('4.0');
		nb.resetInput(`${path}.2026/27`);
		expect(nb.isOverridden(`${path}.2026/27`)).toBe(false);
		expect(nb.valueAt(path)).toBe(readAt(scenarioView(loadExample(ICB), 'worst'), path));
		expect(closings(nb.file, 'worst_no_winter')).toEqual(closings(loadExample(ICB), 'worst_no_winter'));
	});

	it('problemAt names an input whose formula cannot be worked out', () => {
		const nb = notebook(PORTSMOUTH);
		nb.setInputs([
			{ path: 'organisations.portsmouth.costLines.acute.activityGrowth', kind: 'rate', text: '1' }
		]);
		expect(nb.problemAt('organisations.portsmouth.costLines.acute.activityGrowth')).toBeUndefined();
	});

	// A year's allocation is {"value"} or {"growth"}: typing one replaces the entry rather than adding
	// a second key, which the schema refuses. The allocation sheet (sheets.ts) sends exactly this edit.
	it('an allocation amount typed into a year set by growth replaces the entry', () => {
		const nb = notebook(PORTSMOUTH);
		const path = 'organisations.portsmouth.allocation.years.2018/19';
		expect(readAt(nb.file, path)).toEqual({ growth: '1.8' });
		const refusals = nb.setInputs([{ path: `${path}.value`, kind: 'money', text: '320', wrap: 'value' }]);
		expect(refusals).toEqual([]);
		expect(readAt(nb.file, path)).toEqual({ value: '320' });
		expect(lineOf(reportsOf(nb.file), 'portsmouth', '2018/19', 'allocation')).toBe('320');
	});
});

describe('NotebookState: undo, redo and layout', () => {
	it('undoes and redoes values, block moves and deletions', () => {
		const nb = notebook(PORTSMOUTH);
		const states: ModelFile[] = [nb.file];
		expect(nb.canUndo).toBe(false);
		nb.setInputs([{ path: 'organisations.portsmouth.opening.position', kind: 'money', text: '1' }]);
		states.push(nb.file);
		const second = nb.layout[1]!.id;
		nb.moveBlock(second, -1);
		expect(nb.layout[0]!.id).toBe(second);
		states.push(nb.file);
		nb.deleteBlock('cell-tariff_uplift');
		expect(nb.file.cells.some((c) => c.id === 'tariff_uplift')).toBe(false);
		// the assumptions read it, so the model now has problems but the file is still valid
		expect(nb.current.result('plan')).toBeUndefined();
		states.push(nb.file);
		nb.deleteBlock('bridge');
		expect(nb.layout.some((b) => b.id === 'bridge')).toBe(false);
		states.push(nb.file);
		expect(new Set(states).size).toBe(5);

		for (let i = states.length - 2; i >= 0; i -= 1) {
			nb.undo();
			expect(nb.file).toEqual(states[i]);
		}
		expect(nb.canUndo).toBe(false);
		expect(nb.canRedo).toBe(true);
		expect(nb.current.result('plan')).toBeDefined();
		nb.undo(); // nothing left: no change
		expect(nb.file).toEqual(states[0]);
		for (let i = 1; i < states.length; i += 1) {
			nb.redo();
			expect(nb.file).toEqual(states[i]);
		}
		expect(nb.canRedo).toBe(false);
	});

	it('a new edit after an undo forgets the redo', () => {
		const nb = notebook(PORTSMOUTH);
		nb.moveBlock(nb.layout[1]!.id, -1);
		nb.undo();
		expect(nb.canRedo).toBe(true);
		nb.updateBlock('bridge', { collapsed: true });
		expect(nb.canRedo).toBe(false);
		expect(nb.layout.find((b) => b.id === 'bridge')).toHaveProperty('collapsed', true);
	});

	it('addCell on a file without a layout gives the cell one block, where asked', () => {
		const nb = new NotebookState(withoutLayout(PORTSMOUTH), {
			store: createMemoryStore(),
			id: undefined,
			revision: 0
		});
		expect(nb.file.notebook).toBeUndefined();
		expect(
			nb.addCell({ id: 'value-8', name: 'value_8', unit: 'number', value: '0' }, 'cell-value-8', 0)
		).toBeUndefined();
		expect(nb.layout[0]).toEqual({ id: 'cell-value-8', type: 'cell', cell: 'value-8' });
		expect(nb.layout.filter((b) => b.type === 'cell' && b.cell === 'value-8')).toHaveLength(1);
		expect(nb.layout).toHaveLength(layoutOf(withoutLayout(PORTSMOUTH)).length + 1);
	});

	it('addBlock and addCell put blocks in the layout', () => {
		const nb = notebook(PORTSMOUTH);
		expect(nb.addBlock({ id: 'note', type: 'text', text: 'Hi' }, 0)).toBeUndefined();
		expect(nb.layout[0]).toEqual({ id: 'note', type: 'text', text: 'Hi' });
		expect(
			nb.addCell({ id: 'extra', name: 'extra', unit: 'number', value: '3' }, 'cell-extra', 1)
		).toBeUndefined();
		expect(nb.layout[1]).toEqual({ id: 'cell-extra', type: 'cell', cell: 'extra' });
		expect(nb.file.cells.at(-1)!.id).toBe('extra');
		// a duplicate block id is refused
		const before = nb.file;
		expect(nb.addBlock({ id: 'note', type: 'text', text: 'again' })).toMatch(/more than one block/);
		expect(nb.file).toBe(before);
	});

	it('change() refuses an invalid file and keeps the old one', () => {
		const nb = notebook(PORTSMOUTH);
		const before = nb.file;
		expect(nb.change({ ...before, years: ['2017'] } as ModelFile)).toBeTruthy();
		expect(nb.change({ error: 'nope' })).toBe('nope');
		expect(nb.file).toBe(before);
		expect(nb.canUndo).toBe(false);
	});

	it('updateCell with a new name rewrites every reference', () => {
		const nb = notebook(PORTSMOUTH);
		const before = closings(nb.file);
		const cell = nb.file.cells.find((c) => c.id === 'contingency_rate')!;
		expect(nb.updateCell('contingency_rate', { ...cell, name: 'contingency' })).toBeUndefined();
		expect(readAt(nb.file, CONTINGENCY)).toBe('=contingency');
		expect(nb.file.cells.find((c) => c.id === 'contingency_rate')!.name).toBe('contingency');
		expect(closings(nb.file)).toEqual(before);
		expect(validateModel(nb.file).ok).toBe(true);
		expect(nb.updateCell('missing', cell)).toMatch(/no cell "missing"/);
	});

	it('updateCell with a new value changes the figures that read it', () => {
		const nb = notebook(PORTSMOUTH);
		const cell = nb.file.cells.find((c) => c.id === 'contingency_rate')!;
		expect(nb.updateCell('contingency_rate', { ...cell, value: '2' })).toBeUndefined();
		const reports = reportsOf(nb.file);
		for (const year of nb.file.years) {
			const allocation = D(lineOf(reports, 'portsmouth', year, 'allocation')!);
			expect(
				D(lineOf(reports, 'portsmouth', year, 'contingency')!)
					.abs()
					.toFixed()
			).toBe(allocation.times('0.02').toFixed());
		}
	});
});

describe('NotebookState: scenarios', () => {
	it('createScenario adds one and switches to it; an empty name is refused', () => {
		const nb = notebook(PORTSMOUTH);
		expect(nb.createScenario('  ', 'baseline')).toBeTruthy();
		expect(nb.file.scenarios).toEqual([]);
		expect(nb.createScenario('Stretch', 'baseline')).toBeUndefined();
		expect(nb.scenario).toBe('stretch');
		expect(nb.file.scenarios.map((s) => s.id)).toEqual(['stretch']);
		expect(nb.current.scenario).toBe('stretch');
		// undoing it returns to the baseline
		nb.undo();
		expect(nb.scenario).toBe('baseline');
	});

	it('chooseScenario ignores an unknown id', () => {
		const nb = notebook(ICB);
		nb.chooseScenario('best');
		expect(nb.scenario).toBe('best');
		nb.chooseScenario('nope');
		expect(nb.scenario).toBe('best');
		nb.chooseScenario('baseline');
		expect(nb.scenario).toBe('baseline');
		expect(notebook(ICB, 'nope').scenario).toBe('baseline');
	});

	it('deleteScenario keeps its children figures and moves the bar to its parent', () => {
		const nb = notebook(ICB, 'worst');
		const before = closings(nb.file, 'worst_no_winter');
		nb.deleteScenario('worst');
		expect(nb.file.scenarios.map((s) => s.id)).toEqual(['best', 'worst_no_winter']);
		expect(nb.scenario).toBe('baseline');
		expect(closings(nb.file, 'worst_no_winter')).toEqual(before);
		nb.undo();
		expect(nb.file.scenarios.map((s) => s.id)).toEqual(['best', 'worst', 'worst_no_winter']);
	});

	it('renameScenario renames, and refuses an empty name', () => {
		const nb = notebook(ICB);
		expect(nb.renameScenario('best', '')).toBeTruthy();
		expect(nb.renameScenario('best', 'Optimistic')).toBeUndefined();
		expect(nb.file.scenarios.find((s) => s.id === 'best')!.name).toBe('Optimistic');
	});
});

describe('NotebookState: autosave', () => {
	it('schedules a save after each edit and creates the model on its first save', async () => {
		const store = createMemoryStore();
		const created: string[] = [];
		const nb = new NotebookState(loadExample(PORTSMOUTH), {
			store,
			id: undefined,
			revision: 0,
			saveDelay: 0,
			oncreated: (id) => created.push(id)
		});
		expect(nb.autosave.state.kind).toBe('example');
		nb.setInputs([{ path: 'organisations.portsmouth.opening.position', kind: 'money', text: '3' }]);
		expect(nb.autosave.state.kind).toBe('pending');
		await nb.autosave.flush();
		expect(nb.autosave.state.kind).toBe('saved');
		expect(created).toHaveLength(1);
		const got = await store.get(created[0]!);
		expect(got.ok && got.value.file).toEqual(nb.file);

		nb.moveBlock('bridge', -1);
		expect(nb.autosave.state.kind).toBe('pending');
		await nb.autosave.flush();
		const again = await store.get(created[0]!);
		expect(again.ok && again.value.file).toEqual(nb.file);
		expect(again.ok && again.value.revision).toBe(nb.autosave.revision);

		nb.undo();
		expect(nb.autosave.state.kind).toBe('pending');
		await nb.autosave.flush();
		const undone = await store.get(created[0]!);
		expect(undone.ok && undone.value.file).toEqual(nb.file);
	});

	it('replaceFile takes the stored file and revision without an undo step', async () => {
		const store = createMemoryStore();
		const made = await store.create(loadExample(ICB));
		if (!made.ok) throw new Error(made.error.message);
		const nb = new NotebookState(made.value.file, {
			store,
			id: made.value.id,
			revision: 1,
			saveDelay: 0,
			scenario: 'best'
		});
		const theirs = { ...made.value.file, scenarios: [] };
		const saved = await store.save(made.value.id, theirs, 1);
		if (!saved.ok) throw new Error(saved.error.message);
		nb.replaceFile(saved.value.file, saved.value.revision);
		expect(nb.file).toEqual(theirs);
		expect(nb.scenario).toBe('baseline');
		expect(nb.autosave.revision).toBe(saved.value.revision);
		nb.setInputs([{ path: NORTH_OPENING, kind: 'money', text: '1' }]);
		await nb.autosave.flush();
		expect(nb.autosave.state.kind).toBe('saved');
	});
});
