// Adding a year at either end of a model and removing one. Years stay consecutive, so a year can
// only be removed from either end. Adding copies the neighbouring year's rates, populations,
// targets, allocation entries and per-year cell values into the new year (a plan's assumptions
// carry on); amounts that happen in a year (savings, pressures, normalisation, one-off items,
// unidentified QIPP) start empty, and published figures are never made up. Removing takes every
// figure of that year with it, and the scenario changes and block choices that named it.
import { isFiscalYear, nextYear, previousYear } from '../engine/index';
import type { ModelFile } from '../model/schema';
import { omit } from '../model/omit';

/** Per-year fields whose figures belong to their year only: a new year starts without them. */
const OWN_YEAR = new Set(['values', 'otherPressures', 'normalisation', 'unidentified']);
/** Published figures: kept as printed, never copied into another year. */
const PUBLISHED = new Set(['stated', 'statedTotal']);

type Node = unknown;
const isObject = (n: Node): n is Record<string, Node> =>
	typeof n === 'object' && n !== null && !Array.isArray(n);
const isYearRecord = (n: Node): n is Record<string, Node> =>
	isObject(n) && Object.keys(n).length > 0 && Object.keys(n).every(isFiscalYear);

/** `node` with `year` added to every per-year record that has `from`, a copy of its value, in `order`. */
function extend(node: Node, field: string, year: string, from: string, order: readonly string[]): Node {
	if (Array.isArray(node)) return node.map((item) => extend(item, field, year, from, order));
	if (!isObject(node)) return node;
	if (isYearRecord(node)) {
		if (OWN_YEAR.has(field) || !(from in node)) return node;
		const copied: Record<string, Node> = { ...node, [year]: structuredClone(node[from]) };
		return Object.fromEntries(order.filter((y) => y in copied).map((y) => [y, copied[y]]));
	}
	return Object.fromEntries(
		Object.entries(node).map(([k, v]) => [k, PUBLISHED.has(k) ? v : extend(v, k, year, from, order)])
	);
}

/** `node` without `year` in any per-year record. */
function drop(node: Node, year: string): Node {
	if (Array.isArray(node)) return node.map((item) => drop(item, year));
	if (!isObject(node)) return node;
	const kept = isYearRecord(node) ? Object.entries(node).filter(([y]) => y !== year) : Object.entries(node);
	return Object.fromEntries(kept.map(([k, v]) => [k, drop(v, year)]));
}

/**
 * The file with a year before the first (`'start'`) or after the last (`'end'`).
 * @example addYear(file, 'end') // years 2026/27, 2027/28 become 2026/27 to 2028/29
 */
export function addYear(file: ModelFile, at: 'start' | 'end'): ModelFile | { error: string } {
	if (file.years.length >= 10) return { error: 'A model covers at most 10 years' };
	const from = at === 'end' ? file.years.at(-1)! : file.years[0]!;
	const year = at === 'end' ? nextYear(from) : previousYear(from);
	const years = at === 'end' ? [...file.years, year] : [year, ...file.years];
	const { scenarios, ...rest } = file;
	const extended = extend(rest, '', year, from, years) as Omit<ModelFile, 'scenarios'>;
	return {
		...extended,
		years,
		scenarios: scenarios.map((s) => ({
			...s,
			// An override's value is named by its field: a path's last segment (…inflation, …values).
			overrides: s.overrides.map((o) => {
				if (o.value === undefined) return o;
				const field = 'path' in o ? (o.path.split('.').at(-1) ?? '') : o.field;
				return { ...o, value: extend(o.value, field, year, from, years) };
			})
		}))
	};
}

/** The file without `year`, which must be its first or last. */
export function removeYear(file: ModelFile, year: string): ModelFile | { error: string } {
	if (file.years.length <= 1) return { error: 'A model needs at least one year' };
	if (year !== file.years[0] && year !== file.years.at(-1))
		return { error: `Only the first or last year can be removed (years stay consecutive), not ${year}` };
	const { scenarios, notebook, ...rest } = file;
	const dropped = drop(rest, year) as Omit<ModelFile, 'scenarios' | 'notebook'>;
	const names = (path: string) => path.split('.').includes(year);
	return {
		...dropped,
		years: file.years.filter((y) => y !== year),
		scenarios: scenarios.map((s) => ({
			...s,
			overrides: s.overrides
				.filter((o) => !('path' in o && names(o.path)))
				.map((o) => (o.value === undefined ? o : { ...o, value: drop(o.value, year) }))
		})),
		...(notebook && {
			notebook: notebook.map((b) => {
				return 'year' in b && b.year === year ? (omit(b, 'year') as typeof b) : b;
			})
		})
	};
}

/** What removing `year` takes away, counted for the warning the user sees before they confirm. */
export interface YearLoss {
	/** Inputs entered for the year (rates, amounts, allocations, cell values). */
	readonly figures: number;
	/** Published figures kept for the year. */
	readonly published: number;
	/** Scenario changes of that year alone. */
	readonly changes: number;
}

type Tally = { figures: number; published: number };

/** Entries of `year` below `node`: one per input, one per published line. */
function count(node: Node, year: string, published: boolean): Tally {
	if (Array.isArray(node))
		return node.reduce<Tally>((t, item) => plus(t, count(item, year, published)), {
			figures: 0,
			published: 0
		});
	if (!isObject(node)) return { figures: 0, published: 0 };
	if (isYearRecord(node)) {
		if (!(year in node)) return { figures: 0, published: 0 };
		const lines = isObject(node[year]) ? Object.keys(node[year]).length : 1;
		return published ? { figures: 0, published: lines } : { figures: 1, published: 0 };
	}
	return Object.entries(node).reduce<Tally>(
		(t, [k, v]) => plus(t, count(v, year, published || PUBLISHED.has(k))),
		{ figures: 0, published: 0 }
	);
}

const plus = (a: Tally, b: Tally): Tally => ({
	figures: a.figures + b.figures,
	published: a.published + b.published
});

/** What removing `year` would take away. */
export function yearLoss(file: ModelFile, year: string): YearLoss {
	const found = count(omit(file, 'scenarios', 'notebook'), year, false);
	const { scenarios } = file;
	const changes = scenarios.reduce(
		(n, s) => n + s.overrides.filter((o) => 'path' in o && o.path.split('.').includes(year)).length,
		0
	);
	return { figures: found.figures, published: found.published, changes };
}
