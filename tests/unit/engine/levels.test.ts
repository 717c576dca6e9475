import { describe, expect, it } from 'vitest';
import { levelAt, yearAmount } from '../../../src/lib/engine/levels';
import { py } from './fixtures';

const YEARS = ['2017/18', '2018/19', '2019/20', '2020/21'];
const [Y1, Y2, Y3] = YEARS as [string, string, string, string];

describe('levelAt', () => {
	// 5 entered in 2017/18, 9 in 2019/20; 2018/19 and 2020/21 left out
	const values = py({ [Y1]: 5, [Y3]: 9 });

	it.each([
		[0, '5'],
		// 2018/19 left out: keeps 2017/18's 5
		[1, '5'],
		[2, '9'],
		// 2020/21 left out: keeps 2019/20's 9
		[3, '9']
	])('at index %i is %s (the latest value at or before the year)', (index, expected) => {
		expect(levelAt(values, YEARS, index).toString()).toBe(expected);
	});

	it('is zero before the first value and with no values at all', () => {
		expect(levelAt(py({ [Y2]: 4 }), YEARS, 0).isZero()).toBe(true);
		expect(levelAt(py({ [Y2]: 4 }), YEARS, 1).toString()).toBe('4');
		expect(levelAt(undefined, YEARS, 2).isZero()).toBe(true);
		expect(levelAt({}, YEARS, 2).isZero()).toBe(true);
	});

	it('treats an entered zero as a level of zero, not as a year left out', () => {
		expect(levelAt(py({ [Y1]: 5, [Y2]: 0 }), YEARS, 2).isZero()).toBe(true);
	});
});

describe('yearAmount', () => {
	const amounts = (values: Parameters<typeof yearAmount>[0], recurrent: boolean) =>
		YEARS.map((_, i) => {
			const { amount, level, previous } = yearAmount(values, recurrent, YEARS, i);
			return [amount.toString(), level.toString(), previous.toString()];
		});

	it('gives a recurrent item its full level in the first year, then the change in level', () => {
		// 5; 7 - 5 = 2; 2019/20 left out keeps 7: 7 - 7 = 0; 4 - 7 = -3
		expect(amounts(py({ [Y1]: 5, [Y2]: 7, '2020/21': 4 }), true)).toEqual([
			['5', '5', '0'],
			['2', '7', '5'],
			['0', '7', '7'],
			['-3', '4', '7']
		]);
	});

	it('adds nothing for a recurrent item entered the same every year after the first', () => {
		// 4.6; 4.6 - 4.6 = 0 each later year
		expect(amounts(py({ [Y1]: '4.6', [Y2]: '4.6', [Y3]: '4.6' }), true).map(([a]) => a)).toEqual([
			'4.6',
			'0',
			'0',
			'0'
		]);
	});

	it('starts a recurrent item in the year it is first entered, at its full level', () => {
		// nothing in 2017/18; 3 - 0 = 3 in 2018/19; kept after
		expect(amounts(py({ [Y2]: 3 }), true).map(([a]) => a)).toEqual(['0', '3', '0', '0']);
	});

	it('gives a non-recurrent item its value each year, zero where it is missing, and no previous level', () => {
		expect(amounts(py({ [Y1]: 5, [Y3]: 9 }), false)).toEqual([
			['5', '5', '0'],
			['0', '0', '0'],
			['9', '9', '0'],
			['0', '0', '0']
		]);
		expect(amounts(undefined, false).every(([a]) => a === '0')).toBe(true);
	});
});
