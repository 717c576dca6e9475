import { describe, expect, it } from 'vitest';
import {
	areConsecutive,
	FISCAL_YEAR_PATTERN,
	fiscalYear,
	isFiscalYear,
	looksLikeYear,
	monthsRemaining,
	nextYear,
	parseMonth,
	previousYear,
	startYear,
	yearAt,
	yearRange
} from '../../../src/lib/engine/years';

describe('startYear', () => {
	it.each([
		['2017/18', 2017],
		['1999/00', 1999],
		['2099/00', 2099],
		['2009/10', 2009]
	])('reads %s as starting in %i', (label, start) => {
		expect(startYear(label)).toBe(start);
	});

	it.each(['2017/19', '2017/17', '17/18', '2017-18', '2017/8', ' 2017/18', '2017/18 ', '', 'abcd/ef'])(
		'returns undefined for the malformed label %j',
		(label) => {
			expect(startYear(label)).toBeUndefined();
		}
	);
});

describe('isFiscalYear', () => {
	it.each([
		['2017/18', true],
		['1999/00', true],
		['2017/19', false],
		['17/18', false],
		['2017/2018', false],
		['2000/00', false]
	])('isFiscalYear(%j) is %s', (label, expected) => {
		expect(isFiscalYear(label)).toBe(expected);
	});
});

describe('looksLikeYear', () => {
	it.each([
		['2017/18', true],
		// the shape only: telling a year key from a field name does not check the halves
		['2017/19', true],
		['0000/00', true],
		['17/18', false],
		['2017/2018', false],
		['2017-18', false],
		[' 2017/18', false],
		['2017/18 ', false],
		['x2017/18', false],
		['', false]
	])('looksLikeYear(%j) is %s', (text, expected) => {
		expect(looksLikeYear(text)).toBe(expected);
	});

	it('agrees with FISCAL_YEAR_PATTERN, the source the schema is built from', () => {
		expect(FISCAL_YEAR_PATTERN).toBe(String.raw`^\d{4}\/\d{2}$`);
		for (const text of ['2017/18', '2017/19', '17/18', '2017/2018'])
			expect(new RegExp(FISCAL_YEAR_PATTERN).test(text)).toBe(looksLikeYear(text));
	});
});

describe('yearAt', () => {
	it.each<[string, number, string | undefined]>([
		['x[2018/19]', 2, '2018/19'],
		['2018/19]', 0, '2018/19'],
		['x[2018/19]', 1, undefined],
		// a third digit after the slash makes it something else (a division, say)
		['2018/190', 0, undefined],
		['2018/1', 0, undefined],
		['2018/19x', 0, '2018/19']
	])('yearAt(%j, %i) is %j', (text, at, expected) => {
		expect(yearAt(text, at)).toBe(expected);
	});
});

describe('fiscalYear', () => {
	it.each([
		[2017, '2017/18'],
		[1999, '1999/00'],
		[2008, '2008/09']
	])('labels the year starting in %i as %s', (start, label) => {
		expect(fiscalYear(start)).toBe(label);
	});
});

describe('nextYear and previousYear', () => {
	it.each([
		['2017/18', '2018/19'],
		['1999/00', '2000/01'],
		['1998/99', '1999/00'],
		['2009/10', '2010/11']
	])('nextYear(%s) is %s and previousYear goes back', (year, next) => {
		expect(nextYear(year)).toBe(next);
		expect(previousYear(next)).toBe(year);
	});

	it('throws a RangeError naming the bad label', () => {
		expect(() => nextYear('2017/19')).toThrow(RangeError);
		expect(() => previousYear('17/18')).toThrow(/"17\/18" is not a financial year/);
	});
});

describe('yearRange', () => {
	it('lists count consecutive years across the century', () => {
		expect(yearRange('1998/99', 4)).toEqual(['1998/99', '1999/00', '2000/01', '2001/02']);
	});

	it('is empty for a count of zero and one year for a count of one', () => {
		expect(yearRange('2017/18', 0)).toEqual([]);
		expect(yearRange('2017/18', 1)).toEqual(['2017/18']);
	});

	it('rejects a malformed first year', () => {
		expect(() => yearRange('2017/19', 2)).toThrow(RangeError);
	});
});

describe('areConsecutive', () => {
	it.each([
		[[], true],
		[['2017/18'], true],
		[['2017/18', '2018/19', '2019/20'], true],
		[['1999/00', '2000/01'], true],
		[['2017/18', '2019/20'], false],
		[['2017/18', '2017/18'], false],
		[['2018/19', '2017/18'], false],
		[['2017/18', '2018/20'], false],
		[['2017/19', '2018/19'], false],
		// a malformed first (or only) year is rejected too
		[['2017/19'], false],
		[['2017'], false],
		[['2017/19', '2018/20'], false]
	])('areConsecutive(%j) is %s', (years, expected) => {
		expect(areConsecutive(years)).toBe(expected);
	});
});

describe('parseMonth', () => {
	it.each([
		['M01', 1],
		['M07', 7],
		['M09', 9],
		['M10', 10],
		['M12', 12]
	])('reads %s as month %i', (label, month) => {
		expect(parseMonth(label)).toBe(month);
	});

	it.each(['M00', 'M13', 'm1', 'm01', 'M1', 'M001', '07', 'M07 ', ''])('rejects %j', (label) => {
		expect(parseMonth(label)).toBeUndefined();
	});
});

describe('monthsRemaining', () => {
	// April (M01) leaves the whole year; October (M07) leaves Oct..Mar = 6; March (M12) leaves 1.
	it.each([
		[1, 12],
		[4, 9],
		[7, 6],
		[10, 3],
		[12, 1]
	])('from month %i leaves %i months', (month, remaining) => {
		expect(monthsRemaining(month)).toBe(remaining);
	});
});
