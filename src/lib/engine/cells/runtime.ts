// The incremental runtime: holds the cells, and after each edit (define, redefine, remove, rename)
// recomputes only what the edit can affect, in dependency order, and says which names changed.
// A property test checks it always equals a fresh `evaluateCells`.
import { renameInFormula, type Value } from '../formula/index';
import {
	evaluateNode,
	cellKey,
	cellNode,
	parseCell,
	providerKey,
	providerNode,
	type Parsed,
	type Values
} from './evaluate';
import { buildGraph, type Graph } from './graph';
import { sameValue } from './same';
import type { CellDef, CellSource, Provider } from './types';

export class CellRuntime {
	readonly #years: readonly string[];
	readonly #cells = new Map<string, { def: CellDef; parsed: Parsed | undefined }>();
	readonly #providers = new Map<string, Provider>();
	#graph: Graph = buildGraph([]);
	#values: Values = { byName: new Map(), byCell: new Map() };

	constructor(years: readonly string[], cells: readonly CellDef[] = [], providers: readonly Provider[] = []) {
		this.#years = years;
		for (const p of providers) this.#providers.set(providerKey(p.key), p);
		for (const def of cells) this.#cells.set(cellKey(def.id), { def, parsed: parseCell(def) });
		this.#recompute(null);
	}

	/** The value of a name (undefined if nothing defines it). */
	value(name: string): Value | undefined {
		return this.#values.byName.get(name);
	}

	/** The value of a cell by id (its own error when its name is a duplicate). */
	cellValue(id: string): Value | undefined {
		return this.#values.byCell.get(id);
	}

	get names(): ReadonlyMap<string, Value> {
		return this.#values.byName;
	}

	get cells(): readonly CellDef[] {
		return [...this.#cells.values()].map((c) => c.def);
	}

	/** Add a cell. */
	define(def: CellDef): Set<string> {
		return this.#edit([def.id], () => this.#cells.set(cellKey(def.id), { def, parsed: parseCell(def) }));
	}

	/** Change what a cell holds. */
	redefine(id: string, source: CellSource): Set<string> {
		const cell = this.#cells.get(cellKey(id));
		if (!cell) return new Set();
		const def = { ...cell.def, source };
		return this.#edit([id], () => this.#cells.set(cellKey(id), { def, parsed: parseCell(def) }));
	}

	/** Delete a cell; whatever read it becomes an "undefined name" error. */
	remove(id: string): Set<string> {
		return this.#edit([id], () => this.#cells.delete(cellKey(id)));
	}

	/** Rename a cell and rewrite every formula that refers to it. */
	rename(id: string, name: string): Set<string> {
		const cell = this.#cells.get(cellKey(id));
		if (!cell) return new Set();
		const from = cell.def.name;
		// Other formulas are rewritten only if the old name was this cell's alone (not a duplicate);
		// the cell's own formula may refer to itself by its old name.
		const owns = this.#graph.owner.get(from) === cellKey(id);
		const rewritten = [...this.#cells.values()]
			.filter((c) => (c.def.id === id || owns) && readsAny(c, new Set([from])))
			.map((c) => c.def.id);
		return this.#edit([id, ...rewritten], () => {
			this.#cells.set(cellKey(id), { def: { ...cell.def, name }, parsed: cell.parsed });
			for (const rewrittenId of rewritten) {
				const current = this.#cells.get(cellKey(rewrittenId))!.def;
				if (current.source.kind !== 'formula') continue;
				const def = {
					...current,
					source: { kind: 'formula' as const, text: renameInFormula(current.source.text, from, name) }
				};
				this.#cells.set(cellKey(def.id), { def, parsed: parseCell(def) });
			}
		});
	}

	/** Replace a provider (same key) whose inputs changed, e.g. the finance model under another scenario. */
	setProvider(provider: Provider): Set<string> {
		const key = providerKey(provider.key);
		const before = this.#providers.get(key);
		const names = new Set([...(before?.defines ?? []), ...provider.defines]);
		this.#providers.set(key, provider);
		return this.#recompute({ keys: [key], names });
	}

	/** Apply a change, then recompute what it can affect; returns the names whose values changed. */
	#edit(ids: readonly string[], change: () => void): Set<string> {
		const touchedNames = new Set<string>();
		for (const id of ids) {
			const before = this.#cells.get(cellKey(id));
			if (before) touchedNames.add(before.def.name);
		}
		change();
		for (const id of ids) {
			const after = this.#cells.get(cellKey(id));
			if (after) touchedNames.add(after.def.name);
		}
		return this.#recompute({ keys: ids.map(cellKey), names: touchedNames });
	}

	/**
	 * Rebuild the graph (cheap, linear) and re-evaluate the seeds and everything downstream of them.
	 * Seeds: the edited cells, every node that defines or reads a name the edit touched, and every
	 * node whose cycle status changed. `null` means evaluate everything.
	 */
	#recompute(edit: { keys: readonly string[]; names: ReadonlySet<string> } | null): Set<string> {
		const before = this.#values;
		const oldGraph = this.#graph;
		const graph = buildGraph([
			...[...this.#cells.values()].map(({ def, parsed }) => cellNode(def, parsed)),
			...[...this.#providers.values()].map(providerNode)
		]);
		this.#graph = graph;
		let dirty: Set<string>;
		if (edit === null) {
			dirty = new Set([...graph.cycles.keys(), ...graph.order]);
		} else {
			const seeds = new Set(edit.keys);
			// Whoever defines or reads a touched name: a duplicate may have appeared or gone.
			for (const [key, cell] of this.#cells) {
				if (edit.names.has(cell.def.name) || readsAny(cell, edit.names)) seeds.add(key);
			}
			for (const [key, provider] of this.#providers) {
				if ([...provider.reads, ...provider.defines].some((n) => edit.names.has(n))) seeds.add(key);
			}
			for (const key of new Set([...oldGraph.cycles.keys(), ...graph.cycles.keys()])) seeds.add(key);
			dirty = downstream(seeds, graph);
		}
		const values: Values = { byName: new Map(before.byName), byCell: new Map(before.byCell) };
		// Forget what the edit touched: a removed or renamed cell's old name and value must go.
		for (const key of edit?.keys ?? [])
			if (key.startsWith('cell:')) values.byCell.delete(key.slice('cell:'.length));
		for (const name of edit?.names ?? []) values.byName.delete(name);
		for (const key of dirty) {
			const cell = this.#cells.get(key);
			if (cell) values.byName.delete(cell.def.name);
		}
		for (const key of [...graph.cycles.keys(), ...graph.order]) {
			if (dirty.has(key)) evaluateNode(key, graph, this.#cells, this.#providers, this.#years, values);
		}
		this.#values = values;
		const changed = new Set<string>();
		for (const name of new Set([...before.byName.keys(), ...values.byName.keys()])) {
			if (!sameValue(before.byName.get(name), values.byName.get(name))) changed.add(name);
		}
		return changed;
	}
}

function readsAny(cell: { parsed: Parsed | undefined }, names: ReadonlySet<string>): boolean {
	return cell.parsed?.ok === true && cell.parsed.reads.some((n) => names.has(n));
}

/** The seeds and every node that reads them, transitively. */
function downstream(seeds: ReadonlySet<string>, graph: Graph): Set<string> {
	const dirty = new Set<string>();
	const queue = [...seeds];
	while (queue.length > 0) {
		const key = queue.pop()!;
		if (dirty.has(key)) continue;
		dirty.add(key);
		for (const reader of graph.readers.get(key) ?? []) queue.push(reader);
	}
	return dirty;
}
