import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { moneyScale, moneyTick } from '../../../src/lib/charts/money-axis';

describe('moneyScale', () => {
	it.each([
		// 0.5045 over about 6 intervals: 0.084 a step, rounded up to the nice 0.1.
		[[0, 0.5045], 'm', 6, [0, 0.6], [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]],
		// The same in £k: 504.5 / 6 = 84, so steps of 100, the top tick the first at or above 504.5.
		[[0, 504.5], 'k', 6, [0, 600], [0, 100, 200, 300, 400, 500, 600]],
		// A 0.45 span: 0.075 a step would be 0.1 (nice) anyway; in £m never finer than 0.1.
		[[0.45, 0], 'm', 12, [0, 0.5], [0, 0.1, 0.2, 0.3, 0.4, 0.5]],
		// £3 in £: 0.5 a step is finer than a pound, so steps of £1.
		[[3, -2], 'gbp', 10, [-2, 3], [-2, -1, 0, 1, 2, 3]],
		// A deficit: -10.4 to 9.9 over 4 intervals is 5.08 a step, so 5 (nice).
		[[-10.4, 9.9], 'm', 4, [-15, 10], [-15, -10, -5, 0, 5, 10]],
		// Every figure zero: -1 to 1, so a balanced plan is a line on an axis, not a full-height bar.
		[[0, 0], 'm', 4, [-1, 1], [-1, -0.5, 0, 0.5, 1]],
		[[], 'k', 6, [-1, 1], [-1, 0, 1]]
	] as const)('moneyScale(%j, %s, %d) runs %j with ticks %j', (amounts, unit, count, domain, ticks) => {
		expect(moneyScale(amounts, unit, count)).toEqual({ domain, ticks });
	});

	it('moneyScale ticks are whole multiples of a display step, cover every amount and zero', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 12 }),
				fc.constantFrom('m', 'k', 'gbp' as const),
				fc.integer({ min: 2, max: 12 }),
				(amounts, unit, count) => {
					const { domain, ticks } = moneyScale(amounts, unit, count);
					const finest = unit === 'm' ? 10 : 1;
					// Each tick, written at display precision, is the tick itself: no 0.45 in £m.
					for (const t of ticks) expect(Math.abs(t * finest - Math.round(t * finest))).toBeLessThan(1e-6);
					expect(ticks[0]).toBe(domain[0]);
					expect(ticks.at(-1)).toBe(domain[1]);
					expect(new Set(ticks).size).toBe(ticks.length);
					for (const a of [0, ...amounts]) {
						expect(a).toBeGreaterThanOrEqual(domain[0] - 1e-9);
						expect(a).toBeLessThanOrEqual(domain[1] + 1e-9);
					}
				}
			)
		);
	});
});

describe('moneyTick', () => {
	it.each([
		['m', 'brackets', 0.30000000000000004, '0.3'],
		['m', 'brackets', -1.5, '(1.5)'],
		['m', 'minus', -1.5, '-1.5'],
		['m', 'brackets', 0, '0.0'],
		['k', 'brackets', 1200, '1,200'],
		['k', 'minus', -2500, '-2,500'],
		['gbp', 'brackets', -1000000, '(1,000,000)']
	] as const)('moneyTick(%s, %s)(%d) is %j', (unit, negatives, value, shown) => {
		expect(moneyTick(unit, negatives)(value)).toBe(shown);
	});
});
