// What each kind of input accepts, as typed into a grid: the text in, the file's value out, or a
// message saying what is accepted. Numbers are parsed by entry.ts; the rest are short lists.
import type { MoneyUnit } from '../engine/index';
import { parseCountEntry, parseMoneyEntry, parsePerHeadEntry, parseRateEntry, type Entry } from './entry';

export type FieldKind =
	| 'money'
	| 'rate'
	| 'count'
	| 'perHead'
	| 'name'
	| 'rag'
	| 'month'
	| 'yesNo'
	/** Unidentified QIPP: an amount, or "balance" to balance the plan to its target. */
	| 'unidentified'
	/** A named cell's formula, kept as written (a leading "=" is dropped). */
	| 'formula'
	/** A named cell's plain number. */
	| 'number';

const RAG: Readonly<Record<string, string>> = { g: 'green', a: 'amber', r: 'red' };
const MONTHS = ['apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'jan', 'feb', 'mar'];

function rag(text: string): Entry {
	const value = RAG[text.trim().toLowerCase().charAt(0)];
	return value && ['g', 'a', 'r', 'green', 'amber', 'red'].includes(text.trim().toLowerCase())
		? { ok: true, value }
		: { ok: false, message: `"${text}" is not a RAG rating: type green, amber or red (or G, A, R)` };
}

/** M01 is April (month 1 of the NHS year); "Jul", "M04" and "4" all mean July. */
function month(text: string): Entry {
	const t = text.trim().toLowerCase();
	const byName = MONTHS.indexOf(t.slice(0, 3));
	const number = /^m?(\d{1,2})$/.exec(t)?.[1];
	const n = byName >= 0 && t.length >= 3 ? byName + 1 : number !== undefined ? Number(number) : 0;
	return n >= 1 && n <= 12
		? { ok: true, value: `M${String(n).padStart(2, '0')}` }
		: {
				ok: false,
				message: `"${text}" is not a month: type M01 (April) to M12 (March), or a name such as Jul`
			};
}

function yesNo(text: string): Entry {
	const t = text.trim().toLowerCase();
	if (['yes', 'y', 'true', 'r', 'recurrent'].includes(t)) return { ok: true, value: 'yes' };
	if (['no', 'n', 'false', 'nr', 'non-recurrent'].includes(t)) return { ok: true, value: 'no' };
	return { ok: false, message: `"${text}" is not yes or no` };
}

function name(text: string): Entry {
	return text.trim() === ''
		? { ok: false, message: 'A name cannot be empty' }
		: { ok: true, value: text.trim() };
}

/**
 * The file's value for `text` typed into an input of `kind`; an empty number means zero.
 * @example parseField('money', '£1.2m', 'k') // { ok: true, value: '1200' }
 */
export function parseField(kind: FieldKind, text: string, unit: MoneyUnit): Entry {
	const numeric = ['money', 'rate', 'count', 'perHead', 'number'].includes(kind);
	if (numeric && text.trim() === '') return { ok: true, value: '0' };
	if (kind === 'unidentified' && text.trim() === '') return { ok: true, value: 'balance' };
	switch (kind) {
		case 'money':
			return parseMoneyEntry(text, unit);
		case 'rate':
			return parseRateEntry(text);
		case 'count':
			return parseCountEntry(text);
		case 'perHead':
			return parsePerHeadEntry(text);
		case 'name':
			return name(text);
		case 'rag':
			return rag(text);
		case 'month':
			return month(text);
		case 'yesNo':
			return yesNo(text);
		case 'formula': {
			const formula = text.trim().replace(/^=\s*/, '');
			return formula === ''
				? { ok: false, message: 'A formula cannot be empty' }
				: { ok: true, value: formula };
		}
		case 'number':
			// A plain number reads like a rate without its % sign.
			return text.includes('%')
				? {
						ok: false,
						message: `"${text}" is not a plain number: leave off the % (or make the cell a percent)`
					}
				: parseRateEntry(text);
		case 'unidentified':
			return /^\s*balance\s*$/i.test(text) ? { ok: true, value: 'balance' } : parseMoneyEntry(text, unit);
	}
}

/** The JSON value a parsed field is stored as (booleans for yes/no, strings otherwise). */
export function storedValue(kind: FieldKind, value: string): string | boolean {
	return kind === 'yesNo' ? value === 'yes' : value;
}
