// json-path.ts: input paths (dotted, items by id) and readable paths (for messages) into a model file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dottedPath,
	formatKey,
	formatPath,
	parsePath,
	readAt,
	setAtPath,
	splitYear
} from '../../../src/lib/model/json-path';

const YEARS = ['2017/18', '2018/19'];

/** A small model-shaped file: an array of items with ids, a rate written once, a per-year map. */
const file = () => ({
	organisations: [
		{
			id: 'north',
			costLines: [
				{ id: 'acute', base: '306.3', inflation: '2.1', growth: { '2017/18': '1', '2018/19': '2' } }
			]
		},
		{ id: 'south', costLines: [] }
	],
	cells: [{ id: 'uplift', value: '=1%' }]
});

describe('parsePath and splitYear', () => {
	it('splits a dotted path at every dot (years hold a slash, never a dot)', () => {
		expect(parsePath('organisations.north.costLines.acute.inflation.2017/18')).toEqual([
			'organisations',
			'north',
			'costLines',
			'acute',
			'inflation',
			'2017/18'
		]);
	});

	it.each<[string, { field: string; year: string } | undefined]>([
		['a.rate.2018/19', { field: 'a.rate', year: '2018/19' }],
		['a.2017/18.value', undefined],
		['a.rate', undefined],
		['2017/18', undefined],
		['a.rate.17/18', undefined]
	])('splitYear(%j) is %j', (path, expected) => {
		expect(splitYear(path)).toEqual(expected);
	});
});

describe('readAt', () => {
	it('walks objects by key and arrays by item id', () => {
		expect(readAt(file(), 'organisations.north.costLines.acute.base')).toBe('306.3');
		expect(readAt(file(), 'cells.uplift')).toEqual({ id: 'uplift', value: '=1%' });
		expect(readAt(file(), 'organisations.south.costLines')).toEqual([]);
	});

	it('answers every year with a value written once for all years', () => {
		expect(readAt(file(), 'organisations.north.costLines.acute.inflation.2017/18')).toBe('2.1');
		expect(readAt(file(), 'organisations.north.costLines.acute.inflation.2099/00')).toBe('2.1');
		// but only for a year step: a value has no fields
		expect(readAt(file(), 'organisations.north.costLines.acute.inflation.more')).toBeUndefined();
	});

	it('reads a per-year object year by year', () => {
		expect(readAt(file(), 'organisations.north.costLines.acute.growth.2018/19')).toBe('2');
		expect(readAt(file(), 'organisations.north.costLines.acute.growth.2019/20')).toBeUndefined();
	});

	it('is undefined for anything the file does not hold', () => {
		expect(readAt(file(), 'organisations.nowhere.costLines')).toBeUndefined();
		// an array is never a year map: a year step into it names nothing
		expect(readAt(file(), 'organisations.2017/18')).toBeUndefined();
		expect(readAt(file(), 'nothing.at.all')).toBeUndefined();
		expect(readAt(undefined, 'a')).toBeUndefined();
	});
});

