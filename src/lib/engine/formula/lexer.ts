// Splits formula text into tokens with character positions; whitespace and // comments are skipped.
// Never throws: text it cannot read becomes an 'invalid' token carrying the reason.
import type { Dec } from '../decimal';
import { scanNumber, scanSuffix, shiftPoint, writtenValue } from '../money-text';
import { yearAt } from '../years';

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

const WHOLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
const WORD = /[A-Za-z0-9_.]*/y;
const SPACE = /\s+/y;
const PUNCTUATION = ['<=', '>=', '==', '!=', '+', '-', '*', '/', '(', ')', '[', ']', ',', '<', '>'];

/** True when `text` is a whole name such as `population` or `north.surplus`. */
export function isValidName(text: string): boolean {
	return WHOLE_NAME.test(text);
}

function matchAt(pattern: RegExp, text: string, at: number): string | undefined {
	pattern.lastIndex = at;
	return pattern.exec(text)?.[0];
}

// The hot scanners below test character codes instead of running a regex per token: every
// formula of a notebook is lexed on each full evaluation, and regex matches allocate.

/** ASCII digit (what \d matches). NaN (past the end) is not a digit. */
function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** [A-Za-z] */
function isLetter(code: number): boolean {
	return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** [A-Za-z0-9_] */
function isWordChar(code: number): boolean {
	return isLetter(code) || isDigit(code) || code === 95;
}

/** Where the name starting at `at` ends: [A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*, or `at`. */
function nameEnd(text: string, at: number): number {
	const first = text.charCodeAt(at);
	if (!isLetter(first) && first !== 95) return at;
	let end = at + 1;
	for (;;) {
		while (isWordChar(text.charCodeAt(end))) end++;
		if (text.charCodeAt(end) !== 46 || !isLetter(text.charCodeAt(end + 1))) return end;
		end += 2;
	}
}

/**
 * Where the whitespace (what \s matches) starting at `at` ends. ASCII is tested directly; any
 * other character goes through the regex, so Unicode spaces still count.
 */
function spaceEnd(text: string, at: number): number {
	let end = at;
	for (;;) {
		const code = text.charCodeAt(end);
		if (code === 32 || (code >= 9 && code <= 13)) end++;
		else if (code > 127) {
			const more = matchAt(SPACE, text, end);
			if (more === undefined) return end;
			end += more.length;
		} else return end;
	}
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
		const afterSpace = spaceEnd(text, i);
		if (afterSpace > i) {
			i = afterSpace;
			continue;
		}
		if (text.startsWith('//', i)) {
			const newline = text.indexOf('\n', i);
			i = newline === -1 ? text.length : newline;
			continue;
		}
		const previous = tokens[tokens.length - 1];
		const year = previous?.kind === 'punct' && previous.text === '[' ? yearAt(text, i) : undefined;
		if (year !== undefined) {
			tokens.push({ kind: 'year', text: year, start: i, end: i + year.length });
			i += year.length;
			continue;
		}
		const code = text.charCodeAt(i);
		if (code === 163 /* £ */ || isDigit(code)) {
			readAmount(text, i, tokens, invalid);
			i = tokens[tokens.length - 1]!.end;
			continue;
		}
		const end = nameEnd(text, i);
		if (end > i) {
			tokens.push({ kind: 'name', text: text.slice(i, end), start: i, end });
			i = end;
			continue;
		}
		const punct = punctuationAt(text, i);
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

/** The operator or bracket at `at`, if any (two-character operators first). */
function punctuationAt(text: string, at: number): string | undefined {
	for (const p of PUNCTUATION) if (text.startsWith(p, at)) return p;
	return undefined;
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
	// A number in a formula starts with a digit (".5" is refused with a hint); otherwise the
	// grammar of amounts is money-text.ts's.
	const from = money ? start + 1 : start;
	const number = isDigit(text.charCodeAt(from)) ? scanNumber(text, from) : undefined;
	if (number === undefined) {
		invalid(start, start + 1, '£ must be followed by an amount, as in £3 or £1.2m');
		return;
	}
	let end = number.end;
	let value: Dec = writtenValue(number);
	let unit: 'number' | 'percent' | 'money' = money ? 'money' : 'number';
	const suffix = money ? scanSuffix(text, end) : undefined;
	if (suffix !== undefined) {
		value = shiftPoint(value, suffix.power);
		end = suffix.end;
	} else if (text[end] === '%') {
		if (money) {
			invalid(start, end + 1, 'an amount cannot be both £ and %');
			return;
		}
		value = value.div(100);
		unit = 'percent';
		end += 1;
	}
	const after = text.charCodeAt(end);
	if (isLetter(after) || after === 95) {
		const wordEnd = end + (matchAt(WORD, text, end) ?? '').length;
		const written = text.slice(start, wordEnd);
		let message = 'a number cannot be followed directly by a name: use * to multiply, e.g. 2 * x';
		if (money) message = `"${written}" is not an amount: use k, m or bn, as in £3k, £3m or £3bn`;
		else if (unit === 'number' && scanSuffix(text, number.end)?.end === wordEnd)
			message = `money needs a £ sign: write £${written}`;
		invalid(start, wordEnd, message);
		return;
	}
	tokens.push({ kind: 'literal', unit, value, text: text.slice(start, end), start, end });
}
