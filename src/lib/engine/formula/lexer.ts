// Splits formula text into tokens with character positions; whitespace and // comments are skipped.
// Never throws: text it cannot read becomes an 'invalid' token carrying the reason.
import { D, type Dec } from '../decimal';

/** A token: `start` inclusive, `end` exclusive, `text` exactly as written. */
export type Token =
	| {
			readonly kind: 'literal';
			readonly unit: 'number' | 'percent' | 'money';
			readonly value: Dec;
			readonly text: string;
			readonly start: number;
			readonly end: number;
	  }
	| {
			readonly kind: 'name' | 'year' | 'punct';
			readonly text: string;
			readonly start: number;
			readonly end: number;
	  }
	| {
			readonly kind: 'invalid';
			readonly message: string;
			readonly text: string;
			readonly start: number;
			readonly end: number;
	  };

const NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*/y;
const WHOLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
const DIGITS = /\d+/y;
// A thousands group: a comma and exactly three digits. Only after a leading group of 1 to 3 digits.
const GROUP = /,\d{3}(?!\d)/y;
const FRACTION = /\.\d+/y;
const YEAR = /\d{4}\/\d{2}(?!\d)/y;
const MONEY_SUFFIX = /(?:bn|k|m)(?![A-Za-z0-9_])/iy;
const WORD = /[A-Za-z0-9_.]*/y;
const SPACE = /\s+/y;
const PUNCTUATION = ['<=', '>=', '==', '!=', '+', '-', '*', '/', '(', ')', '[', ']', ',', '<', '>'];
const SCALE: Record<string, string> = { k: '1000', m: '1000000', bn: '1000000000' };

/** True when `text` is a whole name such as `population` or `north.surplus`. */
export function isValidName(text: string): boolean {
	return WHOLE_NAME.test(text);
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0];
}

/** The digits of a number at `at` (thousands commas removed) and where it ends. */
function readNumber(text: string, at: number): { digits: string; end: number } | undefined {
	const lead = matchAt(DIGITS, text, at);
	if (lead === undefined) return undefined;
	let digits = lead;
	let end = at + lead.length;
	if (lead.length <= 3) {
		for (let group = matchAt(GROUP, text, end); group; group = matchAt(GROUP, text, end)) {
			digits += group.slice(1);
			end += group.length;
		}
	}
	const fraction = matchAt(FRACTION, text, end);
	if (fraction !== undefined) {
		digits += fraction;
		end += fraction.length;
	}
	return { digits, end };
}

/**
 * The tokens of `text`, in order. Thousands separators: a comma between digits is part of the
 * number when the number starts with 1 to 3 digits and the comma is followed by exactly three digits
 * and then no digit (`1,234,567.5`); every other comma separates arguments (`max(1, 234)`, `max(1000,5)`).
 * Inside `[ ]` a `dddd/dd` token is a year label, not a division.
 */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let i = 0;
	const invalid = (start: number, end: number, message: string) => {
		tokens.push({ kind: 'invalid', message, text: text.slice(start, end), start, end });
		i = end;
	};
	while (i < text.length) {
		const space = matchAt(SPACE, text, i);
		if (space !== undefined) {
			i += space.length;
			continue;
		}
		if (text.startsWith('//', i)) {
			const newline = text.indexOf('\n', i);
			i = newline === -1 ? text.length : newline;
			continue;
		}
		const previous = tokens[tokens.length - 1];
		const year = previous?.kind === 'punct' && previous.text === '[' ? matchAt(YEAR, text, i) : undefined;
		if (year !== undefined) {
			tokens.push({ kind: 'year', text: year, start: i, end: i + year.length });
			i += year.length;
			continue;
		}
		const char = text[i]!;
		if (char === '£' || /\d/.test(char)) {
			readAmount(text, i, tokens, invalid);
			i = tokens[tokens.length - 1]!.end;
			continue;
		}
		const name = matchAt(NAME, text, i);
		if (name !== undefined) {
			tokens.push({ kind: 'name', text: name, start: i, end: i + name.length });
			i += name.length;
			continue;
		}
		const punct = PUNCTUATION.find((p) => text.startsWith(p, i));
		if (punct !== undefined) {
			tokens.push({ kind: 'punct', text: punct, start: i, end: i + punct.length });
			i += punct.length;
			continue;
		}
		const width = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
		invalid(i, i + width, unexpectedMessage(text, i, width));
	}
	return tokens;
}

function unexpectedMessage(text: string, at: number, width: number): string {
	const char = text.slice(at, at + width);
	if (char === '=') return 'use == to compare (a single = is not allowed)';
	if (char === '!') return 'use != for "not equal"';
	if (char === '%') return '% must follow a number, as in 2.1%';
	if (char === '.' && /\d/.test(text[at + 1] ?? '')) return 'a number starts with a digit: write 0.5, not .5';
	return `unexpected character "${char}"`;
}

/** Read a number, percent or money literal starting at `start` (a digit or £). */
function readAmount(
	text: string,
	start: number,
	tokens: Token[],
	invalid: (start: number, end: number, message: string) => void
): void {
	const money = text[start] === '£';
	const number = readNumber(text, money ? start + 1 : start);
	if (number === undefined) {
		invalid(start, start + 1, '£ must be followed by an amount, as in £3 or £1.2m');
		return;
	}
	let end = number.end;
	let value = D(number.digits);
	let unit: 'number' | 'percent' | 'money' = money ? 'money' : 'number';
	const suffix = money ? matchAt(MONEY_SUFFIX, text, end) : undefined;
	if (suffix !== undefined) {
		value = value.times(SCALE[suffix.toLowerCase()]!);
		end += suffix.length;
	} else if (text[end] === '%') {
		if (money) {
			invalid(start, end + 1, 'an amount cannot be both £ and %');
			return;
		}
		value = value.div(100);
		unit = 'percent';
		end += 1;
	}
	if (/[A-Za-z_]/.test(text[end] ?? '')) {
		const wordEnd = end + (matchAt(WORD, text, end) ?? '').length;
		const written = text.slice(start, wordEnd);
		const tail = text.slice(number.end, wordEnd);
		let message = 'a number cannot be followed directly by a name: use * to multiply, e.g. 2 * x';
		if (money) message = `"${written}" is not an amount: use k, m or bn, as in £3k, £3m or £3bn`;
		else if (unit === 'number' && /^(?:bn|k|m)$/i.test(tail))
			message = `money needs a £ sign: write £${written}`;
		invalid(start, wordEnd, message);
		return;
	}
	tokens.push({ kind: 'literal', unit, value, text: text.slice(start, end), start, end });
}
