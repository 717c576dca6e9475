import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	parseCountEntry,
	parseMoneyEntry,
	parsePerHeadEntry,
	parseRateEntry,
	type Entry,
	type EntryUnit
} from '../../../src/lib/notebook/entry';

/** The value of an accepted entry, or `{ message }`: one-line assertions either way. */
function shown(entry: Entry): string | { message: string } {
	return entry.ok ? entry.value : { message: entry.message };
}

/** What every accepted number must look like: the model file's DECIMAL, with no "-0" or trailing zeros. */
const CANONICAL = /^(?:0|-?[1-9]\d*|-?(?:0|[1-9]\d*)\.\d*[1-9])$/;

/**
 * An independent oracle: `units` × 10^`power` as a plain decimal string, worked out on the digits
 * of a BigInt (no Decimal), so the conversion tests do not check Decimal against itself.
 */
function shifted(units: bigint, power: number): string {
	const negative = units < 0n;
	let digits = (negative ? -units : units).toString();
	if (power >= 0) digits += '0'.repeat(power);
	else {
		digits = digits.padStart(-power + 1, '0');
		const point = digits.length + power;
		digits = `${digits.slice(0, point)}.${digits.slice(point)}`.replace(/\.?0+$/, '');
	}
	digits = digits.replace(/^0+(?=\d)/, '');
	return digits === '0' ? '0' : `${negative ? '-' : ''}${digits}`;
}

/** `n` written with thousands separators: 1234567 → "1,234,567". */
function grouped(n: bigint): string {
	return n.toString().replace(/\B(?=(\d{3})+$)/g, ',');
}

describe('shifted (the test oracle)', () => {
	it.each<[bigint, number, string]>([
		[4505n, -1, '450.5'],
		[12n, 5, '1200000'],
		[3n, -3, '0.003'],
		[-15n, -1, '-1.5'],
		[1000n, -3, '1'],
		[0n, -2, '0'],
		[-0n, 3, '0']
	])('shifted(%s, %i) is %s', (units, power, expected) => {
		expect(shifted(units, power)).toBe(expected);
	});
});

