// Display-consistent rounding: round parts so the shown parts add to the shown total, moving the
// fewest units to the parts with the largest remainders (the largest-remainder method).
import { D, sum, type Dec } from './decimal';

/**
 * Round `values` to `dp` places so that they sum exactly to their total rounded half-up.
 * @example largestRemainder([D('0.35'), D('0.35'), D('0.3')], 1) // [0.4, 0.3, 0.3]
 */
export function largestRemainder(values: readonly Dec[], dp: number): Dec[] {
	const unit = D(10).pow(-dp);
	const target = sum(values).toDecimalPlaces(dp, D.ROUND_HALF_UP);
	const floors = values.map((v) => v.toDecimalPlaces(dp, D.ROUND_FLOOR));
	let shortfall = target.minus(sum(floors)).div(unit).round();
	// Units to hand out, to the biggest remainders first (ties: earlier item first).
	const order = values
		.map((v, i) => ({ i, remainder: v.minus(floors[i] ?? 0) }))
		.sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
	const result = [...floors];
	for (const { i } of order) {
		if (!shortfall.isPositive() || shortfall.isZero()) break;
		result[i] = (result[i] ?? D(0)).plus(unit);
		shortfall = shortfall.minus(1);
	}
	return result;
}
