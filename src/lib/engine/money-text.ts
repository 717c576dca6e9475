// The grammar of amounts written as text, shared by every reader of them: published tables
// (parse-amount.ts), grid cells (notebook/entry.ts) and formulas (formula/lexer.ts). Pure: it
// says what was written; each reader words its own messages and decides what it accepts.
import { D, type Dec } from './decimal';
import { UNIT_POWER, type MoneyUnit } from './units';

/** The powers of ten the suffixes k, m and bn multiply by (any case: "1.2M" is 1,200,000). */
const SUFFIX_POWER = { k: 3, m: 6, bn: 9 } as const;

/** The digits of a number as written, thousands commas removed, and where it ends in the text. */
export interface WrittenNumber {
	/** Digits before the point ('' for ".5"). */
	readonly whole: string;
	/** Digits after the point ('' for none). */
	readonly fraction: string;
	/** Whether thousands commas were written. */
	readonly grouped: boolean;
	readonly end: number;
}

// Character codes, not regexes: the formula lexer scans every number of every formula on each
// full evaluation, and regex matches allocate.
const isDigit = (code: number) => code >= 48 && code <= 57;
const isWordChar = (code: number) =>
	isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

function digitsEnd(text: string, at: number): number {
	let end = at;
	while (isDigit(text.charCodeAt(end))) end++;
	return end;
}

/**
 * The number written at `at`: digits, then thousands groups (a comma and exactly three digits, and
 * only after a first group of one to three digits: `1,234,567`), then a fraction (a point and at
 * least one digit). A point with no digit before it (`.5`) is a number here; formulas, which want
 * `0.5`, only call this at a digit. Undefined when no number starts at `at`.
 * @example scanNumber('£1,234.5m', 1) // { whole: '1234', fraction: '5', grouped: true, end: 8 }
 */
export function scanNumber(text: string, at: number): WrittenNumber | undefined {
	const leadEnd = digitsEnd(text, at);
	let whole = text.slice(at, leadEnd);
	let end = leadEnd;
	let grouped = false;
	if (leadEnd > at && leadEnd - at <= 3) {
		while (text.charCodeAt(end) === 44 && digitsEnd(text, end + 1) === end + 4) {
			whole += text.slice(end + 1, end + 4);
			end += 4;
			grouped = true;
		}
	}
	let fraction = '';
	if (text.charCodeAt(end) === 46) {
		const fractionEnd = digitsEnd(text, end + 1);
		if (fractionEnd > end + 1) {
			fraction = text.slice(end + 1, fractionEnd);
			end = fractionEnd;
		}
	}
	return end > at ? { whole, fraction, grouped, end } : undefined;
}

/**
 * The money suffix at `at` (k, m or bn, any case) and the power of ten it multiplies by, when no
 * letter, digit or _ follows it (`£3kx` has no suffix; it is a mistake).
 */
export function scanSuffix(text: string, at: number): { power: number; end: number } | undefined {
	const first = text.charCodeAt(at) | 32; // lower case, for letters
	const second = text.charCodeAt(at + 1) | 32;
	const [power, end] =
		first === 98 /* b */ && second === 110 /* n */
			? [SUFFIX_POWER.bn, at + 2]
			: first === 107 /* k */
				? [SUFFIX_POWER.k, at + 1]
				: first === 109 /* m */
					? [SUFFIX_POWER.m, at + 1]
					: [0, at];
	return end > at && !isWordChar(text.charCodeAt(end)) ? { power, end } : undefined;
}

/** What a whole text says as an amount (see readAmountText). */
export interface AmountText extends Omit<WrittenNumber, 'end'> {
	readonly negative: boolean;
	/** Whether a £ was written. */
	readonly pound: boolean;
	/** The suffix as typed ('' for none) and its power of ten (0 for none). */
	readonly suffix: string;
	readonly power: number;
	/** Whether it ends in % (instead of a suffix). */
	readonly percent: boolean;
}

/**
 * Reads a whole text as an amount: a sign (brackets around the rest, or a leading minus, ASCII or
 * U+2212; not both), an optional £ and spaces, a number (scanNumber), then optional spaces and a
 * k/m/bn suffix or a %. Spaces around each part are ignored.
 * @example readAmountText('(£1.2m)') // { negative: true, pound: true, whole: '1', fraction: '2', suffix: 'm', power: 6, ... }
 * @example readAmountText('(-3)') // { error: 'both signs' }
 */
export function readAmountText(text: string): AmountText | { error: 'both signs' | 'not an amount' } {
	let body = text.trim();
	let negative = false;
	const bracketed = /^\((.*)\)$/s.exec(body);
	if (bracketed) {
		negative = true;
		body = (bracketed[1] ?? '').trim();
	}
	if (body.startsWith('-') || body.startsWith('\u2212')) {
		if (negative) return { error: 'both signs' };
		negative = true;
		body = body.slice(1).trim();
	}
	const pound = body.startsWith('£');
	const start = pound ? body.length - body.slice(1).trimStart().length : 0;
	const number = scanNumber(body, start);
	if (number === undefined) return { error: 'not an amount' };
	const after = body.length - body.slice(number.end).trimStart().length;
	const suffix = scanSuffix(body, after);
	const percent = suffix === undefined && body.charCodeAt(after) === 37; /* % */
	const end = suffix?.end ?? (percent ? after + 1 : number.end);
	if (end !== body.length) return { error: 'not an amount' };
	const { whole, fraction, grouped } = number;
	return {
		negative,
		pound,
		whole,
		fraction,
		grouped,
		suffix: body.slice(after, suffix?.end ?? after),
		power: suffix?.power ?? 0,
		percent
	};
}

/** The number written, unsigned and unscaled: "1,234.5" is 1234.5. */
export function writtenValue(number: Pick<WrittenNumber, 'whole' | 'fraction'>): Dec {
	return D(
		`${number.whole === '' ? '0' : number.whole}${number.fraction === '' ? '' : `.${number.fraction}`}`
	);
}

/** `value` times 10^places, exactly (for any amount of up to 50 significant digits). */
export function shiftPoint(value: Dec, places: number): Dec {
	return value.times(D(10).pow(places));
}

/**
 * The amount an AmountText spells, in `unit`: a suffix names the unit typed (`450k` is thousands), a
 * £ with no suffix means pounds (`£3`), and plain digits are already in `unit`.
 * @example amountIn(parts of '450k', 'm').toString() // '0.45'
 */
export function amountIn(amount: AmountText, unit: MoneyUnit): Dec {
	const typed = amount.suffix !== '' ? amount.power : amount.pound ? 0 : UNIT_POWER[unit];
	const value = shiftPoint(writtenValue(amount), typed - UNIT_POWER[unit]);
	return amount.negative ? value.neg() : value;
}
