// Turns a validated model file into the engine's input: amounts into pounds, percents into
// fractions, month labels into numbers, printed stated figures into value + precision.
import {
	D,
	percent,
	type Dec,
	type DeliveryCategory,
	type ModelInput,
	type Organisation,
	type PerYear,
	type StatedFigure,
	type UnidentifiedPlan,
	toPounds,
	type MoneyUnit,
	parseMonth
} from '../engine/index';
import type { ModelFile, OrganisationFile } from './schema';

type Decimalish = string | number;

const dec = (v: Decimalish): Dec => D(typeof v === 'number' ? String(v) : literal(v).trim());

/** Formulas are replaced by literals before this runs (model/formulas.ts); one left over is a bug. */
function literal<T>(value: T | string): T {
	if (typeof value === 'string' && value.startsWith('=')) throw new Error(`unresolved formula ${value}`);
	return value as T;
}

function mapYears<T, U>(
	values: Readonly<Record<string, T>> | string | undefined,
	f: (v: T) => U
): PerYear<U> {
	return Object.fromEntries(Object.entries(literal(values) ?? {}).map(([year, v]) => [year, f(v)]));
}

/** A rate written once for all years becomes the same fraction in every year. */
function rateByYear(
	value: Decimalish | Readonly<Record<string, Decimalish>> | undefined,
	years: readonly string[]
): PerYear<Dec> | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'object') return mapYears(value, (v) => percent(dec(v)));
	const fraction = percent(dec(value));
	return Object.fromEntries(years.map((y) => [y, fraction]));
}

/** Printed figures by year and line key, as value and precision in pounds. */
function statedByYear(
	byYear: Readonly<Record<string, Readonly<Record<string, string>>>>,
	unit: MoneyUnit
): PerYear<Record<string, StatedFigure>> {
	return mapYears(byYear, (figures) =>
		Object.fromEntries(Object.entries(figures).map(([key, text]) => [key, stated(text, unit)]))
	);
}

function stated(text: string, unit: MoneyUnit): StatedFigure {
	const decimals = text.split('.')[1]?.length ?? 0;
	return { value: toPounds(D(text), unit), precision: toPounds(D(10).pow(-decimals), unit) };
}

function organisation(org: OrganisationFile, years: readonly string[], unit: MoneyUnit): Organisation {
	const money = (v: Decimalish) => toPounds(dec(v), unit);
	const moneyByYear = (values: Readonly<Record<string, Decimalish>> | string | undefined) =>
		mapYears(values, money);
	return {
		id: org.id,
		name: org.name,
		priorRecurrentAllocation: money(org.allocation.priorRecurrent),
		allocations: mapYears(org.allocation.years, (entry) =>
			'value' in entry ? { value: money(entry.value) } : { growth: percent(dec(entry.growth)) }
		),
		specificAllocations: org.specificAllocations.map((item) => ({
			...item,
			values: moneyByYear(item.values)
		})),
		openingPosition: money(org.opening.position),
		openingLabel: org.opening.label,
		normalisation: moneyByYear(org.normalisation),
		costLines: org.costLines.map((line) => ({
			id: line.id,
			name: line.name,
			tariff: line.tariff,
			base: money(line.base),
			activityGrowth: rateByYear(line.activityGrowth, years),
			inflation: rateByYear(line.inflation, years),
			efficiency: rateByYear(line.efficiency, years),
			otherPressures: line.otherPressures === undefined ? undefined : moneyByYear(line.otherPressures)
		})),
		contingency: {
			...org.reserves.contingency,
			rate: rateByYear(org.reserves.contingency.rate, years) ?? {}
		},
		nonRecurrentReserve: {
			...org.reserves.nonRecurrent,
			rate: rateByYear(org.reserves.nonRecurrent.rate, years) ?? {}
		},
		investments: org.reserves.investments.map((item) => ({ ...item, values: moneyByYear(item.values) })),
		// Per-head rates are always in pounds per head, whatever the entry unit.
		perHead: org.reserves.perHead.map((item) => ({
			...item,
			rate:
				typeof item.rate === 'object'
					? mapYears(item.rate, dec)
					: Object.fromEntries(years.map((y) => [y, dec(item.rate as Decimalish)]))
		})),
		population: mapYears(org.population, dec),
		schemes: org.qipp.schemes.map((s) => ({
			id: s.id,
			name: s.name,
			workstream: s.workstream,
			rag: s.rag,
			...(typeof s.startMonth === 'string'
				? { startMonth: parseMonth(s.startMonth) ?? 1 }
				: { startMonth: 1, startMonths: mapYears(s.startMonth, (m) => parseMonth(m) ?? 1) }),
			recurrent: s.recurrent,
			values: moneyByYear(s.values)
		})),
		unidentified: mapYears(org.qipp.unidentified, (v): UnidentifiedPlan =>
			v === 'balance' ? 'balance' : { amount: money(v) }
		),
		target: moneyByYear(org.target),
		stated: statedByYear(org.stated, unit)
	};
}

/** The engine input for a validated (and scenario-resolved) model file. */
export function toEngineInput(model: ModelFile): ModelInput {
	const years = model.years;
	const factor = (v: Decimalish) => percent(dec(v));
	const f = model.qippDeliveryFactors;
	const deliveryFactors: Record<DeliveryCategory, Dec> = {
		green: factor(f.green),
		amber: factor(f.amber),
		red: factor(f.red),
		unidentified: factor(f.unidentified)
	};
	return {
		years,
		convention: model.convention,
		assumptions: {
			activityGrowth: rateByYear(model.assumptions.activityGrowth, years) ?? {},
			inflation: rateByYear(model.assumptions.inflation, years) ?? {},
			efficiency: rateByYear(model.assumptions.efficiency, years) ?? {}
		},
		deliveryFactors,
		organisations: model.organisations.map((org) => organisation(org, years, model.unit)),
		...(model.statedTotal === undefined ? {} : { statedTotal: statedByYear(model.statedTotal, model.unit) })
	};
}
