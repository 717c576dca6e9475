import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import {
	fromPounds,
	isMoneyUnit,
	MONEY_UNITS,
	toPounds,
	type MoneyUnit
} from '../../../src/lib/engine/units';
import { UNIT_SYMBOL } from '../../../src/lib/engine/display';

describe('toPounds', () => {
	it.each<[string, MoneyUnit, string]>([
		['1.2', 'm', '1200000'],
		['306.3', 'm', '306300000'],
		['450', 'k', '450000'],
		['0.5', 'k', '500'],
		['-3.4', 'm', '-3400000'],
		['12.34', 'gbp', '12.34']
	])('%s %s is £%s', (amount, unit, pounds) => {
		expect(toPounds(D(amount), unit).toString()).toBe(pounds);
	});
});

describe('fromPounds', () => {
	it.each<[string, MoneyUnit, string]>([
		['504500', 'm', '0.5045'],
		['1531500', 'm', '1.5315'],
		['1531500', 'k', '1531.5'],
		['-1', 'm', '-0.000001'],
		['7', 'gbp', '7']
	])('£%s is %s %s', (pounds, unit, amount) => {
		expect(fromPounds(D(pounds), unit).toString()).toBe(amount);
	});

	it('round-trips any pence amount through every unit exactly (property)', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
				fc.constantFrom(...MONEY_UNITS),
				(pence, unit) => {
					const pounds = D(pence.toString()).div(100);
					return toPounds(fromPounds(pounds, unit), unit).eq(pounds);
				}
			)
		);
	});
});

describe('isMoneyUnit', () => {
	it.each([
		['gbp', true],
		['k', true],
		['m', true],
		['GBP', false],
		['bn', false],
		['£m', false],
		['', false]
	])('isMoneyUnit(%j) is %s', (text, expected) => {
		expect(isMoneyUnit(text)).toBe(expected);
	});

	it('has a symbol for every unit', () => {
		expect(MONEY_UNITS.map((u) => UNIT_SYMBOL[u])).toEqual(['£', '£k', '£m']);
	});
});
