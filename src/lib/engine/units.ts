// Money units for entry and display: pounds, thousands (£k) and millions (£m). The engine works
// in pounds; conversion is an exact shift of the decimal point.
import { D, type Dec } from './decimal';

export type MoneyUnit = 'gbp' | 'k' | 'm';

export const MONEY_UNITS: readonly MoneyUnit[] = ['gbp', 'k', 'm'];

/** Pounds in one of each unit, as a power of ten: converting is a shift of the decimal point. */
export const UNIT_POWER: Readonly<Record<MoneyUnit, number>> = { gbp: 0, k: 3, m: 6 };

const SCALE: Record<MoneyUnit, Dec> = {
	gbp: D(10).pow(UNIT_POWER.gbp),
	k: D(10).pow(UNIT_POWER.k),
	m: D(10).pow(UNIT_POWER.m)
};

/** Pounds from an amount in `unit`. */
export function toPounds(amount: Dec, unit: MoneyUnit): Dec {
	return amount.times(SCALE[unit]);
}

/**
 * An amount in pounds expressed in `unit`, exactly.
 * @example fromPounds(D(504500), 'm').toString() // '0.5045'
 */
export function fromPounds(pounds: Dec, unit: MoneyUnit): Dec {
	return pounds.div(SCALE[unit]);
}

export function isMoneyUnit(text: string): text is MoneyUnit {
	return (MONEY_UNITS as readonly string[]).includes(text);
}
