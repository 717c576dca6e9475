// What a scenario does to one input: set it (`value`), or move it from the parent's value — `add`
// (percentage points on a rate, the entry unit on an amount) or `times` (a factor). A relative
// change is worked out when the scenario is applied, from whatever its parent gives the input
// then, so editing the baseline's 3.5% moves a "+1 pp" scenario with it.
import { D } from '../engine/index';
import { readAt, splitYear, type Json } from './json-path';
import type { SetOverride } from './schema';

export interface Change {
	readonly value?: Json;
	/** Added to the parent's value: percentage points on a rate, the entry unit on an amount. */
	readonly add?: string;
	/** The parent's value times this. */
	readonly times?: string;
}

/** The cost-line rates that fall back to the model's assumption when a line gives none. */
const ASSUMED_RATES = new Set(['activityGrowth', 'inflation', 'efficiency']);

/**
 * The value the input at `path` has in `file` for a relative change to start from: the value
 * written there, else (a cost line's rate) the model's assumption, else 0.
 */
export function startingValue(file: Json, path: string): Json {
	const steps = path.split('.');
	const rate = steps.findIndex((s, i) => ASSUMED_RATES.has(s) && steps[i - 2] === 'costLines');
	const places = rate < 0 ? [steps] : [steps, ['assumptions', ...steps.slice(rate)]];
	for (const place of places) {
		const here = readAt(file, place.join('.'));
		if (here !== undefined) return here;
		// A year of a field written once for every year reads that one value.
		const whole = splitYear(place.join('.')) && readAt(file, place.slice(0, -1).join('.'));
		if (whole !== undefined && (typeof whole !== 'object' || whole === null)) return whole;
	}
	return '0';
}

/** A decimal as a file writes it: no exponent, no trailing zeros. */
const written = (n: ReturnType<typeof D>) => n.toFixed();

/**
 * `current` moved by `change`: a number, or each year of a value by year. A formula or "balance"
 * cannot be moved by a number; the error says so.
 * @example applyChange('3.5', { add: '1' }) // { value: '4.5' }
 * @example applyChange({ '2026/27': '10' }, { times: '0.9' }) // { value: { '2026/27': '9' } }
 */
export function applyChange(current: Json, change: Change): { value: Json } | { error: string } {
	if (change.add === undefined && change.times === undefined) return { value: change.value };
	if (typeof current === 'number' || (typeof current === 'string' && /^-?\d+(\.\d+)?$/.test(current))) {
		const n = D(String(current));
		return { value: written(change.add !== undefined ? n.plus(change.add) : n.times(change.times!)) };
	}
	if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
		const out: Record<string, Json> = {};
		for (const [key, v] of Object.entries(current as Record<string, Json>)) {
			const moved = applyChange(v, change);
			if ('error' in moved) return moved;
			out[key] = moved.value;
		}
		return { value: out };
	}
	const what = typeof current === 'string' && current.startsWith('=') ? 'a formula' : `"${String(current)}"`;
	return {
		error: `the parent's value is ${what}, which a change of ${describeChange(change)} cannot move: set a value instead`
	};
}

/** A change in words: "+1 pp", "−0.5", "×0.9", "= 4.5". `rate` says the input is a percentage. */
export function describeChange(change: Change, rate = true): string {
	if (change.add !== undefined) {
		const n = D(change.add);
		const sign = n.isNegative() ? '−' : '+';
		return `${sign}${n.abs().toFixed()}${rate ? ' pp' : ''}`;
	}
	if (change.times !== undefined) return `×${D(change.times).toFixed()}`;
	return '= value';
}

/** Where each list of rows a set change names sits in an organisation. */
const LIST_AT: Readonly<Record<SetOverride['each'], string>> = {
	costLines: 'costLines',
	schemes: 'qipp.schemes'
};

/** One input a set change moves: its path, and the row's name for messages. */
export interface SetTarget {
	readonly path: string;
	readonly row: string;
}

/**
 * The inputs set change `set` moves in `file`: field `set.field` of every row of its list (in its
 * organisation, or every one) whose fields equal those in `where`.
 * @example setTargets(file, { each: 'schemes', where: { rag: 'red' }, field: 'values', times: '0' })
 *   // [{ path: 'organisations.north.qipp.schemes.s2.values', row: 'North place › Prescribing' }, …]
 */
export function setTargets(file: Json, set: SetOverride): SetTarget[] {
	const organisations = readAt(file, 'organisations');
	if (!Array.isArray(organisations)) return [];
	// With more than one organisation a row is named with its own: "North place › Virtual wards".
	const named = (org: Record<string, Json>, row: Record<string, Json>) =>
		(organisations.length > 1 ? `${String(org.name ?? org.id)} › ` : '') + String(row.name ?? row.id);
	return organisations.flatMap((org: Record<string, Json>) => {
		if (set.organisation !== undefined && org.id !== set.organisation) return [];
		const rows = readAt(org, LIST_AT[set.each]);
		if (!Array.isArray(rows)) return [];
		return rows
			.filter((row: Record<string, Json>) =>
				Object.entries(set.where).every(([field, wanted]) => row[field] === wanted)
			)
			.map((row: Record<string, Json>) => ({
				path: `organisations.${String(org.id)}.${LIST_AT[set.each]}.${String(row.id)}.${set.field}`,
				row: named(org, row)
			}));
	});
}
