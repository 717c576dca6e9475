// Whether two values are the same, for reporting which names an edit changed.
import type { Value } from '../formula/index';

export function sameValue(a: Value | undefined, b: Value | undefined): boolean {
	// Values are never changed in place, so one object is one value (most names after an edit).
	if (a === b) return true;
	if (a === undefined || b === undefined) return false;
	if (a.kind === 'error') return b.kind === 'error' && a.code === b.code && a.message === b.message;
	if (b.kind === 'error' || a.unit !== b.unit) return false;
	if (a.kind === 'scalar') return b.kind === 'scalar' && a.value.eq(b.value);
	return (
		b.kind === 'series' &&
		a.values.length === b.values.length &&
		a.values.every((v, i) => v.eq(b.values[i] ?? NaN))
	);
}
