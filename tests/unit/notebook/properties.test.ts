// Properties of the notebook state over random edit sequences (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/lib/model/schema';
import { writeInput } from '../../../src/lib/notebook/inputs';
import { NotebookState, type InputEdit } from '../../../src/lib/notebook/notebook.svelte';
import { createScenario, deleteScenario } from '../../../src/lib/notebook/scenarios';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { ICB, figures, loadExample, resolvedAs, valid } from './fixtures';

const YEARS = ['2026/27', '2027/28', '2028/29'];
const RATE_PATHS = [
	'organisations.north.reserves.contingency.rate',
	'organisations.south.costLines.acute.activityGrowth',
	'organisations.north.costLines.chc.inflation',
	'assumptions.efficiency'
];
const MONEY_PATHS = [
	'organisations.north.qipp.schemes.medicines.values',
	'organisations.south.normalisation',
	'organisations.south.reserves.investments.winter.values'
];

const rate = fc.integer({ min: -20, max: 80 }).map((n) => `${n / 10}%`);
const money = fc.integer({ min: -500, max: 500 }).map((n) => String(n / 10));
const year = fc.constantFrom(...YEARS);

const inputEdit: fc.Arbitrary<InputEdit> = fc.oneof(
	fc
		.record({ path: fc.constantFrom(...RATE_PATHS), year, text: rate })
		.map(({ path, year: y, text }): InputEdit => ({ path: `${path}.${y}`, kind: 'rate', text })),
	fc
		.record({ path: fc.constantFrom(...MONEY_PATHS), year, text: money })
		.map(({ path, year: y, text }): InputEdit => ({ path: `${path}.${y}`, kind: 'money', text }))
);

type Op =
	| { op: 'inputs'; edits: InputEdit[] }
	| { op: 'move'; at: number; by: -1 | 1 }
	| { op: 'delete'; at: number }
	| { op: 'scenario'; name: string; parent: number }
	| { op: 'choose'; at: number };

const op: fc.Arbitrary<Op> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.array(inputEdit, { minLength: 1, maxLength: 4 })
			.map((edits): Op => ({ op: 'inputs', edits }))
	},
	{
		weight: 2,
		arbitrary: fc
			.record({ at: fc.nat(40), by: fc.constantFrom<-1 | 1>(-1, 1) })
			.map((r): Op => ({ op: 'move', ...r }))
	},
	{ weight: 1, arbitrary: fc.nat(40).map((at): Op => ({ op: 'delete', at })) },
	{
		weight: 1,
		arbitrary: fc
			.record({ name: fc.constantFrom('Stretch', 'Low growth', 'Best'), parent: fc.nat(10) })
			.map((r): Op => ({ op: 'scenario', ...r }))
	},
	{ weight: 1, arbitrary: fc.nat(10).map((at): Op => ({ op: 'choose', at })) }
);

function notebook(file: ModelFile): NotebookState {
	return new NotebookState(valid(file), {
		store: createMemoryStore(),
		id: undefined,
		revision: 0,
		saveDelay: 60_000
	});
}

const scenarioIds = (nb: NotebookState) => ['baseline', ...nb.file.scenarios.map((s) => s.id)];

function apply(nb: NotebookState, o: Op): void {
	switch (o.op) {
		case 'inputs':
			nb.setInputs(o.edits);
			return;
		case 'move':
			nb.moveBlock(nb.layout[o.at % nb.layout.length]!.id, o.by);
			return;
		case 'delete':
			nb.deleteBlock(nb.layout[o.at % nb.layout.length]!.id);
			return;
		case 'scenario': {
			const ids = scenarioIds(nb);
			nb.createScenario(o.name, ids[o.parent % ids.length]!);
			return;
		}
		case 'choose': {
			const ids = scenarioIds(nb);
			nb.chooseScenario(ids[o.at % ids.length]!);
		}
	}
}

/** The file without its layout and scenarios: what the baseline's figures are made from. */
function resolvedOf(file: ModelFile, id: string): unknown {
	const rest: Partial<ModelFile> = { ...resolvedAs(file, id) };
	delete rest.notebook;
	delete rest.scenarios;
	return rest;
}

