// The model file's named cells as the engine's cell definitions: input values in engine terms
// (money in pounds, percentages as fractions), formulas as written.
import type { CellDef } from '../engine/cells/types';
import { D, percent, type Dec } from '../engine/decimal';
import { toPounds, type MoneyUnit } from '../engine/units';
import type { CellFile } from './schema';

export function cellDefs(cells: readonly CellFile[], unit: MoneyUnit, years: readonly string[]): CellDef[] {
	return cells.map((cell): CellDef => {
		if ('formula' in cell)
			return { id: cell.id, name: cell.name, source: { kind: 'formula', text: cell.formula } };
		// A value written as "=..." (say by a scenario override) makes the input a formula.
		if (typeof cell.value === 'string' && cell.value.startsWith('=')) {
			return { id: cell.id, name: cell.name, source: { kind: 'formula', text: cell.value.slice(1) } };
		}
		const convert = (v: string | number): Dec => {
			const d = D(typeof v === 'number' ? String(v) : v);
			return cell.unit === 'money' ? toPounds(d, unit) : cell.unit === 'percent' ? percent(d) : d;
		};
		const value =
			typeof cell.value === 'object'
				? years.map((y) => {
						const v = (cell.value as Record<string, string | number>)[y];
						return v === undefined ? D(0) : convert(v); // validation requires every year
					})
				: convert(cell.value);
		return { id: cell.id, name: cell.name, source: { kind: 'input', unit: cell.unit, value } };
	});
}
