import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCells } from '../../../src/lib/engine/cells/evaluate';
import { CellRuntime } from '../../../src/lib/engine/cells/runtime';
import { sameValue } from '../../../src/lib/engine/cells/same';
import type { CellSource } from '../../../src/lib/engine/cells/types';
import { D } from '../../../src/lib/engine/decimal';

const YEARS = ['2026/27', '2027/28', '2028/29'];
const NAMES = ['a', 'b', 'c', 'd', 'e'];
const formula = (text: string): CellSource => ({ kind: 'formula', text });
const money = (value: number): CellSource => ({ kind: 'input', unit: 'money', value: D(value) });

describe('CellRuntime', () => {
	it('returns the names whose values changed, downstream included', () => {
		// c -> b -> a ; d stands alone
		const runtime = new CellRuntime(YEARS, [
			{ id: '1', name: 'a', source: money(1) },
			{ id: '2', name: 'b', source: formula('a * 2') },
			{ id: '3', name: 'c', source: formula('b + £1') },
			{ id: '4', name: 'd', source: money(7) }
		]);
		expect(runtime.redefine('1', money(5))).toEqual(new Set(['a', 'b', 'c']));
		expect(runtime.value('c')).toMatchObject({ kind: 'scalar' });
		expect(runtime.redefine('4', money(7))).toEqual(new Set());
	});

	it('rewrites every reference when a cell is renamed', () => {
		const runtime = new CellRuntime(YEARS, [
			{ id: '1', name: 'tariff', source: { kind: 'input', unit: 'percent', value: D('0.021') } },
			{ id: '2', name: 'uplift', source: formula('tariff + 0.5% // tariff plus local') }
		]);
		runtime.rename('1', 'tariff_inflation');
		expect(runtime.cells.find((c) => c.id === '2')?.source).toEqual(
			formula('tariff_inflation + 0.5% // tariff plus local')
		);
		expect(runtime.value('uplift')).toMatchObject({ kind: 'scalar', unit: 'percent' });
		expect(runtime.value('tariff')).toBeUndefined();
	});

	it('turns readers of a removed cell into undefined-name errors, and back when it returns', () => {
		const runtime = new CellRuntime(YEARS, [
			{ id: '1', name: 'a', source: money(1) },
			{ id: '2', name: 'b', source: formula('a + £1') }
		]);
		runtime.remove('1');
		expect(runtime.value('b')).toMatchObject({ kind: 'error', code: 'undefined-name' });
		runtime.define({ id: '9', name: 'a', source: money(2) });
		expect(runtime.value('b')).toMatchObject({ kind: 'scalar' });
	});

	it('after any sequence of edits equals a fresh evaluation (property)', () => {
		const name = fc.constantFrom(...NAMES);
		const source = fc.oneof(
			fc.integer({ min: -5, max: 5 }).map(money),
			fc
				.tuple(name, fc.constantFrom('+', '-', '*', '/'), fc.oneof(name, fc.constant('£2'), fc.constant('3')))
				.map(([x, op, y]) => formula(`${x} ${op} ${y}`)),
			fc.tuple(name, name).map(([x, y]) => formula(`if(${x} > ${y}, ${x}, ${y})`)),
			fc.constant(formula('1 +')),
			fc.constant({ kind: 'input', unit: 'money', value: [D(1), D(2), D(3)] } as CellSource),
			name.map((x) => formula(`cumulative(${x})`))
		);
		const edit = fc.oneof(
			fc.record({ type: fc.constant('define' as const), name, source }),
			fc.record({ type: fc.constant('redefine' as const), pick: fc.nat(), source }),
			fc.record({ type: fc.constant('remove' as const), pick: fc.nat() }),
			fc.record({ type: fc.constant('rename' as const), pick: fc.nat(), name })
		);
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
				const runtime = new CellRuntime(YEARS);
				let next = 0;
				for (const e of edits) {
					const ids = runtime.cells.map((c) => c.id);
					const id = ids.length === 0 ? undefined : ids[('pick' in e ? e.pick : 0) % ids.length];
					const before = new Map(runtime.names);
					let changed: Set<string>;
					if (e.type === 'define')
						changed = runtime.define({ id: String((next += 1)), name: e.name, source: e.source });
					else if (id === undefined) continue;
					else if (e.type === 'redefine') changed = runtime.redefine(id, e.source);
					else if (e.type === 'remove') changed = runtime.remove(id);
					else changed = runtime.rename(id, e.name);

					const fresh = evaluateCells(YEARS, runtime.cells);
					const names = new Set([...fresh.byName.keys(), ...runtime.names.keys()]);
					for (const n of names)
						expect(sameValue(runtime.value(n), fresh.byName.get(n)), `name ${n}`).toBe(true);
					for (const c of runtime.cells)
						expect(sameValue(runtime.cellValue(c.id), fresh.byCell.get(c.id)), `cell ${c.id}`).toBe(true);
					const reallyChanged = [...new Set([...before.keys(), ...runtime.names.keys()])].filter(
						(n) => !sameValue(before.get(n), runtime.value(n))
					);
					expect([...changed].sort()).toEqual(reallyChanged.sort());
				}
			}),
			{ numRuns: 300 }
		);
	});
});
