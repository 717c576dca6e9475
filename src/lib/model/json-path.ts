// Paths into a model file, in the two spellings the project uses, and reading and writing by them.
// An input path is dotted, names array items by id and years as plain keys
// ("organisations.portsmouth.reserves.contingency.rate.2017/18"): scenario overrides, every
// explanation's `source`, the notebook's grids. A readable path is what messages print
// ('organisations[0].base', 'rate["2017/18"]'). Files are never mutated here.
import { looksLikeYear } from '../engine/index';

export type Json = unknown;

/** The steps of a dotted input path. */
export function parsePath(path: string): string[] {
	return path.split('.');
}

/**
 * An input path ending in a year, split into the field and the year; undefined for any other path.
 * @example splitYear('a.rate.2018/19') // { field: 'a.rate', year: '2018/19' }
 */
export function splitYear(path: string): { field: string; year: string } | undefined {
	const dot = path.lastIndexOf('.');
	const year = path.slice(dot + 1);
	return dot >= 0 && looksLikeYear(year) ? { field: path.slice(0, dot), year } : undefined;
}

/**
 * Each list's items by id, made on first look. Model files are never mutated (an edit copies the
 * lists it changes), so a list's index stays true; a grid of a thousand cost lines reads each cell
 * by path, and searching the list for every cell would cost the square of its length.
 */
const indexes = new WeakMap<readonly Json[], Map<unknown, number>>();

function indexOfId(list: readonly Json[], id: string): number {
	let index = indexes.get(list);
	if (!index) {
		index = new Map();
		list.forEach((item, i) => {
			const itemId = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
			if (itemId !== undefined && !index!.has(itemId)) index!.set(itemId, i);
		});
		indexes.set(list, index);
	}
	return index.get(id) ?? -1;
}

/** Where one path step leads from `container`: an object's key, or the index of the array item with that id. */
function step(
	container: Json,
	segment: string
): { holder: Record<string, Json> | Json[]; key: string | number } | undefined {
	if (Array.isArray(container)) {
		const index = indexOfId(container, segment);
		return index < 0 ? undefined : { holder: container, key: index };
	}
	if (typeof container === 'object' && container !== null)
		return { holder: container as Record<string, Json>, key: segment };
	return undefined;
}

const at = (place: { holder: Record<string, Json> | Json[]; key: string | number }): Json =>
	(place.holder as Record<string | number, Json>)[place.key];

/**
 * The value at input path `path` in `file`, or undefined. A value written once for all years (a
 * rate or a formula) answers for each year below it.
 * @example readAt(file, 'organisations.portsmouth.costLines.acute.base')
 */
export function readAt(file: Json, path: string): Json {
	let node: Json = file;
	for (const segment of parsePath(path)) {
		const place = step(node, segment);
		if (place === undefined) return !Array.isArray(node) && looksLikeYear(segment) ? node : undefined;
		node = at(place);
		if (node === undefined) return undefined;
	}
	return node;
}

/**
 * `file` with `value` at input path `path`; only the objects along the path are copied, the rest is
 * shared (model files are never mutated, so sharing is safe and an edit costs its depth, not the
 * file's size). Objects gain missing keys (so a scenario can set a year the baseline left empty);
 * given the model's `years`, a year under a value written once for all years splits it into one per
 * year (so a scenario can change one year of a rate). Arrays are addressed by item id and must
 * already hold it.
 */
export function setAtPath(
	file: Json,
	path: string,
	value: Json,
	years: readonly string[] = []
): { file: Json } | { error: string } {
	const segments = parsePath(path);
	const set = (node: Json, i: number): Json => {
		const place = step(node, segments[i]!);
		if (place === undefined) throw new PathMissing(segments.slice(0, i + 1).join('.'));
		const { holder, key } = place;
		const old = at(place);
		// A year of a value written once for all years: that value becomes one per year first.
		const scalar = typeof old === 'string' || typeof old === 'number';
		const splits = scalar && years.length > 0 && looksLikeYear(segments[i + 1] ?? '');
		const inner = splits
			? Object.fromEntries(years.map((y) => [y, old]))
			: old === undefined && !Array.isArray(holder)
				? {}
				: old;
		const copy = Array.isArray(holder) ? [...holder] : { ...holder };
		(copy as Record<string | number, Json>)[key] = i < segments.length - 1 ? set(inner, i + 1) : value;
		return copy;
	};
	try {
		return { file: set(file, 0) };
	} catch (missing) {
		if (!(missing instanceof PathMissing)) throw missing;
		return { error: `"${missing.path}" does not name anything in the model` };
	}
}

/** A path step that names nothing; caught by setAtPath and returned as an error. */
class PathMissing {
	constructor(readonly path: string) {}
}

/** One readable path step: `.name`, `[2]`, or `["2017/18"]` for keys that are not plain names. */
export function formatKey(key: PropertyKey): string {
	if (typeof key === 'number') return `[${key}]`;
	const text = String(key);
	return /^[A-Za-z_$][\w$]*$/.test(text) ? `.${text}` : `["${text}"]`;
}

/** A path of keys and indexes as a readable path, `a.b[2].c`, or "(file)" for the whole file. */
export function formatPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	const text = path.map(formatKey).join('');
	return text.startsWith('.') ? text.slice(1) : text;
}

/**
 * A readable path as the input path of the same place, for year keys: `a.b["2017/18"]` gives
 * `a.b.2017/18` (other bracketed steps are left as written).
 */
export function dottedPath(readable: string): string {
	return readable.replace(/\["([^"]*)"\]/g, (step, key: string) => (looksLikeYear(key) ? `.${key}` : step));
}
