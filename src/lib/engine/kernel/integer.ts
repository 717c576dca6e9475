// Whole-number arithmetic for the integer-pence kernel (ADR 0013). Money is a count of pence and a
// rate a count of 10^-RATE_DECIMALS, both JS numbers that are always safe integers: `bound.ts`
// proves, before a run, that no amount gets near 2^53. Nothing here makes a fractional number: a
// product too large for a double is split so every part is a safe integer, and a division takes
// the remainder off first so it is exact.
import type { Dec } from '../decimal';

/** Rates are held as whole units of 10^-7 (0.00001 percentage point). */
export const RATE_DECIMALS = 7;
export const RATE_UNIT = 10 ** RATE_DECIMALS;

/** Largest |rate| the kernel holds, as a fraction (1000%): keeps every split product below 2^53. */
export const MAX_RATE = 10;

/**
 * `x x rate / RATE_UNIT` rounded half-up (away from zero) to a whole number: the kernel's `toPenny`
 * of an amount in pence times a rate. Exact for safe integers |x| <= MONEY_LIMIT and
 * |rate| <= (MAX_RATE + 1) x RATE_UNIT: x is split into whole units and a remainder below the unit,
 * and (remainder x rate) < 10^7 x 1.1 x 10^8 fits a safe integer.
 * @example mulRound(153150, 215000, RATE_UNIT) // 3293 (£1,531.50 x 2.15% = £32.92725, to £32.93)
 */
export function mulRound(x: number, rate: number): number {
	if (x === 0 || rate === 0) return 0;
	const negative = x < 0 !== rate < 0;
	const ax = x < 0 ? -x : x;
	const ar = rate < 0 ? -rate : rate;
	let whole: number;
	let rest: number;
	const product = ax * ar;
	if (product <= Number.MAX_SAFE_INTEGER) {
		// Rounding is monotone, so a double product at most 2^53 - 1 is the true product exactly.
		rest = product % RATE_UNIT;
		whole = (product - rest) / RATE_UNIT;
	} else {
		const lo = ax % RATE_UNIT;
		const loProduct = lo * ar;
		rest = loProduct % RATE_UNIT;
		whole = ((ax - lo) / RATE_UNIT) * ar + (loProduct - rest) / RATE_UNIT;
	}
	if (rest * 2 >= RATE_UNIT) whole += 1;
	return negative ? -whole : whole;
}

/**
 * `x / divisor` rounded half-up (away from zero), for a safe integer x and a small divisor.
 * @example divRound(-7, 2) // -4
 */
export function divRound(x: number, divisor: number): number {
	const ax = x < 0 ? -x : x;
	const rest = ax % divisor;
	let whole = (ax - rest) / divisor;
	if (rest * 2 >= divisor) whole += 1;
	return x < 0 ? -whole : whole;
}

/** A Decimal amount in pounds as whole pence, or undefined when it has a fraction of a penny. */
export function toPence(pounds: Dec): number | undefined {
	const pence = pounds.times(100);
	if (!pence.isInteger() || pence.abs().gt(Number.MAX_SAFE_INTEGER)) return undefined;
	return pence.toNumber();
}

/** A Decimal fraction as whole units of 10^-RATE_DECIMALS, or undefined when it has more decimals. */
export function toScaled(rate: Dec): number | undefined {
	if (rate.abs().gt(MAX_RATE)) return undefined;
	const scaled = rate.times(RATE_UNIT);
	return scaled.isInteger() ? scaled.toNumber() : undefined;
}
