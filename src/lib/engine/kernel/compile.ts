// ModelInput -> CompiledModel: every amount to whole pence and every rate to whole units of
// 10^-RATE_DECIMALS. A model that cannot be held exactly so (a fraction of a penny, a rate with more
// decimals than the scale or beyond ±MAX_RATE, two cost lines with one id) is refused with a
// reason, and the caller uses the Decimal engine.
import { ZERO, toPenny, type Dec } from '../decimal';
import { levelAt } from '../levels';
import { trancheStartMonth } from '../qipp';
import type { ModelInput, Organisation, PerYear } from '../types';
import {
	CATEGORY_ORDER,
	type CompiledItem,
	type CompiledModel,
	type CompiledOrganisation,
	type Series
} from './compiled';
import { MAX_RATE, RATE_DECIMALS, toPence, toScaled } from './integer';

/** Why a model (or a value) cannot be held by the kernel; its message is the reason. */
export class NotHeld extends Error {}

/** Pounds to pence, refusing a fraction of a penny. */
export function pence(pounds: Dec, what: string): number {
	const held = toPence(pounds);
	if (held === undefined) throw new NotHeld(`${what} is £${pounds.toString()}, not a whole number of pence`);
	return held;
}

/** A fraction to whole units of 10^-RATE_DECIMALS, refusing one with more decimals or too large. */
export function scaled(rate: Dec, what: string): number {
	const held = toScaled(rate);
	if (held === undefined)
		throw new NotHeld(
			rate.abs().gt(MAX_RATE)
				? `${what} is ${rate.toString()}, beyond the kernel's ±${MAX_RATE * 100}%`
				: `${what} is ${rate.toString()}, which has more than ${RATE_DECIMALS} decimals`
		);
	return held;
}

/** Compile a resolved model for the kernel; throws NotHeld with the reason when it cannot. */
export function compile(model: ModelInput): CompiledModel {
	const { years } = model;
	const assumption = (values: PerYear<Dec>, what: string): Series =>
		Float64Array.from(years, (y) =>
			values[y] === undefined ? NaN : scaled(values[y], `assumptions.${what}.${y}`)
		);
	return {
		years,
		convention: model.convention,
		assumptions: {
			activityGrowth: assumption(model.assumptions.activityGrowth, 'activityGrowth'),
			inflation: assumption(model.assumptions.inflation, 'inflation'),
			efficiency: assumption(model.assumptions.efficiency, 'efficiency')
		},
		factors: Float64Array.from(CATEGORY_ORDER, (c) =>
			scaled(model.deliveryFactors[c], `deliveryFactors.${c}`)
		),
		organisations: model.organisations.map((org) => organisation(model, org))
	};
}

