// Values a model may hold but that are usually a slip: accepted (a plan can mean them), and marked
// in the grid with a sentence saying why, so they are never taken silently.
import { D } from '../engine/index';
import type { Json } from '../model/json-path';
import type { FieldKind } from './fields';

/** What an input is, beyond its kind, when that changes what looks wrong: a saving, a reserve rate. */
export type WarnAs = 'saving' | 'reserveRate';

/** The most a reserve is usually set aside at, in percent of the allocation. */
const RESERVE_RATE_LIMIT = D(20);

/**
 * Why an accepted value deserves a second look, or undefined. `value` is the input's value (a
 * formula's worked-out value) as the file stores it: a decimal string, percent for rates.
 * @example entryWarning('rate', '150') // 'Above 100%: ...'
 */
export function entryWarning(kind: FieldKind, value: Json, as?: WarnAs): string | undefined {
	if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return undefined;
	const n = D(value);
	if (as === 'saving' && n.isNegative() && !n.isZero())
		return 'A negative saving adds cost: check the sign (a saving is entered as a positive amount)';
	if (kind !== 'rate') return undefined;
	if (n.gt(100)) return 'Above 100%: check it is a percentage (2.1 means 2.1%)';
	if (as === 'reserveRate' && n.gt(RESERVE_RATE_LIMIT))
		return 'A reserve above 20% of the allocation is unusual: check the rate';
	return undefined;
}
