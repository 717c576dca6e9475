// Renaming a cell in a model file: the cell, and every formula that refers to it (other cells,
// formula inputs in the model, formula values in scenario overrides), in one step.
import { renameInFormula } from '../engine/index';
import type { ModelFile } from './schema';

/** Rewrite every "=..." string below `node` (a deep copy is returned). */
function rewriteFormulas<T>(node: T, from: string, to: string): T {
	if (typeof node === 'string')
		return (node.startsWith('=') ? `=${renameInFormula(node.slice(1), from, to)}` : node) as T;
	if (Array.isArray(node)) return node.map((item) => rewriteFormulas(item, from, to)) as T;
	if (typeof node === 'object' && node !== null) {
		return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewriteFormulas(v, from, to)])) as T;
	}
	return node;
}

/**
 * The file with cell `id` called `name` and every reference rewritten. Comments and longer names
 * that merely contain the old name are left alone (renameInFormula works on tokens).
 * @example renameCell(file, 'tariff_uplift', 'tariff_inflation')
 */
export function renameCell(file: ModelFile, id: string, name: string): ModelFile {
	const cell = file.cells.find((c) => c.id === id);
	if (!cell) return file;
	const from = cell.name;
	const rewritten = rewriteFormulas(file, from, name);
	return {
		...rewritten,
		cells: rewritten.cells.map((c) => {
			const renamed = c.id === id ? { ...c, name } : c;
			return renamed.formula === undefined
				? renamed
				: { ...renamed, formula: renameInFormula(renamed.formula, from, name) };
		})
	};
}
