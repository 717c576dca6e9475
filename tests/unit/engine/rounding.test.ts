import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, sum } from '../../../src/lib/engine/decimal';
import { largestRemainder } from '../../../src/lib/engine/rounding';

const strings = (values: readonly { toString(): string }[]) => values.map((v) => v.toString());

describe('largestRemainder', () => {
	it.each<[string[], number, string[]]>([
		// total 1.0; floors 0.3 + 0.3 + 0.3 = 0.9, one unit to the first of the tied 0.05 remainders
		[['0.35', '0.35', '0.3'], 1, ['0.4', '0.3', '0.3']],
		// total 1.0, floors 0.3 each = 0.9, the one unit goes to the largest remainder 0.0334
		[['0.3333', '0.3333', '0.3334'], 1, ['0.3', '0.3', '0.4']],
		// remainders 0.04, 0.08, 0.03 (total 2.15 -> 2.2): floors 2.0, two units to 0.08 then 0.04
		[['0.64', '0.98', '0.53'], 1, ['0.7', '1.0', '0.5']],
		// already on the grid: unchanged
		[['1.2', '-3.4', '5'], 1, ['1.2', '-3.4', '5']],
		// negatives: -0.35 -0.35 -0.3 = -1.0; floors -0.4 -0.4 -0.3 = -1.1; one unit to the first 0.05 remainder
		[['-0.35', '-0.35', '-0.3'], 1, ['-0.3', '-0.4', '-0.3']],
		// whole units: 1.5 + 1.5 + 1 = 4; floors 1 + 1 + 1 = 3; one unit to the first 0.5
		[['1.5', '1.5', '1'], 0, ['2', '1', '1']],
		// Portsmouth contingency and risk reserve in £m to 1 dp: 1.5315 + 3.063 = 4.5945 -> 4.6;
		// floors 1.5 + 3.0 = 4.5, the unit goes to 3.063 (remainder 0.063 > 0.0315)
		[['1.5315', '3.063'], 1, ['1.5', '3.1']],
		[[], 1, []]
	])('largestRemainder(%j, %i) is %j', (values, dp, expected) => {
		const result = largestRemainder(
			values.map((v) => D(v)),
			dp
		);
		expect(result.map((r) => D(r).toFixed(dp))).toEqual(expected.map((e) => D(e).toFixed(dp)));
	});

	it('shows parts that add to the shown total where half-up rounding of each would not', () => {
		// each rounds half-up to 0.4 + 0.4 + 0.3 = 1.1, but the total 1.0 must be shown
		const result = largestRemainder([D('0.35'), D('0.35'), D('0.3')], 1);
		expect(sum(result).toString()).toBe('1');
	});

	// Values from -1e7 to 1e7 with 0 to 4 decimal places, rounded to 0..3 places.
	const value = fc.integer({ min: -10_000_000, max: 10_000_000 }).chain((n) =>
		fc.integer({ min: 0, max: 4 }).map((scale) =>
			D(n)
				.times(D(10).pow(4 - scale))
				.div(10_000)
		)
	);

	it('sums to the half-up rounded total and moves each part by less than one unit (property)', () => {
		fc.assert(
			fc.property(fc.array(value, { maxLength: 12 }), fc.integer({ min: 0, max: 3 }), (values, dp) => {
				const unit = D(10).pow(-dp);
				const result = largestRemainder(values, dp);
				expect(result).toHaveLength(values.length);
				expect(strings([sum(result)])).toEqual(strings([sum(values).toDecimalPlaces(dp, D.ROUND_HALF_UP)]));
				result.forEach((part, i) => {
					const original = values[i] ?? D(0);
					// each part is on the dp grid and within one unit of its value
					expect(part.decimalPlaces()).toBeLessThanOrEqual(dp);
					expect(part.minus(original).abs().lt(unit)).toBe(true);
				});
			}),
			{ numRuns: 500 }
		);
	});
});
