// The ICB template (models/icb-template-2026-29.json) worked out by hand, independently of the
// engine and of its golden file: North place's 2026/27 bridge in every scenario and both views, and
// the carry-forward into 2027/28, computed here from the file's inputs with plain decimal.js
// arithmetic written out line by line (docs/finance-model.md: multiplicative convention, QIPP x
// months remaining / 12, amounts rounded half-up to the penny, carry-forward). The baseline's
// figures are also pinned as literals worked on paper, so a slip in this file's arithmetic shows.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Dec } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { loadModel } from '../load-model';

const PATH = 'models/icb-template-2026-29.json';
const TEXT = readFileSync(PATH, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw JSON, walked by path below
const FILE: any = JSON.parse(TEXT);
const ORG = 'north';
const Y1 = '2026/27';

/** £m as written in the file (the model's unit is £m) to pounds. */
const pounds = (m: Decimal.Value) => new Decimal(m).times(1_000_000);
const penny = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const fraction = (percent: Decimal.Value) => new Decimal(percent).div(100);
const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));

/** The file's value at a dotted path; array items are found by id ("costLines.acute"). */
function fromFile(path: string): unknown {
	let at: unknown = FILE;
	for (const part of path.split('.')) {
		if (Array.isArray(at)) at = at.find((item: { id?: string }) => item.id === part);
		else at = (at as Record<string, unknown> | undefined)?.[part];
	}
	return at;
}

/** A scenario's value at a path: its own override, else its parent's, else the file's. */
function input(scenario: string, path: string): unknown {
	for (let id = scenario; id !== 'baseline';) {
		const s = FILE.scenarios.find((x: { id: string }) => x.id === id);
		const own = s.overrides.find((o: { path: string }) => o.path === path);
		if (own) return own.value;
		id = s.parent;
	}
	return fromFile(path);
}

/** A rate written once for every year, or per year. */
const rateIn = (rate: unknown, year: string) =>
	typeof rate === 'string' ? rate : (rate as Record<string, string> | undefined)?.[year];

/** The factor a view applies to a RAG rating (the plan counts everything in full). */
const factorFor = (scenario: string, view: 'plan' | 'risk', rag: string) =>
	view === 'plan' ? new Decimal(1) : fraction(input(scenario, `qippDeliveryFactors.${rag}`) as string);

interface Scheme {
	id: string;
	rag: string;
	startMonth: string;
	recurrent: boolean;
	values: Record<string, string>;
}

