// An entry that moves the value an input already has instead of replacing it: "+1 pp" (or "+1%")
// on a rate, "×0.9" on anything, "−10%" or "+£2m" on an amount. In a scenario the change is kept
// as such, so it follows the parent; in the baseline it is worked out at once (notebook/inputs.ts).
import { D } from '../engine/index';
import type { MoneyUnit } from '../engine/index';
import type { Change } from '../model/scenario-change';
import { parseMoneyEntry } from './entry';
import type { FieldKind } from './fields';

type Relative = { ok: true; change: Change } | { ok: false; message: string };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const TIMES = new RegExp(String.raw`^[×xX*]\s*${NUMBER}$`);
const POINTS = new RegExp(String.raw`^([+\-−])\s*${NUMBER}\s*(%|pp)?$`, 'i');
const PERCENT = new RegExp(String.raw`^([+\-−])\s*${NUMBER}\s*%$`);

const sign = (s: string) => (s === '+' ? 1 : -1);

/**
 * The change `text` asks for in an input of `kind`, or undefined when it is a plain entry. A
 * leading minus alone is a negative value, not a change ("−0.5" is −0.5%, "−0.5 pp" a change).
 * @example parseRelativeEntry('rate', '+1%', 'm') // { ok: true, change: { add: '1' } }
 * @example parseRelativeEntry('money', '-10%', 'm') // { ok: true, change: { times: '0.9' } }
 */
export function parseRelativeEntry(kind: FieldKind, text: string, unit: MoneyUnit): Relative | undefined {
	if (!['money', 'rate', 'count', 'perHead'].includes(kind)) return undefined;
	const trimmed = text.trim();
	const times = TIMES.exec(trimmed);
	if (times) return { ok: true, change: { times: D(times[1]!).toFixed() } };
	if (kind === 'rate') {
		const points = POINTS.exec(trimmed);
		if (!points || (points[1] !== '+' && points[3]?.toLowerCase() !== 'pp')) return undefined;
		return { ok: true, change: { add: D(points[2]!).times(sign(points[1]!)).toFixed() } };
	}
	const percent = PERCENT.exec(trimmed);
	if (percent) {
		const factor = D(1).plus(D(percent[2]!).times(sign(percent[1]!)).div(100));
		if (factor.isNegative())
			return { ok: false, message: `"${trimmed}" would make the value negative: at most −100%` };
		return { ok: true, change: { times: factor.toFixed() } };
	}
	if (!trimmed.startsWith('+')) return undefined;
	const amount =
		kind === 'money'
			? parseMoneyEntry(trimmed.slice(1), unit)
			: /^\s*£?\d+(\.\d+)?$/.test(trimmed.slice(1))
				? { ok: true as const, value: D(trimmed.slice(1).replace('£', '').trim()).toFixed() }
				: { ok: false as const, message: `"${trimmed}" is not a change: type +2, ×0.9 or −10%` };
	if (!amount.ok) return amount;
	if (amount.value.startsWith('='))
		return { ok: false, message: 'A change cannot be a formula: type +2 or ×0.9' };
	return { ok: true, change: { add: amount.value } };
}