describe('parseMoneyEntry', () => {
	it.each<[string, EntryUnit, string]>([
		// no suffix: already in the entry unit
		['306.3', 'm', '306.3'],
		['1,234.5', 'k', '1234.5'],
		['1,234,567.89', 'gbp', '1234567.89'],
		['(3.4)', 'm', '-3.4'],
		['-3.4', 'm', '-3.4'],
		['\u22123.4', 'm', '-3.4'],
		['  42  ', 'k', '42'],
		['.5', 'm', '0.5'],
		['0.50', 'm', '0.5'],
		['2.000', 'k', '2'],
		['007', 'gbp', '7'],
		['-0', 'm', '0'],
		['(0.00)', 'k', '0'],
		// a bare £ means pounds, whatever the entry unit: £3 in a £k file is 3 / 1,000
		['£1,200', 'gbp', '1200'],
		['£1,200', 'k', '1.2'],
		['£3', 'gbp', '3'],
		['£ 3', 'gbp', '3'],
		['-£306.3', 'm', '-0.0003063'],
		['£3', 'k', '0.003'],
		['£3', 'm', '0.000003'],
		// suffixes convert exactly to the entry unit
		['450k', 'm', '0.45'],
		['450k', 'k', '450'],
		['450k', 'gbp', '450000'],
		['£450k', 'm', '0.45'],
		['450K', 'm', '0.45'],
		['£1.2m', 'k', '1200'],
		['£1.2m', 'm', '1.2'],
		['£1.2m', 'gbp', '1200000'],
		['1.2m', 'm', '1.2'],
		['1.2 M', 'k', '1200'],
		['-£2k', 'k', '-2'],
		['-£2k', 'm', '-0.002'],
		['(£1.5m)', 'k', '-1500'],
		['( £1.5m )', 'm', '-1.5'],
		['£1,234.5k', 'm', '1.2345'],
		// bn is accepted too: ICB allocations run to billions
		['£1.2bn', 'm', '1200'],
		['3BN', 'k', '3000000'],
		['0.0001k', 'm', '0.0000001'],
		// 30 digits is the most accepted
		['123456789012345678901234567890', 'gbp', '123456789012345678901234567890'],
		['12345678901234567890.1234567891m', 'gbp', '12345678901234567890123456.7891']
	])('reads %j in a %s file as %s', (text, unit, value) => {
		expect(shown(parseMoneyEntry(text, unit))).toBe(value);
	});

	it.each([
		['=tariff_uplift * 2', '=tariff_uplift * 2'],
		['  = allocation - 3  ', '=allocation - 3'],
		['=£3 * population', '=£3 * population'],
		// kept as typed, not checked: the caller evaluates formulas
		['=)(', '=)(']
	])('keeps the formula %j as %j', (text, value) => {
		expect(shown(parseMoneyEntry(text, 'm'))).toBe(value);
	});

	it.each(['', '   ', '\t'])('asks for an amount when the cell is empty (%j)', (text) => {
		expect(shown(parseMoneyEntry(text, 'm'))).toEqual({ message: 'Enter an amount, e.g. 1,234.5 or £1.2m' });
	});

	it('asks for an expression after a lone =', () => {
		expect(shown(parseMoneyEntry(' = ', 'm'))).toEqual({
			message: 'Type a formula after =, e.g. =tariff_uplift'
		});
	});

	it('quotes the text and says what is accepted', () => {
		expect(shown(parseMoneyEntry(' 12x ', 'm'))).toEqual({
			message:
				'"12x" is not an amount: type a number such as 1,234.5, (3.4) for a negative, £1.2m or 450k, or a formula starting with ='
		});
	});

	it.each([
		'12x',
		'abc',
		'1,23',
		'12,34,567',
		'1,2345',
		',123',
		'1,234,',
		'1.2.3',
		'1.',
		'.',
		'1e6',
		'2.1%',
		'k',
		'£',
		'£m',
		'(3.4',
		'3.4)',
		'()',
		'--3',
		'+3',
		'3-',
		'£-3',
		'-(3)',
		'(£-1.5m)',
		'3£',
		'$3',
		'1.2mm',
		'1.2km',
		'1.2b',
		'1.2 million',
		'0x10',
		'Infinity',
		'NaN',
		'1 234'
	])('refuses %j', (text) => {
		expect(shown(parseMoneyEntry(text, 'm'))).toEqual({
			message: expect.stringMatching(/^".*" is not an amount: type a number such as 1,234\.5/)
		});
	});

	it.each(['(-3)', '( - £1.5m )', '(\u22123)'])('refuses %j, with both brackets and a minus sign', (text) => {
		expect(shown(parseMoneyEntry(text, 'm'))).toEqual({
			message: `"${text}" has both brackets and a minus sign: use one of them`
		});
	});

	it('refuses more than 30 digits rather than rounding them', () => {
		expect(shown(parseMoneyEntry('1234567890123456789012345678901', 'm'))).toEqual({
			message: '"1234567890123456789012345678901" has more than 30 digits'
		});
		expect(shown(parseMoneyEntry('1.234567890123456789012345678901k', 'm'))).toEqual({
			message: '"1.234567890123456789012345678901k" has more than 30 digits'
		});
	});

	const units = fc.constantFrom<EntryUnit>('gbp', 'k', 'm');
	const suffixes = fc.constantFrom('', 'k', 'm', 'bn', 'K', 'M', 'BN');
	/** 10^power of a unit or suffix. */
	function powerOf(unit: string): number {
		const power = ({ gbp: 0, k: 3, m: 6, bn: 9 } as Record<string, number>)[unit.toLowerCase()];
		if (power === undefined) throw new Error(`no unit ${unit}`);
		return power;
	}

	it('converts any amount, written any accepted way, exactly (property)', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
				fc.integer({ min: 0, max: 6 }),
				suffixes,
				units,
				fc.record({ pound: fc.boolean(), brackets: fc.boolean(), separators: fc.boolean() }),
				(n, dp, suffix, unit, style) => {
					// the number typed is |n| / 10^dp, written to dp places
					const magnitude = n < 0n ? -n : n;
					const whole = magnitude / 10n ** BigInt(dp);
					const fraction = dp === 0 ? '' : `.${(magnitude % 10n ** BigInt(dp)).toString().padStart(dp, '0')}`;
					const digits = `${style.separators ? grouped(whole) : whole.toString()}${fraction}`;
					const body = `${style.pound ? '£' : ''}${digits}${suffix}`;
					const text = n >= 0n ? body : style.brackets ? `(${body})` : `-${body}`;
					// the unit typed: the suffix's, else pounds after a £, else the entry unit
					const typed = suffix !== '' ? powerOf(suffix) : style.pound ? 0 : powerOf(unit);
					const power = typed - powerOf(unit) - dp;
					expect(shown(parseMoneyEntry(text, unit))).toBe(shifted(n, power));
				}
			),
			{ numRuns: 500 }
		);
	});

	it('never throws, and every number it gives is in the canonical form (property)', () => {
		const typed = fc.string({
			unit: fc.constantFrom(...'0123456789.,()-\u2212£kmbnKMB% x'.split('')),
			maxLength: 14
		});
		fc.assert(
			fc.property(typed, units, (text, unit) => {
				const entry = parseMoneyEntry(text, unit);
				if (entry.ok) expect(entry.value).toMatch(CANONICAL);
				else expect(entry.message.length).toBeGreaterThan(0);
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('parseRateEntry', () => {
	it.each([
		['2.1', '2.1'],
		['2.1%', '2.1'],
		[' 2.1 % ', '2.1'],
		['-0.5%', '-0.5'],
		['- 0.5 %', '-0.5'],
		['\u22120.5%', '-0.5'],
		['(0.5)', '-0.5'],
		['(0.5%)', '-0.5'],
		['(0.5)%', '-0.5'],
		['( 0.5 % )', '-0.5'],
		['0', '0'],
		['-0%', '0'],
		['.5%', '0.5'],
		['1.50', '1.5'],
		['100', '100'],
		['1000', '1000'],
		['0.0001', '0.0001'],
		['=tariff_uplift + 0.5%', '=tariff_uplift + 0.5%'],
		['  =2.1%  ', '=2.1%']
	])('reads %j as %j', (text, value) => {
		expect(shown(parseRateEntry(text))).toBe(value);
	});

	it('asks for a rate when the cell is empty', () => {
		expect(shown(parseRateEntry('  '))).toEqual({ message: 'Enter a rate in percent, e.g. 2.1%' });
	});

	it('quotes the text and says what is accepted', () => {
		expect(shown(parseRateEntry('£3'))).toEqual({
			message:
				'"£3" is not a rate: type a percentage such as 2.1 or 2.1% (no £, k, m or commas), -0.5% or (0.5) for a negative, or a formula starting with ='
		});
	});

	it.each([
		'£3',
		'£2.1%',
		'450k',
		'1.2m',
		'2.1k%',
		'1,000',
		'1,000%',
		'2,1',
		'2.1%%',
		'(2.1%)%',
		'%',
		'%2.1',
		'2.1 percent',
		'abc',
		'1.',
		'1.2.3',
		'1e2',
		'(0.5',
		'+2.1'
	])('refuses %j', (text) => {
		expect(shown(parseRateEntry(text))).toEqual({
			message: expect.stringMatching(/^".*" is not a rate: type a percentage such as 2\.1 or 2\.1%/)
		});
	});

	it.each(['(-0.5)', '(-0.5%)'])('refuses %j, with both brackets and a minus sign', (text) => {
		expect(shown(parseRateEntry(text))).toEqual({
			message: `"${text}" has both brackets and a minus sign: use one of them`
		});
	});

	it('reads a rate the same with or without % (property)', () => {
		fc.assert(
			fc.property(
				fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
				fc.integer({ min: 0, max: 6 }),
				(n, dp) => {
					const expected = shifted(n, -dp);
					const text = expected.replace(/^-/, '');
					const negative = n < 0n;
					expect(shown(parseRateEntry(negative ? `-${text}` : text))).toBe(expected);
					expect(shown(parseRateEntry(negative ? `-${text}%` : `${text}%`))).toBe(expected);
					expect(shown(parseRateEntry(negative ? `(${text}%)` : ` ${text} % `))).toBe(expected);
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('parseCountEntry', () => {
	it.each([
		['215000', '215000'],
		['215,000', '215000'],
		[' 1,234,567 ', '1234567'],
		['0', '0'],
		['-0', '0'],
		['007', '7'],
		['=population * 1.01', '=population * 1.01']
	])('reads %j as %j', (text, value) => {
		expect(shown(parseCountEntry(text))).toBe(value);
	});

	it('asks for a whole number when the cell is empty', () => {
		expect(shown(parseCountEntry(''))).toEqual({ message: 'Enter a whole number, e.g. 215,000' });
	});

	it.each(['2.5', '215,000.5', '3.0', '.5'])('refuses the fraction %j', (text) => {
		expect(shown(parseCountEntry(text))).toEqual({
			message: `"${text}" is not a count: a count is a whole number, such as 215,000`
		});
	});

	it.each(['-3', '(3)', '-215,000', '\u22121'])('refuses the negative %j', (text) => {
		expect(shown(parseCountEntry(text))).toEqual({
			message: `"${text}" is not a count: a count cannot be negative`
		});
	});

	it.each(['215k', '£3', '1.2m', '21,50,000', '1,2345', 'abc', '1e5', '3%', '+3', '1 000'])(
		'refuses %j',
		(text) => {
			expect(shown(parseCountEntry(text))).toEqual({
				message: `"${text}" is not a count: type a whole number such as 215,000, or a formula starting with =`
			});
		}
	);

	it('reads any whole number, with or without separators (property)', () => {
		fc.assert(
			fc.property(fc.bigInt({ min: 0n, max: 10n ** 25n }), fc.boolean(), (n, separators) => {
				expect(shown(parseCountEntry(separators ? grouped(n) : n.toString()))).toBe(n.toString());
			}),
			{ numRuns: 300 }
		);
	});
});

describe('parsePerHeadEntry', () => {
	it.each([
		['3', '3'],
		['£3', '3'],
		['£2.50', '2.5'],
		[' £ 2.50 ', '2.5'],
		['£1,200', '1200'],
		['0.5', '0.5'],
		['-1.5', '-1.5'],
		['(£1.5)', '-1.5'],
		['=£3 * 1.02', '=£3 * 1.02']
	])('reads %j as %j', (text, value) => {
		expect(shown(parsePerHeadEntry(text))).toBe(value);
	});

	it('asks for pounds per head when the cell is empty', () => {
		expect(shown(parsePerHeadEntry(' '))).toEqual({ message: 'Enter pounds per head, e.g. £3 or 2.50' });
	});

	it.each([
		['3k', 'k'],
		['£3K', 'K'],
		['£1.2m', 'm'],
		['1bn', 'bn']
	])('refuses %j: per-head rates are in pounds', (text, suffix) => {
		expect(shown(parsePerHeadEntry(text))).toEqual({
			message: `"${text}" is not a per-head rate: per-head rates are in pounds, so leave off the ${suffix}`
		});
	});

	it.each(['abc', '3%', '£', '1,23', '3.', '£3 per head', '(-3)'])('refuses %j', (text) => {
		expect(shown(parsePerHeadEntry(text))).toEqual({
			message: expect.stringMatching(/is not a per-head rate|both brackets and a minus sign/)
		});
	});

	it('reads per-head rates like amounts in a £ file, but never with a suffix (property)', () => {
		const typed = fc.string({ unit: fc.constantFrom(...'0123456789.,()-£% x'.split('')), maxLength: 12 });
		fc.assert(
			fc.property(typed, (text) => {
				expect(parsePerHeadEntry(text)).toEqual(
					parseMoneyEntry(text, 'gbp').ok
						? parseMoneyEntry(text, 'gbp')
						: { ok: false, message: expect.any(String) }
				);
			}),
			{ numRuns: 1000 }
		);
	});
});
