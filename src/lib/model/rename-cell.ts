// Renaming a cell in a model file: the cell, and every formula that refers to it (other cells,
// formula inputs in the model, formula values in scenario overrides), in one step. Free text
// (names, labels, notes, text blocks) is left as it is, whatever it starts with.
import { renameInFormula } from '../engine/index';
import { formulaInputs } from './formula-inputs';
import type { ModelFile } from './schema';

/** Rewrite every "=..." string below an override's value (a deep copy is returned). */
function rewriteFormulas(node: unknown, from: string, to: string): unknown {
	if (typeof node === 'string')
		return node.startsWith('=') ? `=${renameInFormula(node.slice(1), from, to)}` : node;
	if (Array.isArray(node)) return node.map((item) => rewriteFormulas(item, from, to));
	if (typeof node === 'object' && node !== null) {
		return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, rewriteFormulas(v, from, to)]));
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
	const copy = structuredClone(file);
	for (const input of formulaInputs(file)) {
		let holder = copy as unknown as Record<string | number, unknown>;
		for (const step of input.path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
		holder[input.path.at(-1)!] = `=${renameInFormula(input.text, from, name)}`;
	}
	return {
		...copy,
		cells: copy.cells.map((c) => {
			const renamed = c.id === id ? { ...c, name } : c;
			if (renamed.formula !== undefined)
				return { ...renamed, formula: renameInFormula(renamed.formula, from, name) };
			return typeof renamed.value === 'string'
				? { ...renamed, value: rewriteFormulas(renamed.value, from, name) as string }
				: renamed;
		}),
		// Override values are not matched to the field they replace: any "=..." in one is taken as
		// a formula (overrides nearly always set numeric inputs or cells).
		scenarios: copy.scenarios.map((s) => ({
			...s,
			overrides: s.overrides.map((o) =>
				o.value === undefined ? o : { ...o, value: rewriteFormulas(o.value, from, name) }
			)
		}))
	};
}