describe('setAtPath', () => {
	it('writes through array items by id, copying only the objects along the path', () => {
		const before = file();
		const written = setAtPath(before, 'organisations.north.costLines.acute.base', '310');
		if (!('file' in written)) throw new Error(written.error);
		expect(readAt(written.file, 'organisations.north.costLines.acute.base')).toBe('310');
		expect(before.organisations[0]!.costLines[0]!.base).toBe('306.3');
		const after = written.file as ReturnType<typeof file>;
		expect(after.cells).toBe(before.cells);
		expect(after.organisations[1]).toBe(before.organisations[1]);
		expect(after.organisations[0]).not.toBe(before.organisations[0]);
	});

	it('adds missing keys to objects', () => {
		const written = setAtPath({ a: {} }, 'a.b.2018/19', '4');
		expect(written).toEqual({ file: { a: { b: { '2018/19': '4' } } } });
	});

	it("splits a value written once for all years when given the model's years", () => {
		const written = setAtPath(file(), 'organisations.north.costLines.acute.inflation.2018/19', '3', YEARS);
		if (!('file' in written)) throw new Error(written.error);
		expect(readAt(written.file, 'organisations.north.costLines.acute.inflation')).toEqual({
			'2017/18': '2.1',
			'2018/19': '3'
		});
	});

	it('refuses an array item that is not there, naming the path up to it', () => {
		expect(setAtPath(file(), 'organisations.east.costLines', [])).toEqual({
			error: '"organisations.east" does not name anything in the model'
		});
		// without the years a value cannot hold a year
		expect(setAtPath(file(), 'organisations.north.costLines.acute.inflation.2018/19', '3')).toEqual({
			error: '"organisations.north.costLines.acute.inflation.2018/19" does not name anything in the model'
		});
	});

	// Files of nested objects over a few keys (some of them years), and paths over the same keys.
	const keys = fc.constantFrom('a', 'b', 'c', '2017/18', '2018/19');
	const tree = fc.letrec<{ node: unknown }>((tie) => ({
		node: fc.oneof(
			{ depthSize: 'small' },
			fc.constantFrom('1', '2.5', '=x'),
			fc.dictionary(keys, tie('node'), { maxKeys: 3 })
		)
	})).node;
	const path = fc.array(keys, { minLength: 1, maxLength: 4 });
	const startsWith = (long: string[], short: string[]) => short.every((s, i) => long[i] === s);

	it('reads back what it wrote, changes nothing off the path and never mutates the file (property)', () => {
		fc.assert(
			fc.property(fc.dictionary(keys, tree, { maxKeys: 3 }), path, path, (before, p, q) => {
				const snapshot = structuredClone(before);
				const written = setAtPath(before, p.join('.'), 'new');
				expect(before).toEqual(snapshot);
				if ('error' in written) {
					// only a plain value on the way stops a write
					const blocked = p.some((_, i) => typeof readAt(before, p.slice(0, i + 1).join('.')) === 'string');
					expect(blocked).toBe(true);
					return;
				}
				expect(readAt(written.file, p.join('.'))).toBe('new');
				if (!startsWith(p, q) && !startsWith(q, p))
					expect(readAt(written.file, q.join('.'))).toEqual(readAt(before, q.join('.')));
			}),
			{ numRuns: 500 }
		);
	});
});

describe('formatKey and formatPath', () => {
	it.each<[PropertyKey[], string]>([
		[[], '(file)'],
		[['organisations', 0, 'costLines', 2, 'base'], 'organisations[0].costLines[2].base'],
		[['rate', '2017/18'], 'rate["2017/18"]'],
		[[0, 'id'], '[0].id'],
		[['stated', 'in-year'], 'stated["in-year"]'],
		[['$schema'], '$schema']
	])('formatPath(%j) is %j', (keys, expected) => {
		expect(formatPath(keys)).toBe(expected);
	});

	it('quotes keys that are not plain names', () => {
		expect(formatKey('name_1')).toBe('.name_1');
		expect(formatKey('1st')).toBe('["1st"]');
		expect(formatKey(3)).toBe('[3]');
	});
});

describe('dottedPath', () => {
	it('turns ["year"] keys into dotted segments and leaves other steps as written', () => {
		expect(dottedPath('organisations.portsmouth.reserves.contingency.rate["2017/18"]')).toBe(
			'organisations.portsmouth.reserves.contingency.rate.2017/18'
		);
		expect(dottedPath('a["2017/18"].b["2018/19"]')).toBe('a.2017/18.b.2018/19');
		expect(dottedPath('cells[0].value')).toBe('cells[0].value');
		expect(dottedPath('stated["in-year"]["2017/18"]')).toBe('stated["in-year"].2017/18');
	});

	it('is the input path of a readable path of names and years (property)', () => {
		const step = fc.oneof(
			fc.constantFrom('2017/18', '1999/00'),
			fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,6}$/)
		);
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
				fc.pre(!/^\d/.test(steps[0]!)); // a path starts at a field of the file
				expect(dottedPath(formatPath(steps))).toBe(steps.join('.'));
			})
		);
	});
});
