// A model kept evaluated while it is worked on: its cells in an incremental runtime with the
// finance model as a provider. Switching scenario redefines only the cells the scenario changes
// (and the model if its inputs change), and says which names changed.
import { CellRuntime, sameValue, type CellDef, type Value } from '../engine/index';
import { cellDefs } from './cells';
import { resolveScenario } from './parse';
import type { Problem } from './problems';
import { modelProvider } from './results';
import { BASELINE } from './scenario';
import type { ModelFile } from './schema';

const sameSource = (a: CellDef, b: CellDef) =>
	a.name === b.name && JSON.stringify(a.source) === JSON.stringify(b.source);

export class LiveNotebook {
	readonly #file: ModelFile;
	#scenario: string;
	#resolved: ModelFile;
	#runtime: CellRuntime;

	/** `file` must be a validated model (parseModel); every scenario in it resolves. */
	constructor(file: ModelFile, scenario: string = BASELINE) {
		this.#file = file;
		this.#scenario = scenario;
		this.#resolved = this.#resolve(scenario);
		this.#runtime = new CellRuntime(file.years, this.#defs(this.#resolved), [modelProvider(this.#resolved)]);
	}

	get scenario(): string {
		return this.#scenario;
	}

	value(name: string): Value | undefined {
		return this.#runtime.value(name);
	}

	get names(): ReadonlyMap<string, Value> {
		return this.#runtime.names;
	}

	/** Switch scenario; returns the names whose values changed. */
	switchScenario(id: string): Set<string> {
		const next = this.#resolve(id);
		const valuesBefore = new Map(this.#runtime.names);
		const cellsBefore = new Map(this.#runtime.cells.map((c) => [c.id, c]));
		// Each step recomputes only what it affects; a scenario usually changes a few cells.
		for (const def of this.#defs(next)) {
			const old = cellsBefore.get(def.id);
			if (!old) this.#runtime.define(def);
			else if (old.name !== def.name) this.#runtime.rename(def.id, def.name);
			if (old && !sameSource(old, def)) this.#runtime.redefine(def.id, def.source);
			cellsBefore.delete(def.id);
		}
		for (const id of cellsBefore.keys()) this.#runtime.remove(id);
		// Cells aside, a scenario may change the model's own inputs: give the model its new file.
		if (JSON.stringify({ ...next, cells: [] }) !== JSON.stringify({ ...this.#resolved, cells: [] })) {
			this.#runtime.setProvider(modelProvider(next));
		}
		this.#scenario = id;
		this.#resolved = next;
		const names = new Set([...valuesBefore.keys(), ...this.#runtime.names.keys()]);
		return new Set(
			[...names].filter((name) => !sameValue(valuesBefore.get(name), this.#runtime.value(name)))
		);
	}

	#resolve(id: string): ModelFile {
		const resolved = resolveScenario(this.#file, id);
		if (!resolved.ok) throw new ScenarioError(resolved.problems);
		return resolved.value;
	}

	#defs(file: ModelFile): CellDef[] {
		return cellDefs(file.cells, file.unit, file.years);
	}
}

export class ScenarioError extends Error {
	constructor(readonly problems: readonly Problem[]) {
		super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	}
}
