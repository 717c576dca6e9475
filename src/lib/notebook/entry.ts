// Reading what someone types into a grid cell of a model and turning it into what the model file
// stores: a plain decimal string in the file's entry unit ("306.3"), a percent string ("2.1"), a
// whole-number string ("215000"), or a formula kept as typed ("=tariff_uplift"). Every value is
// worked out with Decimal, never a JS number, so "£1.2m" in a £k file is exactly "1200".
import type { Dec } from '../engine/index';
import { amountIn, readAmountText, writtenValue, type AmountText } from '../engine/index';
import type { MoneyUnit } from '../engine/index';

/** What a cell entry gives: the string to store, or a message saying what is accepted. */
export type Entry = { ok: true; value: string } | { ok: false; message: string };

/** The unit a model file's amounts are entered in: £, £k or £m. */
export type EntryUnit = MoneyUnit;

// More digits than this are refused: 50 significant digits (D's precision) then hold any shift by
// up to nine places exactly, so no entry is ever rounded silently.
const MAX_DIGITS = 30;

const MONEY_HELP =
	'type a number such as 1,234.5, (3.4) for a negative, £1.2m or 450k, or a formula starting with =';
const RATE_HELP =
	'type a percentage such as 2.1 or 2.1% (no £, k, m or commas), -0.5% or (0.5) for a negative, or a formula starting with =';
const COUNT_HELP = 'type a whole number such as 215,000, or a formula starting with =';
const PER_HEAD_HELP =
	'type pounds per head such as 3, £3 or £2.50 (no k or m), -1.5 or (1.5) for a negative, or a formula starting with =';

const ok = (value: string): Entry => ({ ok: true, value });
const fail = (message: string): Entry => ({ ok: false, message });

/** A Decimal as the model file writes it: plain digits, no exponent, no trailing zeros, never "-0". */
function written(value: Dec): string {
	return value.isZero() ? '0' : value.toFixed();
}

/** "=" then the rest trimmed; the caller evaluates it. A lone "=" is refused: there is nothing to keep. */
function formula(text: string): Entry {
	const expression = text.slice(1).trim();
	if (expression === '') return fail('Type a formula after =, e.g. =tariff_uplift');
	return ok(`=${expression}`);
}

type Read = AmountText | { message: string };

/**
 * The amount typed, in money-text.ts's grammar ("(3.4)" or a leading minus, ASCII or U+2212, for a
 * negative; both at once is refused rather than guessed at), if `accepts` takes it; otherwise why
 * not, `help` when it is not an amount this cell takes.
 */
function read(text: string, help: string, accepts: (amount: AmountText) => boolean): Read {
	const amount = readAmountText(text);
	if ('error' in amount)
		return {
			message:
				amount.error === 'both signs' ? `"${text}" has both brackets and a minus sign: use one of them` : help
		};
	return accepts(amount) ? amount : { message: help };
}

/** Why an amount is refused for its length (see MAX_DIGITS), if it is. */
function tooLong(amount: AmountText, text: string): string | undefined {
	const digits = amount.whole.length + amount.fraction.length;
	return digits > MAX_DIGITS ? `"${text}" has more than ${MAX_DIGITS} digits` : undefined;
}

/**
 * Reads an amount of money typed into a grid cell, in the file's entry unit.
 *
 * Accepted: `1,234.5` (separators only in groups of three), `(3.4)` or `-3.4` for a negative, an
 * optional leading `£`, and a unit suffix `k`, `m` or `bn` (any case, optionally after a space).
 * The unit typed is converted exactly to the entry unit: a suffix names it, `£` with no suffix means
 * pounds (`£3` in a £k file is 0.003), and plain digits are already in the entry unit. A formula
 * (`=...`) is kept as typed, trimmed, without being checked.
 * @example parseMoneyEntry('450k', 'm') // { ok: true, value: '0.45' }
 * @example parseMoneyEntry('(£1.5m)', 'k') // { ok: true, value: '-1500' }
 * @example parseMoneyEntry('12x', 'm') // { ok: false, message: '"12x" is not an amount: type a number ...' }
 */
export function parseMoneyEntry(text: string, entryUnit: EntryUnit): Entry {
	const trimmed = text.trim();
	if (trimmed === '') return fail('Enter an amount, e.g. 1,234.5 or £1.2m');
	if (trimmed.startsWith('=')) return formula(trimmed);
	const amount = read(trimmed, `"${trimmed}" is not an amount: ${MONEY_HELP}`, (a) => !a.percent);
	if ('message' in amount) return fail(amount.message);
	const long = tooLong(amount, trimmed);
	if (long !== undefined) return fail(long);
	// The unit typed: a suffix names it; a bare "£" means pounds; plain digits are in the entry unit.
	return ok(written(amountIn(amount, entryUnit)));
}

