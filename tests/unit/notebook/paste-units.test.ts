import { describe, expect, it } from 'vitest';
import { inEntryUnit, pastedUnit } from '../../../src/lib/notebook/paste-units';

describe('pastedUnit', () => {
	it.each([
		// [texts, entry unit, expected]: 2,100 £m is £2.1bn, so a £k figure; 999.9 £m fits.
		[['2,100', '450'], 'm', 'k'],
		[['999.9'], 'm', undefined],
		[['(1,000)'], 'm', 'k'],
		// 2,100,000 read as £k is £2.1bn too: the digits are pounds.
		[['2,100,000'], 'm', 'gbp'],
		[['1,500,000'], 'k', 'gbp'],
		[['999,999'], 'k', undefined],
		// Figures that name their unit, formulas and pounds plans are never asked about.
		[['£2,100m', '2,100k', '=a * 1000'], 'm', undefined],
		[['5,000,000,000'], 'gbp', undefined]
	] as const)('%j in a £%s plan looks like %s', (texts, entry, expected) => {
		expect(pastedUnit(texts, entry)).toBe(expected);
	});
});

describe('inEntryUnit', () => {
	it.each([
		// 2,100 £k = £2,100,000 = £2.1m
		['2,100', 'k', 'm', '2.1'],
		['(450)', 'k', 'm', '-0.45'],
		// £1,234,567 in £k is 1234.567
		['1,234,567', 'gbp', 'k', '1234.567'],
		['0', 'k', 'm', '0'],
		['450k', 'gbp', 'm', '450k'],
		['=x', 'k', 'm', '=x']
	] as const)('%s read in %s, written in %s, is %s', (text, from, entry, expected) => {
		expect(inEntryUnit(text, from, entry)).toBe(expected);
	});
});
