// fast-check arbitraries for formula text: well-formed formulas (with comments and odd spacing).
import fc from 'fast-check';

const space = fc.constantFrom('', ' ', '  ', '\t', '\n', ' // note a\n');
const name = fc.constantFrom('a', 'b', 'pop', 'north.surplus', 'sum', 'x_1', 'rate', 'flags');
const literal = fc.constantFrom('0', '1', '12', '1,234.5', '2.1%', '£3', '£1.2m', '£450k', '0.5');
const year = fc.constantFrom('2017/18', '2018/19', '2030/31');
const op = fc.constantFrom('+', '-', '*', '/', '<', '==', '>=');

/** Syntactically valid formula text built from the grammar (names a, b, pop, north.surplus, ...). */
export const formulaText: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
	expr: fc.oneof(
		{ depthSize: 'small', withCrossShrink: true },
		literal,
		name,
		fc
			.tuple(tie('expr'), space, fc.constantFrom('+', '-', '*', '/'), space, tie('expr'))
			.map(([l, s1, o, s2, r]) => `(${l}${s1}${o}${s2}${r})`),
		fc.tuple(tie('expr'), op, tie('expr')).map(([l, o, r]) => `(${l} ${o} ${r})`),
		tie('expr').map((e) => `-${e}`),
		fc.tuple(name, year).map(([n, y]) => `${n}[${y}]`),
		fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `max(${a}, ${b})`),
		fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `if(${c}, ${a}, ${b})`),
		fc.tuple(name, tie('expr')).map(([n, d]) => `prev(${n}, ${d})`),
		name.map((n) => `cumulative(${n})`),
		tie('expr').map((e) => `sum(${e})`),
		tie('expr').map((e) => `round(${e}, 2)`)
	)
})).expr;
