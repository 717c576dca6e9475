import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { D, HUNDRED, ONE, ZERO, percent, sum, toPenny } from '../../../src/lib/engine/decimal';

describe('D', () => {
	it('adds decimal fractions exactly (0.1 + 0.2 is 0.3)', () => {
		expect(D('0.1').plus('0.2').toString()).toBe('0.3');
		// 0.5% of 306.3 = 1.5315
		expect(D('306.3').times('0.005').toString()).toBe('1.5315');
	});

	it('rounds half-up (away from zero) and keeps 50 significant digits', () => {
		expect(D('2.5').toDecimalPlaces(0).toString()).toBe('3');
		expect(D('-2.5').toDecimalPlaces(0).toString()).toBe('-3');
		// 1/3 to 50 significant digits
		expect(D(1).div(3).toString()).toBe(`0.${'3'.repeat(50)}`);
	});

	it('prints plain digits, not exponents, for money-sized values', () => {
		expect(D('1e15').toString()).toBe('1000000000000000');
		expect(D('1e-12').toString()).toBe('0.000000000001');
	});

	it('leaves the global Decimal configuration alone', () => {
		expect(Decimal.precision).toBe(20);
		expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_UP);
		expect(new Decimal(1).div(3).toString()).toBe(`0.${'3'.repeat(20)}`);
	});
});

describe('sum', () => {
	it('is zero for no values and the exact total otherwise', () => {
		expect(sum([]).toString()).toBe('0');
		expect(sum([D('0.1'), D('0.2'), D('-0.05')]).toString()).toBe('0.25');
	});
});

describe('percent', () => {
	it('turns a written percentage into a fraction', () => {
		expect(percent(D('2.1')).toString()).toBe('0.021');
		expect(percent(D('-0.5')).toString()).toBe('-0.005');
		expect([ZERO, ONE, HUNDRED].map(String)).toEqual(['0', '1', '100']);
	});
});

describe('toPenny', () => {
	it.each([
		// 597,083.3333 -> 597,083.33
		['597083.3333', '597083.33'],
		// ties go up: 0.005 -> 0.01, 2.145 -> 2.15
		['0.005', '0.01'],
		['2.145', '2.15'],
		// and away from zero when negative: -0.005 -> -0.01, -2.145 -> -2.15
		['-0.005', '-0.01'],
		['-2.145', '-2.15'],
		// just below a tie: 0.0049999 -> 0
		['0.0049999', '0'],
		// 1 x 5/12 = 0.41666... -> 0.42
		[D(5).div(12), '0.42'],
		// already in pence: unchanged
		['1531500', '1531500'],
		['-10.3', '-10.3']
	])('rounds %s half-up to the penny: %s', (amount, expected) => {
		expect(toPenny(D(amount)).toString()).toBe(expected);
	});
});
