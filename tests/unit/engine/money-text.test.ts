// money-text.ts: the grammar of written amounts, and its three readers agreeing on it (published
// tables: parseAmount; grid cells: parseMoneyEntry; formulas: the lexer, through parseFormula).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateFormula, parseFormula } from '../../../src/lib/engine/formula/index';
import {
	amountIn,
	readAmountText,
	scanNumber,
	scanSuffix,
	shiftPoint,
	writtenValue
} from '../../../src/lib/engine/money-text';
import { parseAmount } from '../../../src/lib/engine/parse-amount';
import type { MoneyUnit } from '../../../src/lib/engine/units';
import { parseMoneyEntry } from '../../../src/lib/notebook/entry';

describe('scanNumber', () => {
	it.each<[string, number, { whole: string; fraction: string; grouped: boolean; end: number } | undefined]>([
		['1,234,567.5', 0, { whole: '1234567', fraction: '5', grouped: true, end: 11 }],
		['£450k', 1, { whole: '450', fraction: '', grouped: false, end: 4 }],
		['.5', 0, { whole: '', fraction: '5', grouped: false, end: 2 }],
		// a group needs exactly three digits, and a first group of one to three
		['1,2345', 0, { whole: '1', fraction: '', grouped: false, end: 1 }],
		['1234,567', 0, { whole: '1234', fraction: '', grouped: false, end: 4 }],
		['1,23', 0, { whole: '1', fraction: '', grouped: false, end: 1 }],
		// a point needs a digit after it
		['1.', 0, { whole: '1', fraction: '', grouped: false, end: 1 }],
		['1,234.x', 0, { whole: '1234', fraction: '', grouped: true, end: 5 }],
		['.', 0, undefined],
		[',123', 0, undefined],
		['x1', 0, undefined]
	])('scanNumber(%j, %i) is %j', (text, at, expected) => {
		expect(scanNumber(text, at)).toEqual(expected);
	});
});

describe('scanSuffix', () => {
	it.each<[string, { power: number; end: number } | undefined]>([
		['k', { power: 3, end: 1 }],
		['M', { power: 6, end: 1 }],
		['bn', { power: 9, end: 2 }],
		['Bn)', { power: 9, end: 2 }],
		['k + 1', { power: 3, end: 1 }],
		// a letter, digit or _ after it makes it part of a word: a mistake, not a suffix
		['kx', undefined],
		['m2', undefined],
		['bnx', undefined],
		['b', undefined],
		['', undefined],
		// only ASCII letters: the Kelvin sign is not a k
		['\u212a', undefined]
	])('scanSuffix(%j, 0) is %j', (text, expected) => {
		expect(scanSuffix(text, 0)).toEqual(expected);
	});
});

describe('readAmountText', () => {
	it('reads each part of "(£1,234.5 m)"', () => {
		expect(readAmountText(' (£1,234.5 m) ')).toEqual({
			negative: true,
			pound: true,
			whole: '1234',
			fraction: '5',
			grouped: true,
			suffix: 'm',
			power: 6,
			percent: false
		});
	});

	it.each([
		['2.1 %', { percent: true, suffix: '', power: 0 }],
		['\u2212 £ 3BN', { negative: true, pound: true, suffix: 'BN', power: 9 }]
	])('reads %j', (text, parts) => {
		expect(readAmountText(text)).toMatchObject(parts);
	});

	it.each([
		['(-3)', 'both signs'],
		['-(3)', 'not an amount'],
		['£-3', 'not an amount'],
		['3k%', 'not an amount'],
		['3%k', 'not an amount'],
		['3 kk', 'not an amount'],
		['1e6', 'not an amount'],
		['£', 'not an amount'],
		['', 'not an amount']
	])('refuses %j: %s', (text, error) => {
		expect(readAmountText(text)).toEqual({ error });
	});
});

describe('amountIn', () => {
	const parts = (text: string) => {
		const read = readAmountText(text);
		if ('error' in read) throw new Error(read.error);
		return read;
	};
	it.each<[string, MoneyUnit, string]>([
		// a suffix names the unit typed
		['450k', 'm', '0.45'],
		['£1.2m', 'k', '1200'],
		['2bn', 'gbp', '2000000000'],
		// £ with no suffix is pounds
		['£3', 'k', '0.003'],
		// plain digits are already in the unit
		['306.3', 'm', '306.3'],
		['(1,500)', 'k', '-1500']
	])('amountIn(%j, %s) is %s', (text, unit, expected) => {
		expect(amountIn(parts(text), unit).toFixed()).toBe(expected);
	});

	it('shifts the point exactly, however many places', () => {
		expect(shiftPoint(D('1.5'), -9).toFixed()).toBe('0.0000000015');
		expect(writtenValue({ whole: '', fraction: '05' }).toFixed()).toBe('0.05');
	});
});

