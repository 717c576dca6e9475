// Broadcasting: a value for all years combines with a per-year value year by year.
// Shapes only; units and errors are decided by the caller.
import type { Dec } from '../decimal';
import type { Num, Series, Unit } from './values';

/** The value of `v` in year `i` (a scalar is the same in every year). */
export function at(v: Num, i: number): Dec {
	return v.kind === 'scalar' ? v.value : v.values[i]!;
}

/**
 * The common number of years of the per-year values among `values`: undefined when all are
 * scalars, 'mismatch' when two series differ in length.
 */
export function commonLength(values: readonly Num[]): number | undefined | 'mismatch' {
	let length: number | undefined;
	for (const v of values) {
		if (v.kind !== 'series') continue;
		if (length === undefined) length = v.values.length;
		else if (length !== v.values.length) return 'mismatch';
	}
	return length;
}

/** The message for values whose per-year lengths differ. */
export function mismatchMessage(values: readonly Num[]): string {
	const lengths = values.flatMap((v) => (v.kind === 'series' ? [v.values.length] : []));
	return `per-year values have different numbers of years (${[...new Set(lengths)].join(' and ')})`;
}

/**
 * Apply `f` year by year: a scalar result when every input is a scalar, else a series.
 * Callers check `commonLength` first.
 */
export function zip(values: readonly Num[], unit: Unit, f: (xs: readonly Dec[], i: number) => Dec): Num {
	const length = commonLength(values);
	if (length === undefined || length === 'mismatch') {
		return {
			kind: 'scalar',
			value: f(
				values.map((v) => at(v, 0)),
				0
			),
			unit
		};
	}
	const out: Dec[] = [];
	for (let i = 0; i < length; i++)
		out.push(
			f(
				values.map((v) => at(v, i)),
				i
			)
		);
	return { kind: 'series', values: out, unit };
}

/** `zip` for two values, without the per-year arrays (the hot path of every operator). */
export function zip2(a: Num, b: Num, unit: Unit, f: (x: Dec, y: Dec) => Dec): Num {
	if (a.kind === 'scalar' && b.kind === 'scalar') return { kind: 'scalar', value: f(a.value, b.value), unit };
	const length = a.kind === 'series' ? a.values.length : (b as Series).values.length;
	const values: Dec[] = new Array<Dec>(length);
	for (let i = 0; i < length; i++) values[i] = f(at(a, i), at(b, i));
	return { kind: 'series', values, unit };
}

/** Apply `f` to each year of one value, keeping its shape. */
export function map(v: Num, unit: Unit, f: (x: Dec) => Dec): Num {
	return v.kind === 'scalar'
		? { kind: 'scalar', value: f(v.value), unit }
		: { kind: 'series', values: v.values.map(f), unit };
}