/** North's 2026/27 bridge by hand, and what 2027/28 opens with and gets as QIPP full-year effect. */
function northByHand(scenario: string, view: 'plan' | 'risk') {
	const org = `organisations.${ORG}`;
	// Allocation: growth % on the prior recurrent allocation.
	const prior = pounds(fromFile(`${org}.allocation.priorRecurrent`) as string);
	const entry = input(scenario, `${org}.allocation.years.${Y1}`) as { growth: string };
	const growth = penny(prior.times(fraction(entry.growth)));
	const allocation = prior.plus(growth);

	// Reserve provisions: investments (recurrent ones are levels; in the first year the whole level)
	// plus the per-head item, £1.50 (cell pc_per_head) x the registered heads (cell north_heads).
	const investments = fromFile(`${org}.reserves.investments`) as { id: string; values: object }[];
	const investmentTotal = sum(
		investments.map((inv) => {
			const values = input(scenario, `${org}.reserves.investments.${inv.id}.values`) as Record<
				string,
				string
			>;
			return pounds(values[Y1] ?? '0');
		})
	);
	expect(fromFile('cells.pc_per_head.formula')).toMatch(/^£1\.50 /);
	expect(fromFile(`${org}.population`)).toBe('=north_heads');
	const heads = new Decimal((fromFile('cells.north_heads.value') as Record<string, string>)[Y1]!);
	const perHead = penny(new Decimal('1.50').times(heads));
	const reserveProvisions = investmentTotal.plus(perHead).negated();

	// Cost lines, multiplicative: activity base x g; inflation base x (1+g) x i; efficiency (tariff
	// lines only) base x (1+g) x (1+i) x e; each rounded to the penny. £ pressures on top.
	let activity = new Decimal(0);
	let inflation = new Decimal(0);
	let efficiency = new Decimal(0);
	let pressures = new Decimal(0);
	for (const line of fromFile(`${org}.costLines`) as { id: string; tariff: boolean; base: string }[]) {
		const at = `${org}.costLines.${line.id}`;
		const base = pounds(line.base);
		const g = fraction(
			rateIn(input(scenario, `${at}.activityGrowth`), Y1) ??
				rateIn(input(scenario, 'assumptions.activityGrowth'), Y1)!
		);
		const i = fraction(
			rateIn(input(scenario, `${at}.inflation`), Y1) ?? rateIn(input(scenario, 'assumptions.inflation'), Y1)!
		);
		const e = line.tariff ? fraction(rateIn(input(scenario, 'assumptions.efficiency'), Y1)!) : new Decimal(0);
		activity = activity.plus(penny(base.times(g)));
		inflation = inflation.plus(penny(base.times(g.plus(1)).times(i)));
		efficiency = efficiency.plus(penny(base.times(g.plus(1)).times(i.plus(1)).times(e)));
		const other = input(scenario, `${at}.otherPressures`) as Record<string, string> | undefined;
		pressures = pressures.plus(pounds(other?.[Y1] ?? '0'));
	}

	// Contingency on this year's allocation, the non-recurrent reserve on last year's ("prior").
	const contingencyRate = fraction(rateIn(fromFile(`${org}.reserves.contingency.rate`), Y1)!);
	const reserveRate = fraction(rateIn(fromFile(`${org}.reserves.nonRecurrent.rate`), Y1)!);
	expect(fromFile(`${org}.reserves.contingency.base`)).toBe('current');
	expect(fromFile(`${org}.reserves.nonRecurrent.base`)).toBe('prior');
	const contingency = penny(allocation.times(contingencyRate));
	const reserve = penny(prior.times(reserveRate));
	const sdf = pounds((fromFile(`${org}.specificAllocations.sdf.values`) as Record<string, string>)[Y1]!);

	const steps = {
		opening: pounds(fromFile(`${org}.opening.position`) as string),
		growth_received: growth,
		normalisation: pounds((fromFile(`${org}.normalisation`) as Record<string, string>)[Y1]!),
		reserve_provisions: reserveProvisions,
		activity_growth: activity.negated(),
		inflation: inflation.negated(),
		efficiency,
		other_pressures: pressures.negated(),
		contingency: contingency.negated(),
		non_recurrent_reserve: reserve.negated(),
		'specific:sdf': sdf
	};
	const beforeQipp = sum(Object.values(steps));

	// QIPP: each scheme's in-year effect is value x (13 - start month) / 12. The plan balances to
	// the target with unidentified QIPP; the risk view keeps that amount and counts it at 0%.
	const schemes = fromFile(`${org}.qipp.schemes`) as Scheme[];
	const inYear = (s: Scheme) => {
		const months = 13 - Number(s.startMonth.slice(1));
		return penny(
			pounds(s.values[Y1] ?? '0')
				.times(months)
				.div(12)
		);
	};
	const identified = sum(schemes.map(inYear));
	const target = pounds((fromFile(`${org}.target`) as Record<string, string>)[Y1]!);
	const required = target.minus(beforeQipp);
	const unidentified = Decimal.max(required.minus(identified), 0);
	const delivered = (s: Scheme) => penny(inYear(s).times(factorFor(scenario, view, s.rag)));
	const unidentifiedCounted = penny(unidentified.times(factorFor(scenario, view, 'unidentified')));
	const qipp = sum(schemes.map(delivered)).plus(unidentifiedCounted);
	const closing = beforeQipp.plus(qipp);

	// Into 2027/28: add back what was provided for one year only (contingency, reserve, winter,
	// per-head item), take off one-year money (SDF) and the one-off scheme's delivered saving.
	const winter = input(scenario, `${org}.reserves.investments.winter.values`) as Record<string, string>;
	const oneOffQipp = sum(schemes.filter((s) => !s.recurrent).map(delivered));
	const opening2 = closing
		.plus(contingency)
		.plus(reserve)
		.plus(pounds(winter[Y1] ?? '0'))
		.plus(perHead)
		.minus(sdf)
		.minus(oneOffQipp);
	// The rest of each recurrent scheme's saving lands in 2027/28 (unidentified QIPP is full-year).
	const fullYearEffect = sum(
		schemes
			.filter((s) => s.recurrent)
			.map((s) =>
				penny(
					pounds(s.values[Y1] ?? '0')
						.minus(inYear(s))
						.times(factorFor(scenario, view, s.rag))
				)
			)
	);
	return { steps: { ...steps, qipp, closing }, required, identified, opening2, fullYearEffect };
}

