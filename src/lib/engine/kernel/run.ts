// One run of the integer-pence kernel: every organisation-year of a compiled model under a view,
// step for step as project.ts does it with Decimals (ADR 0004's roundings at the same places), but
// keeping only the figures: bridge line values, QIPP totals and the context figures, in pence.
import { bridgeRank } from '../bridge-steps';
import type { View } from '../types';
import { UNIDENTIFIED, type CompiledItem, type CompiledModel, type CompiledOrganisation } from './compiled';
import { RATE_UNIT, divRound, mulRound } from './integer';

/** The figures of one organisation (or the consolidated total) in every year, in pence. */
export interface KernelFigures {
	/** Bridge line keys in bridge order, as `bridgeLineKeys` gives them. */
	readonly keys: readonly string[];
	/** Line values by year then key: lines[year x keys.length + k]. */
	readonly lines: Float64Array;
	/** 1 where the line is in that year's bridge (the full-year effect is not in the first year). */
	readonly present: Uint8Array;
	readonly allocation: Float64Array;
	readonly priorRecurrent: Float64Array;
	readonly target: Float64Array;
	readonly headroom: Float64Array;
	/** Sum of the cost lines' costs. */
	readonly expenditure: Float64Array;
	readonly identified: Float64Array;
	readonly required: Float64Array;
	readonly unidentifiedNeeded: Float64Array;
	readonly unidentifiedPlanned: Float64Array;
	readonly counted: Float64Array;
	readonly riskAdjusted: Float64Array;
}

export interface KernelRun {
	readonly view: View;
	readonly organisations: readonly KernelFigures[];
	readonly consolidated: KernelFigures;
}

const FIXED = [
	'opening',
	'growth_received',
	'normalisation',
	'qipp_full_year_effect',
	'reserve_provisions',
	'activity_growth',
	'inflation',
	'efficiency'
] as const;
const FULL_YEAR_EFFECT = 3;

function keysOf(org: CompiledOrganisation): string[] {
	return [
		...FIXED,
		...(org.hasPressures ? ['other_pressures'] : []),
		'contingency',
		'non_recurrent_reserve',
		...org.specifics.map((s) => `specific:${s.id}`),
		'qipp',
		'closing'
	];
}

function figures(keys: readonly string[], n: number): KernelFigures {
	const perYear = () => new Float64Array(n);
	return {
		keys,
		lines: new Float64Array(n * keys.length),
		present: new Uint8Array(n * keys.length),
		allocation: perYear(),
		priorRecurrent: perYear(),
		target: perYear(),
		headroom: perYear(),
		expenditure: perYear(),
		identified: perYear(),
		required: perYear(),
		unidentifiedNeeded: perYear(),
		unidentifiedPlanned: perYear(),
		counted: perYear(),
		riskAdjusted: perYear()
	};
}

/** A saving x its delivery factor, to the penny (`delivered`). */
function delivered(saving: number, factor: number): number {
	return saving === 0 || factor === RATE_UNIT ? saving : mulRound(saving, factor);
}

/** What an item adds in year y: its change in level (recurrent) or its value (`yearAmount`). */
function itemAmount(item: CompiledItem, y: number): number {
	const values = item.values;
	if (!item.recurrent) {
		const v = values[y]!;
		return Number.isNaN(v) ? 0 : v;
	}
	let level = 0;
	let previous = 0;
	let found = false;
	for (let i = y; i >= 0; i--) {
		const v = values[i]!;
		if (Number.isNaN(v)) continue;
		if (!found) {
			level = v;
			found = true;
			if (i < y) {
				previous = v;
				break;
			}
		} else {
			previous = v;
			break;
		}
	}
	return y === 0 ? level : level - previous;
}

