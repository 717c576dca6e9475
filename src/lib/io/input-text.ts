// An input value from a model file in words, for lists of what a scenario changes: a rate or an
// amount as written, a value per year as "2026/27: 3.5, 2027/28: 3.0", nothing as "(none)".
import { readAt, type Json } from '../model/json-path';

/**
 * @example describeInput({ '2026/27': '3.5', '2027/28': '3.0' }) // '2026/27: 3.5, 2027/28: 3.0'
 * @example describeInput({ growth: '2.3' }) // 'growth 2.3'
 */
export function describeInput(value: Json): string {
	if (value === undefined || value === null) return '(none)';
	if (typeof value !== 'object') return String(value);
	if (Array.isArray(value)) return value.length === 0 ? '(none)' : `${value.length} items`;
	const entries = Object.entries(value as Record<string, Json>).filter(([, v]) => v !== undefined);
	if (entries.length === 0) return '(none)';
	const yearly = entries.every(([k]) => /^\d{4}\/\d{2}$/.test(k));
	return entries.map(([k, v]) => `${k}${yearly ? ':' : ''} ${describeInput(v)}`).join(', ');
}

/** Segments that only say "by year" or "its value": the year or the name says it already. */
const QUIET = new Set(['years', 'values', 'value']);

/** A field name in words: "activityGrowth" is "activity growth". */
function words(key: string): string {
	return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * An input path as the page names things: items by their names, fields in words.
 * @example describePath(file, 'organisations.north.costLines.acute.activityGrowth')
 * // 'North place › Acute › activity growth'
 */
export function describePath(file: Json, path: string): string {
	const segments = path.split('.');
	const parts: string[] = [];
	let prefix = '';
	for (const segment of segments) {
		const here = prefix === '' ? segment : `${prefix}.${segment}`;
		const holder = prefix === '' ? file : readAt(file, prefix);
		if (Array.isArray(holder)) {
			const item = holder.find((i) => (i as { id?: unknown })?.id === segment) as
				{ name?: unknown } | undefined;
			parts.push(typeof item?.name === 'string' ? item.name : segment);
		} else if (!Array.isArray(readAt(file, here)) && !QUIET.has(segment))
			parts.push(/^\d{4}\/\d{2}$/.test(segment) ? segment : words(segment));
		prefix = here;
	}
	return parts.join(' › ');
}