function engine(scenario: string, view: 'plan' | 'risk') {
	const loaded = loadModel(TEXT, scenario);
	if (!loaded.ok) throw new Error(`${PATH} ${scenario}: ${JSON.stringify(loaded.problems)}`);
	const org = evaluateModel(loaded.value.input, view).organisations.find((o) => o.id === ORG);
	const [first, second] = org?.years ?? [];
	if (!first || !second) throw new Error(`no ${ORG} years`);
	return { first, second };
}

/** Both as plain decimal strings, labelled, so a failure names the figure. */
const same = (what: string, actual: Dec | undefined, expected: Decimal) =>
	expect(`${what} ${actual?.toString()}`).toBe(`${what} ${expected.toString()}`);

const SCENARIOS = ['baseline', ...FILE.scenarios.map((s: { id: string }) => s.id)] as string[];

describe('ICB template, North place, worked by hand', () => {
	it('has the four scenarios this test works through', () => {
		expect(SCENARIOS).toEqual(['baseline', 'best', 'worst', 'worst_no_winter']);
	});

	it('the hand arithmetic itself gives the figures worked on paper for the baseline', () => {
		const plan = northByHand('baseline', 'plan');
		// Position before QIPP, £m: 2 + 36.4 - 1.5 - 7.98 - 34.25 - 40.15675 + 19.170575 - 3 - 6.682
		// - 6.5 + 6 = -36.498175; identified 5.5 + 2.25 + 2 + 1.75 + 0.5 = 12.
		expect(plan.required.toString()).toBe('36498175');
		expect(plan.identified.toString()).toBe('12000000');
		expect(plan.steps.closing.toString()).toBe('0');
		// Risk: 5.5 + 2.25 x 75% + 2 x 75% + 1.75 x 50% + 0.5 = 10.0625 delivered, unidentified at 0%.
		const risk = northByHand('baseline', 'risk');
		expect(risk.steps.closing.toString()).toBe('-26435675');
		// 2027/28 opens at closing + 6.682 + 6.5 + 3 + 0.78 - 6 - 0.5 = closing + 10.462.
		expect(plan.opening2.toString()).toBe('10462000');
		expect(risk.opening2.toString()).toBe('-15973675');
		// Full-year effect: 0.75 + 2 + 1.75 = 4.5 planned; 0.5625 + 1.5 + 0.875 = 2.9375 at risk.
		expect(plan.fullYearEffect.toString()).toBe('4500000');
		expect(risk.fullYearEffect.toString()).toBe('2937500');
	});

	for (const scenario of SCENARIOS) {
		for (const view of ['plan', 'risk'] as const) {
			it(`${scenario}, ${view} view: the 2026/27 bridge, QIPP requirement and 2027/28 opening`, () => {
				const hand = northByHand(scenario, view);
				const { first, second } = engine(scenario, view);
				const lines = new Map(first.lines.map((l) => [l.key, l.value]));
				for (const [key, value] of Object.entries(hand.steps)) same(key, lines.get(key), value);
				// Nothing else in the bridge but zeros.
				const others = first.lines.filter((l) => !(l.key in hand.steps) && !l.value.isZero());
				expect(others.map((l) => l.key)).toEqual([]);
				same('qipp required', first.qipp.required, hand.required);
				same('qipp identified', first.qipp.identified, hand.identified);
				const next = new Map(second.lines.map((l) => [l.key, l.value]));
				same('2027/28 opening', next.get('opening'), hand.opening2);
				same('2027/28 qipp_full_year_effect', next.get('qipp_full_year_effect'), hand.fullYearEffect);
			});
		}
	}
});
