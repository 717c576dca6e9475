// Evaluating a set of cells (and providers) from scratch: parse, build the graph, evaluate in
// dependency order. Cycles, duplicate and undefined names become error values, never exceptions.
import { D } from '../decimal';
import {
	errorValue,
	evaluateFormula,
	parseFormula,
	referencedNames,
	type EvalContext,
	type Expr,
	type Value
} from '../formula/index';
import { buildGraph, type Graph, type GraphNode } from './graph';
import type { CellDef, Provider } from './types';

export const cellKey = (id: string) => `cell:${id}`;
export const providerKey = (key: string) => `provider:${key}`;

/** A parsed formula with the names it reads, both worked out once per edit of the cell. */
export type Parsed = { ok: true; ast: Expr; reads: readonly string[] } | { ok: false; error: Value };

/** Parse a cell's formula once; inputs need no parsing. */
export function parseCell(def: CellDef): Parsed | undefined {
	if (def.source.kind !== 'formula') return undefined;
	const parsed = parseFormula(def.source.text);
	return parsed.ok
		? { ok: true, ast: parsed.ast, reads: referencedNames(parsed.ast) }
		: { ok: false, error: parsed.error };
}

export function cellNode(def: CellDef, parsed: Parsed | undefined, key = cellKey(def.id)): GraphNode {
	return { key, defines: [def.name], reads: parsed?.ok ? parsed.reads : [] };
}

export function providerNode(provider: Provider): GraphNode {
	return { key: providerKey(provider.key), defines: provider.defines, reads: provider.reads };
}

/** The value of an input cell: one value, or one per year. */
function inputValue(def: CellDef, years: readonly string[]): Value {
	if (def.source.kind !== 'input') throw new Error('not an input');
	const { unit, value } = def.source;
	if (!Array.isArray(value)) return { kind: 'scalar', value: value as ReturnType<typeof D>, unit };
	if (value.length !== years.length) {
		return errorValue(
			'shape',
			`"${def.name}" has ${value.length} values but the model has ${years.length} years`
		);
	}
	return { kind: 'series', values: value, unit };
}

/** Names resolve to values; a duplicate or cyclic name resolves to its error. */
export interface Values {
	readonly byName: Map<string, Value>;
	/** Each cell's value by cell id (a duplicate cell still gets its own error). */
	readonly byCell: Map<string, Value>;
}

/** Error values for the graph's problems: cycles on every member, duplicates on every definer. */
function structuralError(graph: Graph, name: string, key: string): Value | undefined {
	const loop = graph.cycles.get(key);
	if (loop) return errorValue('cycle', `circular definition: ${loop.join(' -> ')}`);
	if (graph.duplicates.has(name)) return duplicateError(name);
	return undefined;
}

function duplicateError(name: string): Value {
	return errorValue('duplicate-name', `"${name}" is defined more than once`);
}

/**
 * What formulas see while `values` fills up: a duplicate name is an error whoever asks. Depends only
 * on the graph and `values`, so one context serves every node of an evaluation.
 */
export function evalContext(graph: Graph, years: readonly string[], values: Values): EvalContext {
	return {
		years,
		lookup: (name: string) => (graph.duplicates.has(name) ? duplicateError(name) : values.byName.get(name))
	};
}

/**
 * Evaluate one node given the values so far; writes into `values`. Cyclic nodes need nothing
 * (their value is the cycle error) and duplicate names are errors whoever asks, so callers
 * evaluate cyclic nodes first and then `graph.order`. Pass `ctx` (from `evalContext`, same graph,
 * years and values) when evaluating many nodes, to share it.
 */
export function evaluateNode(
	key: string,
	graph: Graph,
	cells: ReadonlyMap<string, { def: CellDef; parsed: Parsed | undefined }>,
	providers: ReadonlyMap<string, Provider>,
	years: readonly string[],
	values: Values,
	ctx: EvalContext = evalContext(graph, years, values)
): void {
	const { lookup } = ctx;
	const provider = providers.get(key);
	if (provider) {
		const cycle = graph.cycles.get(key);
		const computed = cycle ? undefined : provider.compute(lookup);
		for (const name of provider.defines) {
			const structural = structuralError(graph, name, key);
			const value = structural ?? computed?.get(name) ?? errorValue('upstream', `"${name}" was not computed`);
			values.byName.set(name, graph.duplicates.has(name) ? duplicateError(name) : value);
		}
		return;
	}
	const cell = cells.get(key);
	if (!cell) return;
	const { def, parsed } = cell;
	const value =
		structuralError(graph, def.name, key) ??
		(def.source.kind === 'input'
			? inputValue(def, years)
			: parsed && !parsed.ok
				? parsed.error
				: evaluateFormula((parsed as { ast: Expr }).ast, ctx));
	values.byCell.set(def.id, value);
	values.byName.set(def.name, graph.duplicates.has(def.name) ? duplicateError(def.name) : value);
}

/** Every cell and provider evaluated from scratch. */
export function evaluateCells(
	years: readonly string[],
	defs: readonly CellDef[],
	providers: readonly Provider[] = []
): Values {
	// Plain loops rather than spreads and pair arrays: this runs for every cell of the notebook.
	const cells = new Map<string, { def: CellDef; parsed: Parsed | undefined }>();
	for (const def of defs) cells.set(cellKey(def.id), { def, parsed: parseCell(def) });
	const byProvider = new Map<string, Provider>();
	for (const provider of providers) byProvider.set(providerKey(provider.key), provider);
	const nodes: GraphNode[] = [];
	for (const [key, { def, parsed }] of cells) nodes.push(cellNode(def, parsed, key));
	for (const provider of providers) nodes.push(providerNode(provider));
	const graph = buildGraph(nodes);
	const values: Values = { byName: new Map(), byCell: new Map() };
	const ctx = evalContext(graph, years, values);
	for (const key of graph.cycles.keys()) evaluateNode(key, graph, cells, byProvider, years, values, ctx);
	for (const key of graph.order) evaluateNode(key, graph, cells, byProvider, years, values, ctx);
	return values;
}
