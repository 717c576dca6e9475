import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_NESTING, parseFormula, type Expr } from '../../../src/lib/engine/formula';
import { ast } from './helpers';

/** A syntax tree as an s-expression: '(+ 1 (* 2 3))'. */
function sexpr(node: Expr): string {
	switch (node.kind) {
		case 'literal':
			return node.text;
		case 'name':
			return node.name;
		case 'negate':
			return `(- ${sexpr(node.operand)})`;
		case 'binary':
			return `(${node.op} ${sexpr(node.left)} ${sexpr(node.right)})`;
		case 'call':
			return `(${[node.name, ...node.args.map(sexpr)].join(' ')})`;
		case 'index':
			return `${sexpr(node.target)}[${node.year}]`;
	}
}

function parseError(text: string) {
	const parsed = parseFormula(text);
	if (parsed.ok) throw new Error(`${text} parsed`);
	return parsed.error;
}

describe('parseFormula', () => {
	it.each([
		['1 + 2 * 3', '(+ 1 (* 2 3))'],
		['(1 + 2) * 3', '(* (+ 1 2) 3)'],
		['a - b - c', '(- (- a b) c)'],
		['a / b / c', '(/ (/ a b) c)'],
		['a * b / c', '(/ (* a b) c)'],
		['-a * b', '(* (- a) b)'],
		['--a', '(- (- a))'],
		['a - -b', '(- a (- b))'],
		['a + b < c * d', '(< (+ a b) (* c d))'],
		['a <= b', '(<= a b)'],
		['a >= b', '(>= a b)'],
		['a == b', '(== a b)'],
		['a != b', '(!= a b)'],
		['a > b', '(> a b)'],
		['x[2018/19] * 2', '(* x[2018/19] 2)'],
		['-x[2018/19]', '(- x[2018/19])'],
		['(a + b)[2019/20]', '(+ a b)[2019/20]'],
		['prev(x, £0)[2019/20]', '(prev x £0)[2019/20]'],
		['if(a > b, 1, 2)', '(if (> a b) 1 2)'],
		['max(1,234, 5)', '(max 1,234 5)'],
		['max(1, 234)', '(max 1 234)'],
		['sum(a)', '(sum a)'],
		['sum + 1', '(+ sum 1)'],
		['north.surplus / allocation', '(/ north.surplus allocation)'],
		['£3 * population // per head, 2017/18 rate', '(* £3 population)'],
		['a\n// why: the ONS projection\n+ b', '(+ a b)'],
		['1 // ( not a bracket', '1']
	])('parseFormula(%j) builds %s', (text, expected) => {
		expect(sexpr(ast(text))).toBe(expected);
	});

	it('parseFormula(text) keeps literal text as written and spans as character offsets', () => {
		const tree = ast(' 1,234.5 + round(x, 2)[2018/19]');
		expect(tree).toMatchObject({
			kind: 'binary',
			span: { start: 1, end: 31 },
			left: { kind: 'literal', text: '1,234.5', span: { start: 1, end: 8 } },
			right: { kind: 'index', year: '2018/19', span: { start: 11, end: 31 } }
		});
		if (tree.kind === 'binary' && tree.right.kind === 'index') {
			expect(tree.right.target.span).toEqual({ start: 11, end: 22 });
		}
	});

	it.each([
		['', 'the formula is empty', 0, 0],
		['   ', 'the formula is empty', 0, 3],
		['// only a note', 'the formula is empty', 0, 14],
		['1 +', 'unexpected end of the formula: expected a value', 3, 3],
		['1 + * 2', 'expected a value, found "*"', 4, 5],
		['(1 + 2', 'expected ")" to close the "(" at character 1', 6, 6],
		['(1 + 2 3', 'expected ")" to close the "(" at character 1', 7, 8],
		['1 2', 'expected an operator such as + or * before "2"', 2, 3],
		['£3 population', 'expected an operator such as + or * before name "population"', 3, 13],
		['a (b)', 'unknown function "a" (functions: if, min, max, abs, round, sum, prev, cumulative)', 0, 1],
		['1 )', 'unexpected ")"', 2, 3],
		[')', 'expected a value, found ")"', 0, 1],
		['foo(1)', 'unknown function "foo" (functions: if, min, max, abs, round, sum, prev, cumulative)', 0, 3],
		['round(1)', 'round needs 2 arguments: round(x, dp), got 1', 0, 8],
		[
			'round(1,234)',
			'round needs 2 arguments: round(x, dp), got 1 (1,234 is one number: put a space after a comma between arguments)',
			0,
			12
		],
		['prev(x)', 'prev needs 2 arguments: prev(x, first), got 1', 0, 7],
		['if(a, b)', 'if needs 3 arguments: if(condition, then, else), got 2', 0, 8],
		['abs(1, 2)', 'abs needs 1 argument: abs(x), got 2', 0, 9],
		['sum()', 'sum needs at least 1 argument: sum(a, b, ...), got 0', 0, 5],
		['max(1 2)', 'expected "," or ")" in max(...), found "2"', 6, 7],
		['max(1, 2', 'expected ")" to close max(', 8, 8],
		['x[1]', 'expected a year such as 2018/19 inside [ ]', 2, 3],
		['x[]', 'expected a year such as 2018/19 inside [ ]', 2, 3],
		['x[2018/19', 'expected "]" after the year', 9, 9],
		['x[2018/19 + 1]', 'expected "]" after the year', 10, 11],
		['1 < 2 < 3', 'comparisons cannot be chained: compare two values, and use if(...) to combine', 6, 7],
		['a = b', 'use == to compare (a single = is not allowed)', 2, 3],
		['a + 2x', 'a number cannot be followed directly by a name: use * to multiply, e.g. 2 * x', 4, 6],
		['a + #', 'unexpected character "#"', 4, 5],
		['£', '£ must be followed by an amount, as in £3 or £1.2m', 0, 1],
		['a.', 'unexpected character "."', 1, 2],
		['1 % 2', '% must follow a number, as in 2.1%', 2, 3]
	])('parseFormula(%j) is a parse error %j at %i..%i', (text, message, start, end) => {
		expect(parseError(text)).toEqual({ kind: 'error', code: 'parse', message, position: { start, end } });
	});

	it('parseFormula(text) reports the leftmost problem first', () => {
		expect(parseError('1 + ) #').position).toEqual({ start: 4, end: 5 });
	});

	it(`parseFormula(text) accepts ${MAX_NESTING} levels of brackets and refuses one more`, () => {
		const nest = (n: number) => '('.repeat(n) + '1' + ')'.repeat(n);
		expect(parseFormula(nest(MAX_NESTING - 1)).ok).toBe(true);
		expect(parseError(nest(MAX_NESTING + 1)).message).toBe(
			`the formula nests more than ${MAX_NESTING} levels deep: split it into named values`
		);
	});

	it('parseFormula(text) refuses deep unary minus and nested calls with a parse error, not a stack overflow', () => {
		expect(parseError('-'.repeat(100_000) + '1').code).toBe('parse');
		expect(parseError('abs('.repeat(10_000) + '1' + ')'.repeat(10_000)).code).toBe('parse');
		expect(parseError('('.repeat(100_000)).code).toBe('parse');
	});

	it(`parseFormula(text) accepts a chain ${MAX_DEPTH - 1} operations long and refuses a longer one`, () => {
		expect(parseFormula('1' + ' + 1'.repeat(MAX_DEPTH - 1)).ok).toBe(true);
		expect(parseError('1' + ' + 1'.repeat(MAX_DEPTH)).message).toBe(
			`the formula is more than ${MAX_DEPTH} operations deep: split it into named values or use sum(a, b, ...)`
		);
	});

	it('parseFormula(text) accepts a wide formula: sum of 10,000 arguments', () => {
		const text = `sum(${Array.from({ length: 10_000 }, (_, i) => `a${i}`).join(', ')})`;
		expect(parseFormula(text).ok).toBe(true);
	});
});
