import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { showAmount, showDifference, showInput, withUnit } from '../../../src/lib/components/amounts';

describe('amounts', () => {
	it.each([
		['6.8', 1, '6.8'],
		['-10.4', 1, '(10.4)'],
		['0.5045', 1, '0.5'],
		['-0.04', 1, '0.0'],
		['3100', 0, '3,100']
	])('showAmount(%s, %d dp) is %s', (value, dp, shown) => {
		expect(showAmount(value, dp)).toBe(shown);
	});

	it('showAmount(undefined) is empty, for lines without a published figure', () => {
		expect(showAmount(undefined, 1)).toBe('');
	});

	it.each([
		['0.5045', 1, '0.5045'],
		['-0.0315', 1, '(0.0315)'],
		['0', 1, '0.0'],
		['0.037', 1, '0.037'],
		['0.123456789', 1, '0.12346'],
		['504500', 0, '504,500']
	])('showDifference(%s, %d dp) shows enough places to see it: %s', (value, dp, shown) => {
		expect(showDifference(value, dp)).toBe(shown);
	});

	it.each([
		['9.2', 'm', '£9.2m'],
		['(1.5)', 'm', '(£1.5m)'],
		['3,100', 'k', '£3,100k'],
		['504,500', 'gbp', '£504,500']
	] as const)('withUnit(%s, %s) is %s', (shown, unit, text) => {
		expect(withUnit(shown, unit)).toBe(text);
	});

	it('showInput shows money in the chosen unit, per-head rates in pounds, rates as percentages, counts and months plainly', () => {
		expect(showInput({ label: 'a', value: D('1531500'), unit: 'gbp' }, 'm')).toBe('£1.5315m');
		expect(showInput({ label: 'a', value: D('0.005'), unit: 'fraction' }, 'm')).toBe('0.5%');
		expect(showInput({ label: 'a', value: D('1.5'), unit: 'perHead' }, 'm')).toBe('£1.50 per head');
		expect(showInput({ label: 'a', value: D('215000'), unit: 'count' }, 'm')).toBe('215,000');
		expect(showInput({ label: 'a', value: D('9'), unit: 'months' }, 'm')).toBe('9 months');
	});
});
