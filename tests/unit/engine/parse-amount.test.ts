import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { formatAmount } from '../../../src/lib/engine/format';
import { parseAmount, type Parsed } from '../../../src/lib/engine/parse-amount';

/** `{ value, decimals, precision }` with strings for Decimals, or `{ error }`: one-line assertions. */
function valueOf(parsed: Parsed): { value: string; decimals: number; precision: string } | { error: string } {
	if ('error' in parsed) return { error: parsed.error };
	return {
		value: parsed.value.toString(),
		decimals: parsed.decimals,
		precision: parsed.precision.toString()
	};
}

describe('parseAmount', () => {
	it.each<[string, string, number, string]>([
		// text, value in pounds, decimals written, one unit in the last written digit (scaled)
		['1,234.5', '1234.5', 1, '0.1'],
		['(3.4)', '-3.4', 1, '0.1'],
		['-3.4', '-3.4', 1, '0.1'],
		['\u22123.4', '-3.4', 1, '0.1'],
		// £1.2m: 1.2 x 1,000,000; the last digit is tenths of a million = 100,000
		['£1.2m', '1200000', 1, '100000'],
		['-£1.2m', '-1200000', 1, '100000'],
		['(£1.2m)', '-1200000', 1, '100000'],
		['450k', '450000', 0, '1000'],
		['1.5bn', '1500000000', 1, '100000000'],
		['2.1%', '2.1', 1, '0.1'],
		['1,433', '1433', 0, '1'],
		['1,234,567.89', '1234567.89', 2, '0.01'],
		['0.0', '0', 1, '0.1'],
		['306.3', '306.3', 1, '0.1'],
		['.5', '0.5', 1, '0.1'],
		['  42  ', '42', 0, '1'],
		['1.2 M', '1200000', 1, '100000']
	])('reads %j as %s written to %i decimals (precision %s)', (text, value, decimals, precision) => {
		expect(valueOf(parseAmount(text))).toEqual({ value, decimals, precision });
	});

	it.each([
		['abc', /"abc" is not a number/],
		['1,23', /"1,23" is not a number/],
		['', /is empty/],
		['   ', /is empty/],
		['(-3)', /both brackets and a minus sign/],
		['1.2.3', /"1.2.3" is not a number/],
		['12,34,567', /is not a number/],
		['1.', /is not a number/],
		['m', /is not a number/],
		['£', /is not a number/],
		['(3.4', /is not a number/],
		['1e6', /is not a number/]
	])('rejects %j with a reason', (text, message) => {
		const parsed = parseAmount(text);
		expect('error' in parsed && parsed.error).toMatch(message);
	});

	it('reads back what formatAmount prints with a minus sign and no separators (property)', () => {
		const amount = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });
		fc.assert(
			fc.property(amount, fc.integer({ min: 0, max: 4 }), (units, dp) => {
				// a value with exactly dp decimal places: units / 10^dp
				const value = D(units.toString()).div(D(10).pow(dp));
				const text = formatAmount(value, { dp, negatives: 'minus', separators: false });
				const parsed = parseAmount(text);
				expect('error' in parsed ? parsed.error : parsed.value.toString()).toBe(value.toString());
				expect('decimals' in parsed && parsed.decimals).toBe(dp);
			}),
			{ numRuns: 500 }
		);
	});

	it('reads back what formatAmount prints with brackets and separators (property)', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (pence) => {
				const value = D(pence.toString()).div(100);
				const parsed = parseAmount(formatAmount(value, { dp: 2 }));
				return !('error' in parsed) && parsed.value.eq(value);
			}),
			{ numRuns: 300 }
		);
	});
});
