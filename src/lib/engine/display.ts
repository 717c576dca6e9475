// How figures are shown, decided in one place for every table, grid, chart, CLI output and
// message: the decimal places of a unit, the negative style, and the unit's label.
import type { MoneyUnit } from './units';

/** £m to 1 dp, £k and £ to whole units (DESIGN §2, Display). */
export function displayDp(unit: MoneyUnit): number {
	return unit === 'm' ? 1 : 0;
}
