// Named values as a report: per year, exact decimal strings (money in the chosen unit, percentages
// in percent), or the error a name has. Shared by `bridgebook eval` and the golden tests.
import { type Dec, type Value, fromPounds, type MoneyUnit } from '../engine/index';

export interface CellReport {
	name: string;
	/** 'gbp', 'k' or 'm' for money (as in bridge reports), else 'percent', 'count', 'number' or 'boolean'; empty for an error. */
	unit: string;
	/** One entry per model year (the same value in each for a single value). */
	values?: Record<string, string>;
	/** The error; `at` is the 1-based character of the formula where it was found, when known. */
	error?: { code: string; message: string; at?: number };
}

export function cellReport(
	name: string,
	value: Value | undefined,
	years: readonly string[],
	unit: MoneyUnit
): CellReport {
	if (value === undefined)
		return { name, unit: '', error: { code: 'undefined-name', message: `"${name}" is not defined` } };
	if (value.kind === 'error') {
		const at = value.position === undefined ? undefined : value.position.start + 1;
		return {
			name,
			unit: '',
			error:
				at === undefined
					? { code: value.code, message: value.message }
					: { code: value.code, message: value.message, at }
		};
	}
	const text = (d: Dec) =>
		value.unit === 'money'
			? fromPounds(d, unit).toFixed()
			: value.unit === 'percent'
				? d.times(100).toFixed()
				: d.toFixed();
	const label = value.unit === 'money' ? unit : value.unit;
	const at = (i: number) => (value.kind === 'scalar' ? value.value : value.values[i]!);
	return { name, unit: label, values: Object.fromEntries(years.map((y, i) => [y, text(at(i))])) };
}
