import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import {
	displayDp,
	displayPrecisionText,
	showAmount,
	showEntered,
	showFigure,
	showInput,
	showMoney,
	showPercent,
	unitLabel,
	withUnit
} from '../../../src/lib/engine/display';

describe('display', () => {
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
		// [value, dp, display, exact]: a difference rounds like the figures beside it; exactly, it
		// shows every place it has and never fewer than the column's.
		['0.5045', 1, '0.5', '0.5045'],
		['-0.0315', 1, '0.0', '(0.0315)'],
		['0', 1, '0.0', '0.0'],
		['0.037', 1, '0.0', '0.037'],
		['0.123456789', 1, '0.1', '0.123456789'],
		['504500', 0, '504,500', '504,500']
	])('showFigure(%s, %d dp) is %s, exactly %s', (value, dp, shown, exact) => {
		expect(showFigure(value, dp)).toBe(shown);
		expect(showFigure(value, dp, 'brackets', 'exact')).toBe(exact);
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
		expect(showInput({ label: 'a', value: D('1531500'), unit: 'gbp' }, 'm')).toBe('£1.5m');
		expect(showInput({ label: 'a', value: D('1531500'), unit: 'gbp' }, 'm', 'exact')).toBe('£1.5315m');
		expect(showInput({ label: 'a', value: D('0.005'), unit: 'fraction' }, 'm')).toBe('0.5%');
		expect(showInput({ label: 'a', value: D('1.5'), unit: 'perHead' }, 'm')).toBe('£1.50 per head');
		expect(showInput({ label: 'a', value: D('215000'), unit: 'count' }, 'm')).toBe('215,000');
		expect(showInput({ label: 'a', value: D('9'), unit: 'months' }, 'm')).toBe('9 months');
	});

	it('displayDp: £m to 1 dp, £k and £ to whole units', () => {
		expect([displayDp('m'), displayDp('k'), displayDp('gbp')]).toEqual([1, 0, 0]);
	});

	it.each([
		['m', '£m'],
		['k', '£k'],
		['gbp', '£'],
		['percent', '%'],
		['perHead', '£ per head'],
		['months', 'months'],
		['count', ''],
		['number', '']
	])('unitLabel(%s) is %j', (unit, label) => {
		expect(unitLabel(unit)).toBe(label);
	});

	it('showMoney shows pounds in the unit at display precision, the unit inside the brackets', () => {
		// -1,531,500 pounds is -1.5315 £m: 1 dp half-up is 1.5; in £k it is 1,531.5, half-up 1,532.
		expect(showMoney(D('-1531500'), 'm')).toBe('(£1.5m)');
		expect(showMoney(D('-1531500'), 'm', 'minus')).toBe('-£1.5m');
		expect(showMoney(D('-1531500'), 'k')).toBe('(£1,532k)');
		expect(showMoney(D('504500'), 'gbp')).toBe('£504,500');
	});

	it('showMoney shows an amount under £1,000 (a rate per head) in pounds and pence, whatever the unit', () => {
		expect([showMoney(D('1.5'), 'm'), showMoney(D('1.5'), 'k'), showMoney(D('1.5'), 'gbp')]).toEqual([
			'£1.50',
			'£1.50',
			'£1.50'
		]);
		expect(showMoney(D('-999.995'), 'gbp')).toBe('(£1,000.00)');
		expect(showMoney(D('1000'), 'm')).toBe('£0.0m');
		expect(showMoney(D('0'), 'gbp')).toBe('£0');
	});

	it('showPercent: a fraction as a percentage, up to 4 places, minus for negatives', () => {
		expect(showPercent(D('0.021'))).toBe('2.1%');
		expect(showPercent(D('-0.005'))).toBe('-0.5%');
		// 1/3 is 33.3333...%: four places.
		expect(showPercent(D(1).div(3))).toBe('33.3333%');
	});

	it('showEntered shows inputs with the places written; only money follows the chosen negatives', () => {
		expect(showEntered('money', '-3.40', 'brackets')).toBe('(3.40)');
		expect(showEntered('money', '1234.5', 'minus')).toBe('1,234.5');
		expect(showEntered('rate', '-2.1', 'brackets')).toBe('-2.1%');
		expect(showEntered('perHead', '3', 'brackets')).toBe('£3.00');
		expect(showEntered('count', '612000', 'brackets')).toBe('612,000');
	});

	it.each([
		['m', '£m to 1 decimal place'],
		['k', '£k to whole units'],
		['gbp', '£ to whole units']
	] as const)('displayPrecisionText(%s) is "%s", for a file\'s notes', (unit, text) => {
		expect(displayPrecisionText(unit)).toBe(text);
	});
});
