// Small hand-built engine inputs for the engine tests: an empty organisation and model that each
// test fills in with only the figures it is about, plus one-line readers for bridge results.
import { D, type Dec } from '../../../src/lib/engine/decimal';
import type { BridgeLine } from '../../../src/lib/engine/bridge';
import type { YearResult } from '../../../src/lib/engine/project';
import type {
	CostLine,
	DeliveryCategory,
	ModelInput,
	NamedAmounts,
	Organisation,
	PerHeadItem,
	PerYear,
	QippScheme
} from '../../../src/lib/engine/types';

/** The delivery factors docs/finance-model.md gives as an example: green 100%, amber 75%, red 50%, unidentified 0%. */
export const FACTORS: Readonly<Record<DeliveryCategory, Dec>> = {
	green: D(1),
	amber: D('0.75'),
	red: D('0.5'),
	unidentified: D(0)
};

/** A per-year record from plain strings: `py({ '2017/18': '1.5' })`. */
export function py(values: Readonly<Record<string, string | number>>): PerYear<Dec> {
	return Object.fromEntries(Object.entries(values).map(([year, value]) => [year, D(value)]));
}

/** The same value in each of `years`. */
export function every(years: readonly string[], value: string | number): PerYear<Dec> {
	return Object.fromEntries(years.map((year) => [year, D(value)]));
}

/** An organisation with nothing in it: zero allocation, no lines, no reserves, no QIPP, target 0. */
export function org(overrides: Partial<Organisation> = {}): Organisation {
	return {
		id: 'ccg',
		name: 'Test CCG',
		priorRecurrentAllocation: D(0),
		allocations: {},
		specificAllocations: [],
		openingPosition: D(0),
		normalisation: {},
		costLines: [],
		contingency: { rate: {}, base: 'current' },
		nonRecurrentReserve: { rate: {}, base: 'current' },
		investments: [],
		perHead: [],
		population: {},
		schemes: [],
		unidentified: {},
		target: {},
		stated: {},
		...overrides
	};
}

/** A model over `years` with zero default rates, the multiplicative convention and FACTORS. */
export function model(overrides: Partial<ModelInput> = {}): ModelInput {
	return {
		years: ['2017/18'],
		convention: 'multiplicative',
		assumptions: { activityGrowth: {}, inflation: {}, efficiency: {} },
		deliveryFactors: FACTORS,
		organisations: [org()],
		...overrides
	};
}

export function costLine(overrides: Partial<CostLine> & Pick<CostLine, 'id' | 'base'>): CostLine {
	return { name: overrides.id, tariff: false, ...overrides };
}

export function scheme(overrides: Partial<QippScheme> & Pick<QippScheme, 'id' | 'values'>): QippScheme {
	return {
		name: overrides.id,
		workstream: 'Prescribing',
		rag: 'green',
		startMonth: 1,
		recurrent: true,
		...overrides
	};
}

export function amounts(
	overrides: Partial<NamedAmounts> & Pick<NamedAmounts, 'id' | 'values'>
): NamedAmounts {
	return { name: overrides.id, recurrent: true, ...overrides };
}

export function perHead(overrides: Partial<PerHeadItem> & Pick<PerHeadItem, 'id' | 'rate'>): PerHeadItem {
	return { name: overrides.id, recurrent: true, ...overrides };
}

/** A stated unidentified QIPP of zero in each year, so that nothing balances to the target. */
export function noUnidentified(years: readonly string[]): Organisation['unidentified'] {
	return Object.fromEntries(years.map((year) => [year, { amount: D(0) }]));
}

/** The bridge line with `key`; fails the test when it is missing. */
export function line(result: { readonly lines: readonly BridgeLine[] }, key: string): BridgeLine {
	const found = result.lines.find((l) => l.key === key);
	if (!found) throw new Error(`no bridge line "${key}" in [${result.lines.map((l) => l.key).join(', ')}]`);
	return found;
}

/** The value of the bridge line with `key`, as a string (Decimal#toString). */
export function step(result: { readonly lines: readonly BridgeLine[] }, key: string): string {
	return line(result, key).value.toString();
}

/** Every step line's value, in bridge order. */
export function stepValues(result: { readonly lines: readonly BridgeLine[] }): Dec[] {
	return result.lines.filter((l) => l.kind === 'step').map((l) => l.value);
}

/** The year's result; fails the test when the year is missing. */
export function yearOf(results: readonly YearResult[], year: string): YearResult {
	const found = results.find((r) => r.year === year);
	if (!found) throw new Error(`no result for ${year}`);
	return found;
}
