import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFormula, referencedNames, renameInFormula } from '../../../src/lib/engine/formula';
import { formulaText } from './arbitraries';

describe('renameInFormula', () => {
	it.each([
		['pop * £3', 'pop', 'population', 'population * £3'],
		['pop*£3+pop', 'pop', 'population', 'population*£3+population'],
		['  pop\t*  £3  ', 'pop', 'population', '  population\t*  £3  '],
		['pop * £3 // pop from ONS, pop', 'pop', 'population', 'population * £3 // pop from ONS, pop'],
		['a // a\n+ a', 'a', 'b', 'b // a\n+ b'],
		['pop_x + popx + xpop + pop', 'pop', 'p', 'pop_x + popx + xpop + p'],
		['north.surplus + north', 'north', 'n', 'north.surplus + n'],
		['north.surplus + surplus', 'surplus', 's', 'north.surplus + s'],
		['north.surplus + south.surplus', 'north.surplus', 'north.closing', 'north.closing + south.surplus'],
		['x[2018/19] + prev(x, £0)', 'x', 'cost', 'cost[2018/19] + prev(cost, £0)'],
		['sum(sum) + sum', 'sum', 'total', 'sum(total) + total'],
		['£450k + k + m', 'k', 'thousand', '£450k + thousand + m'],
		['a + (b', 'a', 'c', 'c + (b'],
		['a + # + a', 'a', 'c', 'c + # + c'],
		['a + b', 'a', 'a', 'a + b'],
		['a + b', 'a', '2bad', 'a + b'],
		['a + b', 'not valid', 'c', 'a + b'],
		['a + b', 'z', 'c', 'a + b']
	])('renameInFormula(%j, %j, %j) is %j', (text, from, to, expected) => {
		expect(renameInFormula(text, from, to)).toBe(expected);
	});

	it('renameInFormula keeps every other character: the text outside renamed names is unchanged (property)', () => {
		fc.assert(
			fc.property(formulaText, (text) => {
				const renamed = renameInFormula(text, 'a', 'a_renamed');
				expect(renamed.replaceAll('a_renamed', 'a')).toBe(text.replaceAll('a_renamed', 'a'));
			})
		);
	});

	it('parseFormula(renameInFormula(t, a, b)) references b wherever t referenced a (property)', () => {
		const names = fc.constantFrom('a', 'b', 'pop', 'north.surplus', 'sum', 'x_1');
		fc.assert(
			fc.property(formulaText, names, names, (text, from, to) => {
				const before = parseFormula(text);
				const after = parseFormula(renameInFormula(text, from, to));
				expect(after.ok).toBe(before.ok);
				if (!before.ok || !after.ok) return;
				const expected = [...new Set(referencedNames(before.ast).map((n) => (n === from ? to : n)))];
				expect(referencedNames(after.ast)).toEqual(expected);
			}),
			{ numRuns: 500 }
		);
	});
});