/** Every year of one organisation; `planUnidentified` is the plan's, for the risk view. */
function runOrganisation(
	model: CompiledModel,
	org: CompiledOrganisation,
	view: View,
	planUnidentified: Float64Array | undefined
): KernelFigures {
	const n = model.years.length;
	const keys = keysOf(org);
	const width = keys.length;
	const out = figures(keys, n);
	const lines = org.lineIds.length;
	const multiplicative = model.convention === 'multiplicative';
	const plan = view === 'plan';
	const factors = model.factors;
	const factorOf = (category: number) => (plan ? RATE_UNIT : factors[category]!);
	const bases = Float64Array.from(org.base);
	const schemes = org.schemes;
	const lastFull = new Float64Array(schemes.length);
	const lastIn = new Float64Array(schemes.length);
	// The first model year with a saving, per scheme: its tranche starts in the scheme's month.
	const first = schemes.map((s) => s.values.findIndex((v) => v !== 0));
	const pressuresAt = org.hasPressures ? 8 : -1;
	const reservesAt = org.hasPressures ? 9 : 8;
	const qippAt = width - 2;
	let opening = org.opening;
	let prior = org.priorRecurrent;

	for (let y = 0; y < n; y++) {
		const row = y * width;
		const put = (k: number, value: number) => {
			out.lines[row + k] = value;
			out.present[row + k] = 1;
		};
		const stated = org.allocationValue[y]!;
		const growth = org.allocationGrowth[y]!;
		const allocation = !Number.isNaN(stated)
			? stated
			: !Number.isNaN(growth)
				? mulRound(prior, RATE_UNIT + growth)
				: prior;
		let position = opening;
		put(0, opening);
		const growthReceived = allocation - prior;
		put(1, growthReceived);
		const normalisation = org.normalisation[y]!;
		put(2, normalisation);
		position += growthReceived + normalisation;

		if (y > 0) {
			let fye = 0;
			for (let s = 0; s < schemes.length; s++) {
				const scheme = schemes[s]!;
				if (scheme.recurrent && lastFull[s] !== lastIn[s])
					fye += delivered(lastFull[s]! - lastIn[s]!, factorOf(scheme.rag));
			}
			put(FULL_YEAR_EFFECT, fye);
			position += fye;
		}

		let provisions = 0;
		let carry = 0;
		for (const group of [org.investments, org.perHead])
			for (const item of group) {
				const amount = itemAmount(item, y);
				provisions += amount;
				if (!item.recurrent) carry += amount;
			}
		put(4, -provisions);
		position -= provisions;

		let activity = 0;
		let inflation = 0;
		let efficiency = 0;
		let pressures = 0;
		let expenditure = 0;
		const at = y * lines;
		for (let k = 0; k < lines; k++) {
			const base = bases[k]!;
			const a = mulRound(base, org.activityGrowth[at + k]!);
			const grown = base + a;
			let inf: number;
			let eff: number;
			if (multiplicative) {
				inf = mulRound(grown, org.inflation[at + k]!);
				eff = mulRound(grown + inf, org.efficiency[at + k]!);
			} else {
				inf = mulRound(base, org.inflation[at + k]!);
				eff = mulRound(base, org.efficiency[at + k]!);
			}
			const p = org.pressures[at + k]!;
			const cost = grown + inf - eff + p;
			activity += a;
			inflation += inf;
			efficiency += eff;
			pressures += p;
			expenditure += cost;
			bases[k] = cost;
		}
		put(5, -activity);
		put(6, -inflation);
		put(7, efficiency);
		position += -activity - inflation + efficiency;
		if (pressuresAt >= 0) {
			put(pressuresAt, -pressures);
			position -= pressures;
		}

		const contingency = mulRound(org.contingency.prior ? prior : allocation, org.contingency.rate[y]!);
		const nonRecurrent = mulRound(org.nonRecurrent.prior ? prior : allocation, org.nonRecurrent.rate[y]!);
		put(reservesAt, -contingency);
		put(reservesAt + 1, -nonRecurrent);
		position -= contingency + nonRecurrent;
		carry += contingency + nonRecurrent;

		org.specifics.forEach((item, s) => {
			const amount = itemAmount(item, y);
			put(reservesAt + 2 + s, amount);
			position += amount;
			if (!item.recurrent) carry -= amount;
		});

		// QIPP, measured against the position before it.
		let identified = 0;
		let countedSchemes = 0;
		let riskSchemes = 0;
		for (let s = 0; s < schemes.length; s++) {
			const scheme = schemes[s]!;
			const fullYear = scheme.values[y]!;
			const month = scheme.startMonths
				? scheme.startMonths[y]!
				: y === first[s] && scheme.outsideBefore[y] === 0
					? scheme.startMonth
					: 1;
			const inYear = fullYear === 0 || month === 1 ? fullYear : divRound(fullYear * (13 - month), 12);
			const counted = plan ? inYear : delivered(inYear, factors[scheme.rag]!);
			identified += inYear;
			countedSchemes += counted;
			riskSchemes += plan ? delivered(inYear, factors[scheme.rag]!) : counted;
			lastFull[s] = fullYear;
			lastIn[s] = inYear;
			if (!scheme.recurrent) carry -= counted;
		}
		const target = org.target[y]!;
		const required = target - position;
		const needed = required - identified;
		const statedUnidentified = org.unidentified[y]!;
		const planned =
			planUnidentified?.[y] ?? (Number.isNaN(statedUnidentified) ? Math.max(needed, 0) : statedUnidentified);
		const unidentifiedCounted = delivered(planned, factorOf(UNIDENTIFIED));
		const qipp = countedSchemes + unidentifiedCounted;
		put(qippAt, qipp);
		const closing = position + qipp;
		put(width - 1, closing);

		out.allocation[y] = allocation;
		out.priorRecurrent[y] = prior;
		out.target[y] = target;
		out.headroom[y] = closing - target;
		out.expenditure[y] = expenditure;
		out.identified[y] = identified;
		out.required[y] = required;
		out.unidentifiedNeeded[y] = needed;
		out.unidentifiedPlanned[y] = planned;
		out.counted[y] = qipp;
		out.riskAdjusted[y] = riskSchemes + delivered(planned, factors[UNIDENTIFIED]!);

		opening = closing + carry;
		prior = allocation;
	}
	return out;
}