/**
 * Reads a rate typed into a grid cell as a percent string: `2.1` and `2.1%` both mean 2.1%.
 *
 * Accepted: an optional `%` (spaces around it are fine), `-0.5%` or `(0.5)` / `(0.5%)` for a
 * negative, and formulas (`=...`, kept as typed, trimmed). Refused: `£`, k/m suffixes and commas,
 * which would mean the text is an amount, not a rate.
 * @example parseRateEntry(' 2.1 % ') // { ok: true, value: '2.1' }
 * @example parseRateEntry('(0.5)') // { ok: true, value: '-0.5' }
 */
export function parseRateEntry(text: string): Entry {
	const trimmed = text.trim();
	if (trimmed === '') return fail('Enter a rate in percent, e.g. 2.1%');
	if (trimmed.startsWith('=')) return formula(trimmed);
	// One % is allowed, inside or outside brackets: "(0.5%)" and "(0.5)%" are both read.
	const outer = /^(.*?)\s*%$/s.exec(trimmed);
	const amount = read(
		outer?.[1] ?? trimmed,
		`"${trimmed}" is not a rate: ${RATE_HELP}`,
		(a) => !a.pound && a.suffix === '' && !a.grouped && !(outer && a.percent)
	);
	if ('message' in amount) return fail(amount.message);
	const long = tooLong(amount, trimmed);
	if (long !== undefined) return fail(long);
	const value = writtenValue(amount);
	return ok(written(amount.negative ? value.neg() : value));
}

/**
 * Reads a count (a registered population, say) typed into a grid cell.
 *
 * Accepted: whole numbers, with thousands separators in groups of three (`215,000`), and formulas
 * (`=...`, kept as typed, trimmed). Refused with a message: fractions (`2.5`, even `3.0`),
 * negatives, and units (`£`, `k`, `m`): a count is a plain number of people.
 * @example parseCountEntry('215,000') // { ok: true, value: '215000' }
 * @example parseCountEntry('2.5') // { ok: false, message: '"2.5" is not a count: a count is a whole number ...' }
 */
export function parseCountEntry(text: string): Entry {
	const trimmed = text.trim();
	if (trimmed === '') return fail('Enter a whole number, e.g. 215,000');
	if (trimmed.startsWith('=')) return formula(trimmed);
	const amount = read(
		trimmed,
		`"${trimmed}" is not a count: ${COUNT_HELP}`,
		(a) => !a.pound && a.suffix === '' && !a.percent
	);
	if ('message' in amount) return fail(amount.message);
	if (amount.fraction !== '') {
		return fail(`"${trimmed}" is not a count: a count is a whole number, such as 215,000`);
	}
	const long = tooLong(amount, trimmed);
	if (long !== undefined) return fail(long);
	const value = writtenValue(amount);
	if (amount.negative && !value.isZero()) {
		return fail(`"${trimmed}" is not a count: a count cannot be negative`);
	}
	return ok(written(value));
}

/**
 * Reads a per-head rate typed into a grid cell: always pounds per head, whatever the entry unit.
 *
 * Accepted: `3`, `£3`, `£2.50`, `1,200`, `-1.5` or `(£1.5)` for a negative (the model format allows
 * one), and formulas (`=...`, kept as typed, trimmed). Refused: k/m/bn suffixes, since a per-head
 * rate is never in thousands or millions of pounds.
 * @example parsePerHeadEntry('£2.50') // { ok: true, value: '2.5' }
 * @example parsePerHeadEntry('3k') // { ok: false, message: '"3k" is not a per-head rate: per-head rates are in pounds ...' }
 */
export function parsePerHeadEntry(text: string): Entry {
	const trimmed = text.trim();
	if (trimmed === '') return fail('Enter pounds per head, e.g. £3 or 2.50');
	if (trimmed.startsWith('=')) return formula(trimmed);
	const amount = read(trimmed, `"${trimmed}" is not a per-head rate: ${PER_HEAD_HELP}`, (a) => !a.percent);
	if ('message' in amount) return fail(amount.message);
	if (amount.suffix !== '') {
		return fail(
			`"${trimmed}" is not a per-head rate: per-head rates are in pounds, so leave off the ${amount.suffix}`
		);
	}
	const long = tooLong(amount, trimmed);
	if (long !== undefined) return fail(long);
	const value = writtenValue(amount);
	return ok(written(amount.negative ? value.neg() : value));
}
