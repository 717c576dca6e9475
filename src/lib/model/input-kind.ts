// What the input at a dotted path measures, read from where it sits in the file: a rate in percent,
// £ per head, a count or money in the entry unit. Lists of changes use it to show a value as entered.
import type { EnteredKind } from '../engine/index';
import { readAt, splitYear, type Json } from './json-path';

const RATES = new Set(['activityGrowth', 'inflation', 'efficiency', 'growth', 'rate']);
const CELL_KIND: Readonly<Record<string, EnteredKind>> = { percent: 'rate', money: 'money', count: 'count' };

/**
 * @example inputKind(file, 'organisations.north.costLines.acute.inflation.2026/27') // 'rate'
 * @example inputKind(file, 'organisations.north.reserves.perHead.gp.rate') // 'perHead'
 */
export function inputKind(file: Json, path: string): EnteredKind | undefined {
	const steps = (splitYear(path)?.field ?? path).split('.');
	const field = steps.at(-1) ?? '';
	if (steps[0] === 'cells') {
		const unit = readAt(file, `cells.${steps[1]}.unit`);
		return typeof unit === 'string' ? CELL_KIND[unit] : undefined;
	}
	if (steps[0] === 'qippDeliveryFactors') return 'rate';
	if (field === 'rate' && steps.at(-3) === 'perHead') return 'perHead';
	if (field === 'population') return 'count';
	return RATES.has(field) ? 'rate' : 'money';
}
