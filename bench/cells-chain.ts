// A chain of formula cells, each reading the one before (c0 = £1, c1 = c0 + £1, ...): the
// longest dependency path a notebook can have for its size, so it stresses parsing, graph
// building (Tarjan runs iteratively, so 10,000 deep must not overflow) and evaluation order at
// once. The yardstick is the same sums as bare Decimal additions: what the figures cost with no
// language and no graph around them.
import { D, type Dec } from '../src/lib/engine/decimal';
import { evaluateCells } from '../src/lib/engine/cells/evaluate';
import type { CellDef } from '../src/lib/engine/cells/types';
import { measure, type MeasureOptions, type Row } from './measure';

/**
 * The cells as a notebook holds them (formula text, not parsed), so timing `evaluateCells` on
 * them includes the parser. With `years`, c0 holds one value per year (£1, £2, ...) and every
 * cell is a per-year series, the shape most notebook figures have.
 */
export function chainCells(length: number, years?: readonly string[]): CellDef[] {
	const first: Dec | Dec[] = years ? years.map((_, i) => D(i + 1)) : D(1);
	const cells: CellDef[] = [{ id: 'c0', name: 'c0', source: { kind: 'input', unit: 'money', value: first } }];
	for (let i = 1; i < length; i++) {
		cells.push({ id: `c${i}`, name: `c${i}`, source: { kind: 'formula', text: `c${i - 1} + £1` } });
	}
	return cells;
}

/** The last cell's value computed the plain way: one Decimal addition per cell and year. */
export function plainChain(length: number, yearCount = 1): Dec[] {
	const out: Dec[] = [];
	const one = D(1);
	for (let y = 0; y < yearCount; y++) {
		let value = D(yearCount === 1 ? 1 : y + 1);
		for (let i = 1; i < length; i++) value = value.plus(one);
		out.push(value);
	}
	return out;
}

const LENGTH = 10_000;

/** Time the chain through `evaluateCells` against the same sums as bare Decimal additions. */
export function benchChain(years: readonly string[]): { rows: Row[]; warnings: string[] } {
	const rows: Row[] = [];
	const warnings: string[] = [];
	// 10k cells make a sample tens of ms long, so few runs suffice; the bare loop is ~1 ms.
	const cellRuns: MeasureOptions = { warmup: 10, runs: 30 };
	const plainRuns: MeasureOptions = { warmup: 20, runs: 200 };
	for (const perYear of [false, true]) {
		const cells = chainCells(LENGTH, perYear ? years : undefined);
		const yearCount = perYear ? years.length : 1;
		const expected = plainChain(LENGTH, yearCount);
		const last = evaluateCells(years, cells).byName.get(`c${LENGTH - 1}`);
		const got = last?.kind === 'scalar' ? [last.value] : last?.kind === 'series' ? last.values : [];
		if (got.length !== expected.length || got.some((v, i) => !v.eq(expected[i]!)))
			warnings.push(`chain${perYear ? ' per year' : ''}: c${LENGTH - 1} is ${JSON.stringify(last)}`);

		const label = `chain of 10,000 formula cells${perYear ? `, ${yearCount} years` : ''}`;
		const full = measure(() => evaluateCells(years, cells), cellRuns);
		const plain = measure(() => plainChain(LENGTH, yearCount), plainRuns);
		rows.push(
			{
				name: `${label}, full evaluation`,
				...full,
				targetMs: 50,
				pass: full.medianMs < 50,
				ratio: { of: 'cells / plain Decimal', value: full.medianMs / plain.medianMs }
			},
			{ name: `${label}: plain Decimal additions`, ...plain, baselineOf: 'chain' }
		);
	}
	return { rows, warnings };
}
