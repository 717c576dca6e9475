import { describe, expect, it } from 'vitest';
import { isValidName, tokenize, type Token } from '../../../src/lib/engine/formula/lexer';

/** Tokens in one line: literals as value:unit, others as text (invalid ones as !text). */
function view(text: string): string {
	return tokenize(text)
		.map((t: Token) =>
			t.kind === 'literal' ? `${t.value.toString()}:${t.unit}` : t.kind === 'invalid' ? `!${t.text}` : t.text
		)
		.join(' ');
}

describe('tokenize', () => {
	it('tokenize(text) keeps each token as written with its start and end', () => {
		expect(tokenize('£1.2m * (rate + 2.1%)').map((t) => [t.kind, t.text, t.start, t.end])).toEqual([
			['literal', '£1.2m', 0, 5],
			['punct', '*', 6, 7],
			['punct', '(', 8, 9],
			['name', 'rate', 9, 13],
			['punct', '+', 14, 15],
			['literal', '2.1%', 16, 20],
			['punct', ')', 20, 21]
		]);
	});

	it.each([
		['1,234', '1234:number'],
		['1,234,567.5', '1234567.5:number'],
		['12,345', '12345:number'],
		['999,000', '999000:number'],
		['1,2345', '1:number , 2345:number'],
		['1234,567', '1234:number , 567:number'],
		['1, 234', '1:number , 234:number'],
		['12,34', '12:number , 34:number'],
		['1,234,56', '1234:number , 56:number'],
		['1.5,234', '1.5:number , 234:number'],
		['max(1,234)', 'max ( 1234:number )'],
		['max(1000,500)', 'max ( 1000:number , 500:number )']
	])('tokenize(%j) reads thousands separators and argument commas as %j', (text, expected) => {
		expect(view(text)).toBe(expected);
	});

	it.each([
		['£3', '3:money'],
		['£1.2m', '1200000:money'],
		['£1.2M', '1200000:money'],
		['£450k', '450000:money'],
		['£2bn', '2000000000:money'],
		['£1,234.5k', '1234500:money'],
		['£0.000001m', '1:money'],
		['2.1%', '0.021:percent'],
		['100%', '1:percent'],
		['0.5%', '0.005:percent'],
		['1,000%', '10:percent'],
		['12', '12:number'],
		['1234.5', '1234.5:number'],
		['0.1', '0.1:number']
	])('tokenize(%j) reads the literal exactly as %j', (text, expected) => {
		expect(view(text)).toBe(expected);
	});

	it.each([
		['x[2018/19]', 'x [ 2018/19 ]'],
		['x[ 2018/19 ]', 'x [ 2018/19 ]'],
		['2018/19', '2018:number / 19:number'],
		['x[2018/19] / 2018/19', 'x [ 2018/19 ] / 2018:number / 19:number'],
		['x[2018/190]', 'x [ 2018:number / 190:number ]']
	])('tokenize(%j) reads a year label only right after [ (%j)', (text, expected) => {
		expect(view(text)).toBe(expected);
	});

	it.each([
		['a // the source: ONS 2017', 'a'],
		['a // b\n+ c', 'a + c'],
		['// all comment', ''],
		['a / b // c / d', 'a / b'],
		['a\t+\r\nb', 'a + b']
	])('tokenize(%j) skips comments and whitespace (%j)', (text, expected) => {
		expect(view(text)).toBe(expected);
	});

	it.each([
		['north.surplus', 'north.surplus'],
		['a.b.c_2', 'a.b.c_2'],
		['_x1', '_x1'],
		['a._b', 'a !. _b'],
		['a.5', 'a !. 5:number'],
		['a. b', 'a !. b']
	])('tokenize(%j) continues a name over a dot only before a letter (%j)', (text, expected) => {
		expect(view(text)).toBe(expected);
	});

	it.each([
		['a = b', '=', 'use == to compare (a single = is not allowed)'],
		['!a', '!', 'use != for "not equal"'],
		['(1)%', '%', '% must follow a number, as in 2.1%'],
		['.5', '.', 'a number starts with a digit: write 0.5, not .5'],
		['£ 3', '£', '£ must be followed by an amount, as in £3 or £1.2m'],
		['£-3', '£', '£ must be followed by an amount, as in £3 or £1.2m'],
		['450k', '450k', 'money needs a £ sign: write £450k'],
		['2x', '2x', 'a number cannot be followed directly by a name: use * to multiply, e.g. 2 * x'],
		['£3mn', '£3mn', '"£3mn" is not an amount: use k, m or bn, as in £3k, £3m or £3bn'],
		['£3%', '£3%', 'an amount cannot be both £ and %'],
		['a # b', '#', 'unexpected character "#"'],
		['a 😀 b', '😀', 'unexpected character "😀"']
	])('tokenize(%j) makes an invalid token %j with a reason', (text, bad, reason) => {
		const invalid = tokenize(text).find((t) => t.kind === 'invalid');
		expect(invalid).toMatchObject({ text: bad, message: reason });
	});

	it('tokenize(text) carries on after an invalid token', () => {
		expect(view('a # b')).toBe('a !# b');
	});
});

describe('isValidName', () => {
	it.each([
		['population', true],
		['north.surplus', true],
		['_tmp2', true],
		['a.b.c', true],
		['2a', false],
		['a.', false],
		['a._b', false],
		['a b', false],
		['', false],
		['£3', false]
	])('isValidName(%j) is %s', (text, expected) => {
		expect(isValidName(text)).toBe(expected);
	});
});
