import { describe, expect, it } from 'vitest';
import { referencedNames } from '../../../src/lib/engine/formula';
import { ast } from './helpers';

describe('referencedNames', () => {
	it.each([
		['1 + £2', []],
		['population', ['population']],
		['£3 * population', ['population']],
		['qipp / allocation + qipp', ['qipp', 'allocation']],
		['b + a + b + c', ['b', 'a', 'c']],
		['-x[2018/19]', ['x']],
		['if(a > b, c, d)', ['a', 'b', 'c', 'd']],
		['sum(x) + max(y, z)', ['x', 'y', 'z']],
		['prev(surplus, opening)', ['surplus', 'opening']],
		['north.surplus + south.surplus', ['north.surplus', 'south.surplus']],
		['sum + 1', ['sum']],
		['a // b is not used\n+ c', ['a', 'c']]
	])('referencedNames(%j) is %j', (text, expected) => {
		expect(referencedNames(ast(text))).toEqual(expected);
	});
});
