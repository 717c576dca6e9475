import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
	clampPos,
	directionOfKey,
	isTypingKey,
	placeBlock,
	step,
	type Direction,
	type GridRow
} from '../../../src/lib/notebook/grid';
import { parseTsv } from '../../../src/lib/notebook/paste';

const size = { rows: 3, cols: 4 };

describe('grid navigation', () => {
	it.each<[string, { row: number; col: number }, Direction, boolean, { row: number; col: number }]>([
		['down', { row: 0, col: 1 }, 'down', false, { row: 1, col: 1 }],
		['up at the top clamps', { row: 0, col: 1 }, 'up', false, { row: 0, col: 1 }],
		['down at the bottom clamps', { row: 2, col: 1 }, 'down', false, { row: 2, col: 1 }],
		['left at the first column clamps', { row: 1, col: 0 }, 'left', false, { row: 1, col: 0 }],
		['right at the last column clamps', { row: 1, col: 3 }, 'right', false, { row: 1, col: 3 }],
		['right', { row: 1, col: 2 }, 'right', false, { row: 1, col: 3 }],
		['home goes to the row start', { row: 2, col: 2 }, 'home', false, { row: 2, col: 0 }],
		['end goes to the row end', { row: 2, col: 1 }, 'end', false, { row: 2, col: 3 }],
		['first is the top-left cell', { row: 2, col: 2 }, 'first', false, { row: 0, col: 0 }],
		['last is the bottom-right cell', { row: 0, col: 0 }, 'last', false, { row: 2, col: 3 }],
		['a jump down goes to the last row', { row: 0, col: 2 }, 'down', true, { row: 2, col: 2 }],
		['a jump left goes to the first column', { row: 1, col: 3 }, 'left', true, { row: 1, col: 0 }]
	])('step: %s (the grid stays put where step gives nothing)', (_name, from, dir, jump, to) => {
		expect(step(from, dir, size, jump) ?? from).toEqual(to);
	});

	it.each<[{ row: number; col: number }, Direction]>([
		[{ row: 0, col: 0 }, 'left'],
		[{ row: 0, col: 0 }, 'up'],
		[{ row: 1, col: 3 }, 'right'],
		[{ row: 2, col: 0 }, 'down']
	])('step from %o %s leaves the grid (so Tab can leave it)', (from, dir) => {
		expect(step(from, dir, size)).toBeUndefined();
	});

	it('moves never leave the grid', () => {
		const dirs: Direction[] = ['up', 'down', 'left', 'right', 'home', 'end', 'first', 'last'];
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 6 }),
				fc.integer({ min: 1, max: 6 }),
				fc.array(fc.tuple(fc.constantFrom(...dirs), fc.boolean())),
				(rows, cols, moves) => {
					let pos = { row: 0, col: 0 };
					for (const [dir, jump] of moves) pos = step(pos, dir, { rows, cols }, jump) ?? pos;
					expect(pos.row).toBeGreaterThanOrEqual(0);
					expect(pos.row).toBeLessThan(rows);
					expect(pos.col).toBeGreaterThanOrEqual(0);
					expect(pos.col).toBeLessThan(cols);
				}
			)
		);
	});

	it('clampPos keeps the active cell in a grid that shrank', () => {
		expect(clampPos({ row: 5, col: 9 }, size)).toEqual({ row: 2, col: 3 });
		expect(clampPos({ row: -1, col: 1 }, size)).toEqual({ row: 0, col: 1 });
	});

	it.each([
		[{ key: 'ArrowUp' }, { dir: 'up', jump: false }],
		[
			{ key: 'ArrowRight', ctrlKey: true },
			{ dir: 'right', jump: true }
		],
		[{ key: 'Home' }, { dir: 'home', jump: false }],
		[
			{ key: 'End', metaKey: true },
			{ dir: 'last', jump: false }
		],
		[{ key: 'a' }, undefined],
		[{ key: 'Tab' }, undefined]
	])('directionOfKey(%o) is %o', (key, expected) => {
		expect(directionOfKey({ ctrlKey: false, metaKey: false, altKey: false, ...key })).toEqual(expected);
	});

	it.each([
		['a', {}, true],
		['7', {}, true],
		['=', {}, true],
		[' ', {}, true],
		['£', { altKey: true }, true],
		['€', { ctrlKey: true, altKey: true }, true],
		['c', { ctrlKey: true }, false],
		['v', { metaKey: true }, false],
		['Enter', {}, false],
		['F2', {}, false],
		['Dead', {}, false]
	])('isTypingKey(%s, %o) is %s', (key, mods, expected) => {
		expect(isTypingKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods })).toBe(expected);
	});
});

