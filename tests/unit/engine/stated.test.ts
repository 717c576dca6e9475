import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { compareStated } from '../../../src/lib/engine/stated';

const stated = (value: string, precision: string) => ({ value: D(value), precision: D(precision) });

describe('compareStated', () => {
	it.each([
		// computed equals the published figure to the last digit
		['1.5', '1.5', '0.1', 'agrees', '0'],
		// Portsmouth contingency: 0.5% x 306.3 = 1.5315, printed 1.5 (1 dp): 1.5315 -> 1.5
		['1.5315', '1.5', '0.1', 'within rounding', '0.0315'],
		// Portsmouth risk reserve: 1% x 306.3 = 3.063 printed 3.1: 3.063 -> 3.1
		['3.063', '3.1', '0.1', 'within rounding', '-0.037'],
		// 1% of 297.9 = 2.979 would print 3.0, not 3.1
		['2.979', '3.1', '0.1', 'differs', '-0.121'],
		// half-up boundary: 1.55 rounds to 1.6, so a printed 1.5 differs
		['1.55', '1.5', '0.1', 'differs', '0.05'],
		// just below the boundary: 1.549 rounds to 1.5
		['1.549', '1.5', '0.1', 'within rounding', '0.049'],
		// negatives round half away from zero: -1.55 -> -1.6
		['-1.55', '-1.6', '0.1', 'within rounding', '0.05'],
		['-1.549', '-1.5', '0.1', 'within rounding', '-0.049'],
		// precision in whole pounds thousands: 1,234,499 -> 1,234 (k)
		['1234499', '1234000', '1000', 'within rounding', '499'],
		['1234500', '1234000', '1000', 'differs', '500']
	])(
		'computed %s vs stated %s at precision %s is "%s" (difference %s)',
		(computed, value, precision, status, difference) => {
			const result = compareStated(D(computed), stated(value, precision));
			expect(result.status).toBe(status);
			expect(result.difference.toString()).toBe(difference);
			expect(result.stated.toString()).toBe(D(value).toString());
			expect(result.precision.toString()).toBe(D(precision).toString());
		}
	);

	it.each([['0'], ['-0.1']])(
		'calls a differing figure "differs" when the stated precision is not positive (%s)',
		(precision) => {
			const result = compareStated(D('1.5315'), stated('1.5', precision));
			expect(result.status).toBe('differs');
			// the difference is still exact
			expect(result.difference.toString()).toBe('0.0315');
		}
	);

	it('agrees for an equal figure whatever the precision', () => {
		expect(compareStated(D('1.5'), stated('1.5', '0')).status).toBe('agrees');
	});
});