/** `n` with thousands separators: 1234567 -> "1,234,567". */
function grouped(n: bigint): string {
	return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const POWER: Record<string, number> = { '': 0, k: 3, m: 6, bn: 9 };
const UNIT_POWER: Record<MoneyUnit, number> = { gbp: 0, k: 3, m: 6 };

describe('every reader of written amounts (property)', () => {
	// A written amount: |n| / 10^dp, spelled with or without £, separators, a suffix (any case, after
	// a space or not), and a minus, a typographic minus or brackets when negative.
	const spelling = fc.record({
		n: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
		dp: fc.integer({ min: 0, max: 6 }),
		suffix: fc.constantFrom('', 'k', 'm', 'bn'),
		upper: fc.boolean(),
		space: fc.boolean(),
		pound: fc.boolean(),
		separators: fc.boolean(),
		bareFraction: fc.boolean(),
		sign: fc.constantFrom('-', '\u2212', '()')
	});
	type Spelling = typeof spelling extends fc.Arbitrary<infer T> ? T : never;

	function digits(s: Spelling): string {
		const magnitude = s.n < 0n ? -s.n : s.n;
		const scale = 10n ** BigInt(s.dp);
		const whole = magnitude / scale;
		const fraction = s.dp === 0 ? '' : `.${(magnitude % scale).toString().padStart(s.dp, '0')}`;
		const wholeText = s.separators ? grouped(whole) : whole.toString();
		return `${s.bareFraction && whole === 0n && fraction !== '' ? '' : wholeText}${fraction}`;
	}
	const suffixOf = (s: Spelling) => (s.upper ? s.suffix.toUpperCase() : s.suffix);

	/** As a person or a published table writes it. */
	function asText(s: Spelling): string {
		const body = `${s.pound ? '£' : ''}${digits(s)}${s.space && s.suffix !== '' ? ' ' : ''}${suffixOf(s)}`;
		if (s.n >= 0n) return body;
		return s.sign === '()' ? `(${body})` : `${s.sign}${body}`;
	}

	/** The value meant, in pounds per the suffix: n x 10^(suffix power - dp). */
	const meant = (s: Spelling) => D(`${s.n}e${POWER[s.suffix]! - s.dp}`);

	it('parseAmount reads the value and the decimals written', () => {
		fc.assert(
			fc.property(spelling, (s) => {
				const parsed = parseAmount(asText(s));
				if ('error' in parsed) throw new Error(`${asText(s)}: ${parsed.error}`);
				expect(parsed.value.eq(meant(s))).toBe(true);
				expect(parsed.decimals).toBe(s.dp);
			}),
			{ numRuns: 500 }
		);
	});

	it('parseMoneyEntry reads the value in the entry unit', () => {
		fc.assert(
			fc.property(spelling, fc.constantFrom<MoneyUnit>('gbp', 'k', 'm'), (s, unit) => {
				const entry = parseMoneyEntry(asText(s), unit);
				if (!entry.ok) throw new Error(`${asText(s)}: ${entry.message}`);
				// typed in the suffix's unit, else pounds after a £, else the entry unit
				const typed = s.suffix !== '' ? POWER[s.suffix]! : s.pound ? 0 : UNIT_POWER[unit];
				const expected = D(`${s.n}e${typed - UNIT_POWER[unit] - s.dp}`);
				expect(D(entry.value).eq(expected)).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});

	it('a formula reads the value: money with £ (a suffix right after the number), numbers without', () => {
		fc.assert(
			fc.property(spelling, (s) => {
				// formulas: a suffix needs a £ and no space, a number starts with a digit, a minus is an
				// operator and brackets only group
				const money = s.pound || s.suffix !== '';
				const body = `${money ? '£' : ''}${digits({ ...s, bareFraction: false })}${suffixOf(s)}`;
				const text = s.n < 0n ? `-${body}` : body;
				const parsed = parseFormula(text);
				if (!parsed.ok) throw new Error(`${text}: ${parsed.error.message}`);
				const value = evaluateFormula(parsed.ast, { years: ['2017/18'], lookup: () => undefined });
				expect(value).toMatchObject({ kind: 'scalar', unit: money ? 'money' : 'number' });
				expect(value.kind === 'scalar' && value.value.eq(meant(s))).toBe(true);
			}),
			{ numRuns: 500 }
		);
	});
});
