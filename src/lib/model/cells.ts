// The model file's named cells as the engine's cell definitions: input values in engine terms
// (money in pounds, percentages as fractions), formulas as written.
import { type CellDef, D, percent, ZERO, type Dec, toPounds, type MoneyUnit } from '../engine/index';
import type { CellFile } from './schema';

export function cellDefs(cells: readonly CellFile[], unit: MoneyUnit, years: readonly string[]): CellDef[] {
	return cells.map((cell): CellDef => {
		const formula =
			cell.formula ??
			// A value written as "=..." (say by a scenario override) makes the input a formula.
			(typeof cell.value === 'string' && cell.value.startsWith('=') ? cell.value.slice(1) : undefined);
		if (formula !== undefined)
			return { id: cell.id, name: cell.name, source: { kind: 'formula', text: formula } };
		// Validation guarantees an input cell has a unit and a value for every year.
		const kind = cell.unit ?? 'number';
		const convert = (v: string | number | undefined): Dec => {
			if (v === undefined) return ZERO;
			const d = D(typeof v === 'number' ? String(v) : v);
			return kind === 'money' ? toPounds(d, unit) : kind === 'percent' ? percent(d) : d;
		};
		const value =
			typeof cell.value === 'object'
				? years.map((y) => convert((cell.value as Record<string, string | number>)[y]))
				: convert(cell.value);
		return { id: cell.id, name: cell.name, source: { kind: 'input', unit: kind, value } };
	});
}
