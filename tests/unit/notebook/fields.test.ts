// fields.ts: what each kind of input accepts as typed, and how it is stored.
import { describe, expect, it } from 'vitest';
import {
	parseCountEntry,
	parseMoneyEntry,
	parsePerHeadEntry,
	parseRateEntry,
	type Entry
} from '../../../src/lib/notebook/entry';
import { parseField, storedValue, type FieldKind } from '../../../src/lib/notebook/fields';

const value = (e: Entry) => (e.ok ? e.value : undefined);
const refused = (e: Entry) => (e.ok ? undefined : e.message);

describe('parseField: numbers', () => {
	it.each<[FieldKind, string]>([
		['money', '1.5'],
		['money', '£1.2m'],
		['money', '(3.4)'],
		['rate', '2.1%'],
		['rate', '-0.5'],
		['count', '410,000'],
		['perHead', '£1.50']
	])('%s "%s" is parsed as entry.ts parses it', (kind, text) => {
		const direct = {
			money: () => parseMoneyEntry(text, 'm'),
			rate: () => parseRateEntry(text),
			count: () => parseCountEntry(text),
			perHead: () => parsePerHeadEntry(text)
		}[kind as 'money']();
		expect(direct.ok).toBe(true);
		expect(parseField(kind, text, 'm')).toEqual(direct);
	});

	it('reads money in the model unit', () => {
		expect(value(parseField('money', '£1.2m', 'k'))).toBe('1200');
		expect(value(parseField('money', '1.2', 'k'))).toBe('1.2');
	});

	it.each<FieldKind>(['money', 'rate', 'count', 'perHead', 'number'])('an empty %s is zero', (kind) => {
		expect(parseField(kind, '  ', 'm')).toEqual({ ok: true, value: '0' });
	});

	it('refuses text that is not a number', () => {
		for (const kind of ['money', 'rate', 'count', 'perHead', 'number'] as const)
			expect(refused(parseField(kind, 'lots', 'm'))).toBeTruthy();
	});

	it('a plain number is a rate without the %', () => {
		expect(parseField('number', '2.5', 'm')).toEqual(parseRateEntry('2.5'));
		expect(refused(parseField('number', '2.5%', 'm'))).toMatch(/not a plain number/);
	});
});

describe('parseField: lists', () => {
	it.each([
		['green', 'green'],
		['G', 'green'],
		[' Amber ', 'amber'],
		['a', 'amber'],
		['RED', 'red'],
		['r', 'red']
	])('rag "%s" is %s', (text, expected) => {
		expect(parseField('rag', text, 'm')).toEqual({ ok: true, value: expected });
	});

	it.each(['blue', 'gr', 'greenish', '', 'x'])('rag "%s" is refused', (text) => {
		expect(refused(parseField('rag', text, 'm'))).toMatch(/not a RAG rating/);
	});

	it.each([
		['M01', 'M01'],
		['m4', 'M04'],
		['4', 'M04'],
		['12', 'M12'],
		['Apr', 'M01'],
		['jul', 'M04'],
		['July', 'M04'],
		['January', 'M10'],
		['mar', 'M12']
	])('month "%s" is %s', (text, expected) => {
		expect(parseField('month', text, 'm')).toEqual({ ok: true, value: expected });
	});

	it.each(['0', '13', 'M13', 'ju', 'soon', ''])('month "%s" is refused', (text) => {
		expect(refused(parseField('month', text, 'm'))).toMatch(/not a month/);
	});

	it.each([
		['yes', 'yes'],
		['Y', 'yes'],
		['true', 'yes'],
		['recurrent', 'yes'],
		['No', 'no'],
		['n', 'no'],
		['NR', 'no'],
		['non-recurrent', 'no']
	])('yes/no "%s" is %s', (text, expected) => {
		expect(parseField('yesNo', text, 'm')).toEqual({ ok: true, value: expected });
	});

	it('refuses anything else as yes/no', () => {
		expect(refused(parseField('yesNo', 'maybe', 'm'))).toMatch(/not yes or no/);
	});

	it('a name is trimmed and cannot be empty', () => {
		expect(parseField('name', '  CHC ', 'm')).toEqual({ ok: true, value: 'CHC' });
		expect(refused(parseField('name', '   ', 'm'))).toMatch(/cannot be empty/);
	});
});

describe('parseField: unidentified and formulas', () => {
	it('unidentified QIPP is "balance" (also when empty) or an amount', () => {
		expect(parseField('unidentified', 'Balance', 'm')).toEqual({ ok: true, value: 'balance' });
		expect(parseField('unidentified', '', 'm')).toEqual({ ok: true, value: 'balance' });
		expect(parseField('unidentified', '2.5', 'm')).toEqual(parseMoneyEntry('2.5', 'm'));
		expect(parseField('unidentified', '£500k', 'm')).toEqual(parseMoneyEntry('£500k', 'm'));
		expect(refused(parseField('unidentified', 'balanced', 'm'))).toBeTruthy();
	});

	it('a formula is kept as written, without a leading "="', () => {
		expect(parseField('formula', '= a * 2 ', 'm')).toEqual({ ok: true, value: 'a * 2' });
		expect(parseField('formula', 'round(x, 2)', 'm')).toEqual({ ok: true, value: 'round(x, 2)' });
		expect(refused(parseField('formula', ' = ', 'm'))).toMatch(/cannot be empty/);
	});
});

describe('storedValue', () => {
	it('stores yes/no as a boolean and everything else as text', () => {
		expect(storedValue('yesNo', 'yes')).toBe(true);
		expect(storedValue('yesNo', 'no')).toBe(false);
		expect(storedValue('rate', '2.1')).toBe('2.1');
		expect(storedValue('name', 'yes')).toBe('yes');
	});
});