const TOTALS = [
	'allocation',
	'priorRecurrent',
	'target',
	'headroom',
	'expenditure',
	'identified',
	'required',
	'unidentifiedNeeded',
	'unidentifiedPlanned',
	'counted',
	'riskAdjusted'
] as const;

/** Line-by-line sums over organisations, keys in bridge order (`consolidateYear`). */
function consolidate(perOrg: readonly KernelFigures[], n: number): KernelFigures {
	const seen = new Set<string>();
	const union: string[] = [];
	for (const org of perOrg)
		for (const key of org.keys)
			if (!seen.has(key)) {
				seen.add(key);
				union.push(key);
			}
	const keys = union.sort((a, b) => bridgeRank(a) - bridgeRank(b));
	const index = new Map(keys.map((key, k) => [key, k]));
	const out = figures(keys, n);
	const width = keys.length;
	for (const org of perOrg) {
		const at = org.keys.map((key) => index.get(key)!);
		const w = org.keys.length;
		for (let y = 0; y < n; y++)
			for (let k = 0; k < w; k++)
				if (org.present[y * w + k]) {
					const to = y * width + at[k]!;
					out.lines[to] = out.lines[to]! + org.lines[y * w + k]!;
					out.present[to] = 1;
				}
		for (const total of TOTALS) for (let y = 0; y < n; y++) out[total][y] = out[total][y]! + org[total][y]!;
	}
	return out;
}

/**
 * Run the compiled model under `view`. The risk view keeps the plan's unidentified QIPP (pass the
 * plan's run when it is made), as `evaluateModel` does. The caller has checked `moneyBound`.
 */
export function runModel(model: CompiledModel, view: View, planRun?: KernelRun): KernelRun {
	const n = model.years.length;
	const organisations = model.organisations.map((org, o) => {
		if (view === 'plan') return runOrganisation(model, org, 'plan', undefined);
		const plan = planRun?.organisations[o] ?? runOrganisation(model, org, 'plan', undefined);
		return runOrganisation(model, org, 'risk', plan.unidentifiedPlanned);
	});
	return { view, organisations, consolidated: consolidate(organisations, n) };
}
