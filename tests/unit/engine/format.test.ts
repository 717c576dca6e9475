import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { formatAmount, type FormatOptions } from '../../../src/lib/engine/format';

describe('formatAmount', () => {
	it.each<[string, FormatOptions, string]>([
		// defaults: brackets for negatives, thousands separators
		['-1.5315', { dp: 1 }, '(1.5)'],
		['1.5315', { dp: 1 }, '1.5'],
		['-1.5315', { dp: 1, negatives: 'minus' }, '-1.5'],
		['1234.5', { dp: 0, negatives: 'minus' }, '1,235'],
		['1234567.891', { dp: 2 }, '1,234,567.89'],
		['-1234567.891', { dp: 2 }, '(1,234,567.89)'],
		['1234567.891', { dp: 2, separators: false }, '1234567.89'],
		['-1234567.891', { dp: 1, negatives: 'minus', separators: false }, '-1234567.9'],
		['999.95', { dp: 1 }, '1,000.0'],
		['123', { dp: 0 }, '123'],
		['123456', { dp: 0 }, '123,456'],
		// padding to dp places
		['3', { dp: 2 }, '3.00'],
		['0', { dp: 1 }, '0.0'],
		// half-up, away from zero on ties
		['0.05', { dp: 1 }, '0.1'],
		['0.049', { dp: 1 }, '0.0'],
		['2.5', { dp: 0 }, '3'],
		['-2.5', { dp: 0 }, '(3)'],
		['-0.15', { dp: 1, negatives: 'minus' }, '-0.2'],
		// a negative that rounds to zero shows no brackets or sign
		['-0.04', { dp: 1 }, '0.0'],
		['-0.0049', { dp: 2, negatives: 'minus' }, '0.00'],
		['-0.4', { dp: 0 }, '0']
	])('formatAmount(%s, %j) is %s', (value, options, expected) => {
		expect(formatAmount(D(value), options)).toBe(expected);
	});
});