function organisation(model: ModelInput, org: Organisation): CompiledOrganisation {
	const { years } = model;
	const n = years.length;
	const at = `organisations.${org.id}`;
	const rate = (value: Dec, what: string) => scaled(value, `${at}.${what}`);
	const money = (value: Dec, what: string) => pence(value, `${at}.${what}`);
	/** Per year; `none` where the year has no value. */
	const amounts = (values: PerYear<Dec> | undefined, what: string, none = 0): Series =>
		Float64Array.from(years, (y) => (values?.[y] === undefined ? none : money(values[y], `${what}.${y}`)));
	const rates = (values: PerYear<Dec> | undefined, what: string): Series =>
		Float64Array.from(years, (y) => (values?.[y] === undefined ? 0 : rate(values[y], `${what}.${y}`)));
	const item = (id: string, recurrent: boolean, values: PerYear<Dec>, what: string): CompiledItem => ({
		id,
		recurrent,
		values: amounts(values, what, NaN)
	});

	const ids = org.costLines.map((line) => line.id);
	if (new Set(ids).size !== ids.length) throw new NotHeld(`${at} has two cost lines with one id`);
	const lines = org.costLines.length;
	const compiled: CompiledOrganisation = {
		id: org.id,
		name: org.name,
		priorRecurrent: money(org.priorRecurrentAllocation, 'priorRecurrentAllocation'),
		opening: money(org.openingPosition, 'openingPosition'),
		allocationValue: Float64Array.from(years, (y) => {
			const entry = org.allocations[y];
			return entry && 'value' in entry ? money(entry.value, `allocations.${y}.value`) : NaN;
		}),
		allocationGrowth: Float64Array.from(years, (y) => {
			const entry = org.allocations[y];
			return entry && 'growth' in entry ? rate(entry.growth, `allocations.${y}.growth`) : NaN;
		}),
		normalisation: amounts(org.normalisation, 'normalisation'),
		lineIds: ids,
		base: Float64Array.from(org.costLines, (line) => money(line.base, `costLines.${line.id}.base`)),
		tariff: Uint8Array.from(org.costLines, (line) => (line.tariff ? 1 : 0)),
		activityGrowth: new Float64Array(lines * n),
		inflation: new Float64Array(lines * n),
		efficiency: new Float64Array(lines * n),
		ownActivityGrowth: new Uint8Array(lines * n),
		ownInflation: new Uint8Array(lines * n),
		ownEfficiency: new Uint8Array(lines * n),
		pressures: new Float64Array(lines * n),
		hasPressures: org.costLines.some((line) => line.otherPressures !== undefined),
		contingency: {
			rate: rates(org.contingency.rate, 'contingency.rate'),
			prior: org.contingency.base === 'prior'
		},
		nonRecurrent: {
			rate: rates(org.nonRecurrentReserve.rate, 'nonRecurrentReserve.rate'),
			prior: org.nonRecurrentReserve.base === 'prior'
		},
		investments: org.investments.map((i) => item(i.id, i.recurrent, i.values, `investments.${i.id}.values`)),
		// Rate x population is made by the Decimal rule itself (both are inputs), then held in pence.
		perHead: org.perHead.map((i) => ({
			id: i.id,
			recurrent: i.recurrent,
			values: Float64Array.from(years, (year, y) => {
				const perHead = i.recurrent ? levelAt(i.rate, years, y) : (i.rate[year] ?? ZERO);
				return money(toPenny(perHead.times(levelAt(org.population, years, y))), `perHead.${i.id}.${year}`);
			})
		})),
		specifics: org.specificAllocations.map((i) =>
			item(i.id, i.recurrent, i.values, `specificAllocations.${i.id}.values`)
		),
		schemes: org.schemes.map((s) => {
			const outside = Object.keys(s.values).filter((y) => !years.includes(y) && !s.values[y]!.isZero());
			return {
				id: s.id,
				rag: CATEGORY_ORDER.indexOf(s.rag),
				recurrent: s.recurrent,
				startMonth: s.startMonth,
				startMonths: s.startMonths ? Uint8Array.from(years, (y) => trancheStartMonth(s, y)) : undefined,
				outsideBefore: Uint8Array.from(years, (y) => (outside.some((o) => o < y) ? 1 : 0)),
				values: amounts(s.values, `schemes.${s.id}.values`)
			};
		}),
		unidentified: Float64Array.from(years, (y) => {
			const plan = org.unidentified[y];
			return plan === undefined || plan === 'balance' ? NaN : money(plan.amount, `unidentified.${y}`);
		}),
		target: amounts(org.target, 'target')
	};
	const defaults = model.assumptions;
	org.costLines.forEach((line, k) => {
		years.forEach((year, y) => {
			const i = y * lines + k;
			const pick = (
				own: PerYear<Dec> | undefined,
				fallback: PerYear<Dec>,
				what: string,
				owned: Uint8Array
			) => {
				const value = own?.[year];
				if (value !== undefined) owned[i] = 1;
				const chosen = value ?? fallback[year];
				return chosen === undefined ? 0 : rate(chosen, `costLines.${line.id}.${what}.${year}`);
			};
			compiled.activityGrowth[i] = pick(
				line.activityGrowth,
				defaults.activityGrowth,
				'activityGrowth',
				compiled.ownActivityGrowth
			);
			compiled.inflation[i] = pick(line.inflation, defaults.inflation, 'inflation', compiled.ownInflation);
			compiled.efficiency[i] = line.tariff
				? pick(line.efficiency, defaults.efficiency, 'efficiency', compiled.ownEfficiency)
				: 0;
			const pressure = line.otherPressures?.[year];
			compiled.pressures[i] =
				pressure === undefined ? 0 : money(pressure, `costLines.${line.id}.otherPressures.${year}`);
		});
	});
	return compiled;
}
