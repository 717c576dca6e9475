// Cells as a graph of named values. Diagrams in comments: an arrow points from a cell to what it reads.
import { describe, expect, it } from 'vitest';
import { evaluateCells } from '../../../src/lib/engine/cells/evaluate';
import { buildGraph } from '../../../src/lib/engine/cells/graph';
import type { CellDef, Provider } from '../../../src/lib/engine/cells/types';
import { D } from '../../../src/lib/engine/decimal';
import type { Value } from '../../../src/lib/engine/formula/index';

const YEARS = ['2017/18', '2018/19'];
const f = (name: string, text: string): CellDef => ({ id: name, name, source: { kind: 'formula', text } });
const money = (name: string, value: string): CellDef => ({
	id: name,
	name,
	source: { kind: 'input', unit: 'money', value: D(value) }
});

/** `{value}` as text, or `{error}` code and message, so each assertion is one line. */
function show(v: Value | undefined): string {
	if (v === undefined) return 'undefined';
	if (v.kind === 'error') return `error ${v.code}: ${v.message}`;
	if (v.kind === 'scalar') return `${v.value.toString()} ${v.unit}`;
	return `[${v.values.map((x) => x.toString()).join(', ')}] ${v.unit}`;
}

const run = (cells: CellDef[], providers: Provider[] = []) => {
	const values = evaluateCells(YEARS, cells, providers);
	return (name: string) => show(values.byName.get(name));
};

describe('buildGraph(nodes)', () => {
	it('orders every node after the nodes it reads', () => {
		// c -> b -> a
		const graph = buildGraph([
			{ key: 'c', defines: ['c'], reads: ['b'] },
			{ key: 'b', defines: ['b'], reads: ['a'] },
			{ key: 'a', defines: ['a'], reads: [] }
		]);
		expect(graph.order).toEqual(['a', 'b', 'c']);
	});

	it('names the loop on every member of a cycle, and keeps nodes outside it', () => {
		// a -> b -> c -> a ; d -> a
		const graph = buildGraph([
			{ key: 'a', defines: ['a'], reads: ['b'] },
			{ key: 'b', defines: ['b'], reads: ['c'] },
			{ key: 'c', defines: ['c'], reads: ['a'] },
			{ key: 'd', defines: ['d'], reads: ['a'] }
		]);
		expect(graph.cycles.get('a')).toEqual(['a', 'b', 'c', 'a']);
		expect(graph.cycles.get('c')).toEqual(['c', 'a', 'b', 'c']);
		expect(graph.order).toEqual(['d']);
	});

	it('handles a chain of 10,000 without overflowing the stack', () => {
		const nodes = Array.from({ length: 10_000 }, (_, i) => ({
			key: `c${i}`,
			defines: [`c${i}`],
			reads: i === 0 ? [] : [`c${i - 1}`]
		}));
		expect(buildGraph(nodes).order.at(-1)).toBe('c9999');
	});
});

describe('evaluateCells(years, cells)', () => {
	it('evaluates formulas over inputs, in any definition order', () => {
		const get = run([
			f('per_head', '£3 * population'),
			{ id: 'p', name: 'population', source: { kind: 'input', unit: 'count', value: [D(220000), D(222000)] } }
		]);
		expect(get('per_head')).toBe('[660000, 666000] money');
	});

	it('gives an undefined name as an error value naming it', () => {
		expect(run([f('a', 'b + 1')])('a')).toMatch(/^error undefined-name: .*"?b"?/);
	});

	it('marks every member of a cycle with the loop, and readers with an upstream error', () => {
		const get = run([f('a', 'b + 1'), f('b', 'a + 1'), f('c', 'a * 2')]);
		expect(get('a')).toBe('error cycle: circular definition: a -> b -> a');
		expect(get('b')).toBe('error cycle: circular definition: b -> a -> b');
		expect(get('c')).toMatch(/^error upstream: .*a/);
	});

	it('marks a self-reference as a cycle', () => {
		expect(run([f('a', 'a + 1')])('a')).toBe('error cycle: circular definition: a -> a');
	});

	it('gives a duplicate name an error, and its readers an upstream error', () => {
		const values = evaluateCells(YEARS, [
			money('x', '1'),
			{ ...money('x', '2'), id: 'x2' },
			f('y', 'x + £1')
		]);
		expect(show(values.byName.get('x'))).toBe('error duplicate-name: "x" is defined more than once');
		expect(show(values.byCell.get('x2'))).toBe('error duplicate-name: "x" is defined more than once');
		expect(show(values.byName.get('y'))).toMatch(/^error upstream/);
	});

	it('keeps a parse error in its cell and the rest live', () => {
		const get = run([f('bad', '1 +'), money('good', '5'), f('twice', 'good * 2')]);
		expect(get('bad')).toMatch(/^error parse/);
		expect(get('twice')).toBe('10 money');
	});

	it('reads names a provider defines, and feeds it the cells it reads', () => {
		// share -> surplus -> (model) -> growth
		const model: Provider = {
			key: 'model',
			defines: ['surplus'],
			reads: ['growth'],
			compute: (lookup) => {
				const growth = lookup('growth');
				return new Map([
					[
						'surplus',
						growth?.kind === 'scalar'
							? { kind: 'scalar' as const, value: growth.value.times(2), unit: 'money' as const }
							: { kind: 'error' as const, code: 'upstream' as const, message: 'growth' }
					]
				]);
			}
		};
		const get = run([money('growth', '10'), f('share', 'surplus / £100')], [model]);
		expect(get('surplus')).toBe('20 money');
		expect(get('share')).toBe('0.2 number');
	});

	it('finds a cycle through a provider: a cell feeding the model that reads its result', () => {
		const model: Provider = {
			key: 'model',
			defines: ['surplus'],
			reads: ['growth'],
			compute: () => new Map()
		};
		const get = run([f('growth', 'surplus * 1%')], [model]);
		expect(get('growth')).toBe('error cycle: circular definition: growth -> the model -> growth');
		expect(get('surplus')).toBe('error cycle: circular definition: the model -> growth -> the model');
	});
});