describe('notebook properties', () => {
	it('undoing every edit gives back the original file, and redoing them all the last one', () => {
		fc.assert(
			fc.property(fc.array(op, { minLength: 1, maxLength: 12 }), (ops) => {
				const original = loadExample(ICB);
				const nb = notebook(original);
				const states: ModelFile[] = [nb.file];
				for (const o of ops) {
					const before = nb.file;
					apply(nb, o);
					// every accepted edit (even one that moves nothing) is a new file and one undo step
					if (nb.file !== before) states.push(nb.file);
				}
				const last = nb.file;
				for (let i = states.length - 2; i >= 0; i -= 1) {
					expect(nb.canUndo).toBe(true);
					nb.undo();
					expect(nb.file).toEqual(states[i]);
				}
				expect(nb.canUndo).toBe(false);
				expect(nb.file).toEqual(original);
				for (let i = 1; i < states.length; i += 1) {
					expect(nb.canRedo).toBe(true);
					nb.redo();
				}
				expect(nb.canRedo).toBe(false);
				expect(nb.file).toEqual(last);
			}),
			{ numRuns: 40 }
		);
	});

	it("an edit made in a scenario never changes the baseline's figures", () => {
		const original = loadExample(ICB);
		const baseline = figures(original);
		fc.assert(
			fc.property(
				fc.constantFrom('best', 'worst', 'worst_no_winter', 'new'),
				fc.array(fc.array(inputEdit, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
				(scenario, pastes) => {
					const nb = notebook(loadExample(ICB));
					if (scenario === 'new') expect(nb.createScenario('Mine', 'worst')).toBeUndefined();
					else nb.chooseScenario(scenario);
					expect(nb.scenario).not.toBe('baseline');
					const at = nb.scenario;
					let changed = false;
					for (const edits of pastes) {
						const before = nb.file;
						nb.setInputs(edits);
						changed ||= nb.file !== before;
					}
					expect(nb.scenario).toBe(at);
					expect(figures(nb.file)).toEqual(baseline);
					expect(resolvedOf(nb.file, 'baseline')).toEqual(resolvedOf(original, 'baseline'));
					const closing = (n: NotebookState) =>
						n
							.evaluation('baseline')
							.result('plan')!
							.consolidated.map((y) => y.lines.at(-1)!.value.toFixed());
					expect(closing(nb)).toEqual(closing(notebook(original)));
					if (changed)
						expect(nb.file.scenarios.find((s) => s.id === at)!.overrides.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 30 }
		);
	});

	it("deleting a scenario leaves every other scenario's resolved model unchanged", () => {
		const scenarioOp = fc.record({
			name: fc.constantFrom('Alpha', 'Beta', 'Gamma'),
			parent: fc.nat(10),
			overrides: fc.array(inputEdit, { maxLength: 3 })
		});
		fc.assert(
			fc.property(fc.array(scenarioOp, { maxLength: 4 }), fc.nat(10), (extra, victim) => {
				let file: ModelFile = loadExample(ICB);
				for (const s of extra) {
					const ids = ['baseline', ...file.scenarios.map((x) => x.id)];
					const made = createScenario(file, s.name, ids[s.parent % ids.length]!);
					file = made.file;
					for (const e of s.overrides) {
						const value = e.text.replace('%', '');
						const written = writeInput(file, made.id, e.path, value);
						if ('file' in written) file = written.file;
					}
				}
				const gone = file.scenarios[victim % file.scenarios.length]!.id;
				const after = deleteScenario(file, gone);
				expect(after.scenarios.map((s) => s.id)).toEqual(
					file.scenarios.map((s) => s.id).filter((id) => id !== gone)
				);
				for (const s of after.scenarios) {
					expect(s.parent).not.toBe(gone);
					expect(resolvedOf(after, s.id)).toEqual(resolvedOf(file, s.id));
				}
				expect(resolvedOf(after, 'baseline')).toEqual(resolvedOf(file, 'baseline'));
			}),
			{ numRuns: 60 }
		);
	});
});
