// An input value from a model file in words, for lists of what a scenario changes: a rate or an
// amount as written, a value per year as "2026/27: 3.5, 2027/28: 3.0", nothing as "(none)".
import type { Json } from '../model/json-path';

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
