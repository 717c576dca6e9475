// scenarios.ts: create, rename and delete scenarios; deleting keeps every other scenario's model.
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { ModelFile } from '../../../src/lib/model/schema';
import { createScenario, deleteScenario, renameScenario } from '../../../src/lib/notebook/scenarios';
import { writeInput } from '../../../src/lib/notebook/inputs';
import { ICB, PORTSMOUTH, closings, loadExample, resolvedAs } from './fixtures';

function resolved(file: ModelFile, id: string): ModelFile {
	return { ...resolvedAs(file, id), scenarios: [], notebook: undefined };
}

describe('createScenario', () => {
	it('adds an empty scenario under the parent, with an id made from the name', () => {
		const file = loadExample(PORTSMOUTH);
		const made = createScenario(file, '  Stretch Case ', 'baseline');
		expect(made.id).toBe('stretch-case');
		expect(createScenario(file, 'Best case!', 'baseline').id).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
		expect(made.file.scenarios).toEqual([
			{ id: 'stretch-case', name: 'Stretch Case', parent: 'baseline', overrides: [] }
		]);
		expect(validateModel(made.file).ok).toBe(true);
		// a new scenario sees exactly its parent's figures
		expect(closings(made.file, made.id)).toEqual(closings(file));
	});

	it('never reuses an id, nor "baseline"', () => {
		const file = loadExample(ICB);
		expect(createScenario(file, 'Best', 'baseline').id).toBe('best-2');
		expect(createScenario(file, 'Baseline', 'baseline').id).toBe('baseline-2');
		const child = createScenario(file, 'Worse still', 'worst');
		expect(child.file.scenarios.at(-1)!.parent).toBe('worst');
		expect(closings(child.file, child.id)).toEqual(closings(file, 'worst'));
	});
});

describe('renameScenario', () => {
	it('renames one scenario, trimmed, and keeps its id', () => {
		const file = loadExample(ICB);
		const renamed = renameScenario(file, 'best', ' Optimistic ');
		expect(renamed.scenarios.find((s) => s.id === 'best')!.name).toBe('Optimistic');
		expect(renamed.scenarios.filter((s) => s.id !== 'best')).toEqual(
			file.scenarios.filter((s) => s.id !== 'best')
		);
	});
});

describe('deleteScenario', () => {
	it('removes the scenario; the others are unchanged when nothing descends from it', () => {
		const file = loadExample(ICB);
		const after = deleteScenario(file, 'best');
		expect(after.scenarios.map((s) => s.id)).toEqual(['worst', 'worst_no_winter']);
		expect(validateModel(after).ok).toBe(true);
		expect(deleteScenario(file, 'missing')).toBe(file);
	});

	it("gives a child the deleted scenario's parent and overrides, so its model is unchanged", () => {
		const file = loadExample(ICB);
		const after = deleteScenario(file, 'worst');
		const child = after.scenarios.find((s) => s.id === 'worst_no_winter')!;
		expect(child.parent).toBe('baseline');
		expect(validateModel(after).ok).toBe(true);
		expect(resolved(after, 'worst_no_winter')).toEqual(resolved(file, 'worst_no_winter'));
		expect(closings(after, 'worst_no_winter')).toEqual(closings(file, 'worst_no_winter'));
		expect(resolved(after, 'best')).toEqual(resolved(file, 'best'));
	});

	it("keeps the child's own override of a path the deleted scenario also set", () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.costLines.acute.activityGrowth';
		const written = writeInput(file, 'worst_no_winter', path, '1.5');
		if (!('file' in written)) throw new Error(written.error);
		const after = deleteScenario(written.file, 'worst');
		expect(resolved(after, 'worst_no_winter')).toEqual(resolved(written.file, 'worst_no_winter'));
		const own = after.scenarios
			.find((s) => s.id === 'worst_no_winter')!
			.overrides.filter((o) => 'path' in o && o.path === path);
		expect(own).toEqual([{ path, value: '1.5' }]);
	});

	it('un-pins blocks that showed the deleted scenario', () => {
		const file: ModelFile = {
			...loadExample(ICB),
			notebook: [
				{ id: 'worst-bridge', type: 'bridge', scenario: 'worst' },
				{ id: 'best-bridge', type: 'bridge', scenario: 'best' }
			]
		};
		const after = deleteScenario(file, 'worst');
		expect(after.notebook![0]!).toEqual({ id: 'worst-bridge', type: 'bridge' });
		expect(after.notebook![0]!).not.toHaveProperty('scenario', 'worst');
		expect(after.notebook![1]!).toEqual({ id: 'best-bridge', type: 'bridge', scenario: 'best' });
	});

	// A scenario's view is checked without the layout (applyScenario drops it), so a block pinned to
	// a scenario cannot make the model invalid.
	it('a model with a block pinned to one of its scenarios is valid, before and after the delete', () => {
		const file: ModelFile = {
			...loadExample(ICB),
			notebook: [{ id: 'worst-bridge', type: 'bridge', scenario: 'worst' }]
		};
		expect(validateModel(file).ok).toBe(true);
		expect(validateModel(deleteScenario(file, 'worst')).ok).toBe(true);
		// pinned to a scenario that is not there, it is refused
		expect(validateModel({ ...file, notebook: [{ id: 'b', type: 'bridge', scenario: 'gone' }] }).ok).toBe(
			false
		);
	});
});