describe('paste placement', () => {
	const cell = (editable: boolean) => ({ display: '', edit: '', editable });
	// 3 rows x 3 columns; the middle column is read-only.
	const rows: GridRow[] = ['a', 'b', 'c'].map((key) => ({
		key,
		header: key,
		cells: [cell(true), cell(false), cell(true)]
	}));

	it.each([
		[
			'a 2x2 block on editable cells',
			[
				['1', '2'],
				['3', '4']
			],
			{ row: 0, col: 2 },
			[
				{ row: 0, col: 2, text: '1' },
				{ row: 1, col: 2, text: '3' }
			],
			2
		],
		[
			'a block over a read-only column',
			[['1', '2', '3']],
			{ row: 1, col: 0 },
			[
				{ row: 1, col: 0, text: '1' },
				{ row: 1, col: 2, text: '3' }
			],
			1
		],
		[
			'a block past the last row',
			[['1'], ['2'], ['3']],
			{ row: 2, col: 0 },
			[{ row: 2, col: 0, text: '1' }],
			2
		],
		[
			'a ragged block',
			[['1', '2', '3', '4'], ['5']],
			{ row: 0, col: 0 },
			[
				{ row: 0, col: 0, text: '1' },
				{ row: 0, col: 2, text: '3' },
				{ row: 1, col: 0, text: '5' }
			],
			2
		],
		['nothing', [], { row: 0, col: 0 }, [], 0]
	])('%s', (_name, block, at, changes, skipped) => {
		expect(placeBlock(block, at, rows, 3)).toEqual({ changes, skipped });
	});

	it('every pasted cell is either placed or counted as skipped', () => {
		fc.assert(
			fc.property(
				fc.array(fc.array(fc.string(), { maxLength: 5 }), { maxLength: 5 }),
				fc.integer({ min: 0, max: 3 }),
				fc.integer({ min: 0, max: 3 }),
				(block, row, col) => {
					const { changes, skipped } = placeBlock(block, { row, col }, rows, 3);
					expect(changes.length + skipped).toBe(block.flat().length);
					for (const c of changes) expect(rows[c.row]?.cells[c.col]?.editable).toBe(true);
				}
			)
		);
	});
});

describe('parseTsv', () => {
	it.each([
		['a single value', '2.1', [['2.1']]],
		['a single value with the trailing newline Excel adds', '2.1\r\n', [['2.1']]],
		[
			'rows by \\n',
			'a\tb\nc\td',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'rows by \\r\\n with a trailing newline',
			'a\tb\r\nc\td\r\n',
			[
				['a', 'b'],
				['c', 'd']
			]
		],
		[
			'empty cells',
			'\t1\t\n2\t\t',
			[
				['', '1', ''],
				['2', '', '']
			]
		],
		['an empty row in the middle', 'a\n\nb\n', [['a'], [''], ['b']]],
		['a quoted cell with a newline', '"two\nlines"\t3\n', [['two\nlines', '3']]],
		[
			'a quoted cell with CRLF inside, rows by CRLF',
			'"x\r\ny"\t1\r\n2\t3\r\n',
			[
				['x\r\ny', '1'],
				['2', '3']
			]
		],
		['a quoted cell with a tab', '"a\tb"\tc', [['a\tb', 'c']]],
		['doubled quotes in a quoted cell', '"say ""hi""\nthere"\t1', [['say "hi"\nthere', '1']]],
		['a quote inside an unquoted cell', '5" pipe\t2', [['5" pipe', '2']]],
		['formulas and formatted numbers', '=tariff * 2\t(3.4)\t2.1%', [['=tariff * 2', '(3.4)', '2.1%']]],
		['nothing', '', []]
	])('%s', (_name, text, block) => {
		expect(parseTsv(text)).toEqual(block);
	});

	it('reads back any block written as TSV by Papa.unparse', () => {
		// A block whose last row is one empty cell writes as a bare trailing newline, which is ignored.
		const block = fc
			.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
			.chain(([r, c]) =>
				fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: c, maxLength: c }), {
					minLength: r,
					maxLength: r
				})
			)
			.filter((rows) => !(rows.at(-1)?.length === 1 && rows.at(-1)?.[0] === ''));
		fc.assert(
			fc.property(block, fc.constantFrom('\r\n', '\n'), fc.boolean(), (rows, newline, trailing) => {
				const text = Papa.unparse(rows, { delimiter: '\t', newline }) + (trailing ? newline : '');
				expect(parseTsv(text)).toEqual(rows);
			}),
			{ numRuns: 500 }
		);
	});
});
