// Portsmouth's 2018/19 roll-forward (models/portsmouth-ccg-2017-19.json) worked out by hand from
// the model's inputs and docs/finance-model.md, independently of the engine: the 2018/19 opening is
// the 2017/18 closing less its non-recurrent items, and breakeven needs 4,992 £k of unidentified
// QIPP (the known figure; the plan printed 4,832). Additive convention: activity base x g,
// inflation base x i, efficiency base x e (tariff lines only); every amount to the penny.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { loadModel } from '../load-model';

const TEXT = readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8');
const FILE = JSON.parse(TEXT);
const ORG = FILE.organisations[0];
const Y1 = '2017/18';
const Y2 = '2018/19';

const pounds = (m: Decimal.Value) => new Decimal(m).times(1_000_000);
const penny = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const fraction = (percent: Decimal.Value) => new Decimal(percent).div(100);
const sum = (xs: Decimal[]) => xs.reduce((a, b) => a.plus(b), new Decimal(0));
const cell = (id: string) => FILE.cells.find((c: { id: string }) => c.id === id).value as string;

interface Line {
	id: string;
	tariff: boolean;
	base: string;
	activityGrowth?: string;
	inflation?: string;
}
interface Scheme {
	startMonth: string;
	recurrent: boolean;
	values: Record<string, string>;
}

const TARIFF_UPLIFT = fraction(cell('tariff_uplift'));
const DEFLATOR = fraction(cell('efficiency_deflator'));
const CONTINGENCY = fraction(cell('contingency_rate'));
const RESERVE = fraction(cell('non_recurrent_rate'));

/** One year of the cost lines (additive), from each line's base that year; returns next bases. */
function costs(bases: Decimal[]) {
	let activity = new Decimal(0);
	let inflation = new Decimal(0);
	let efficiency = new Decimal(0);
	const next = (ORG.costLines as Line[]).map((line, n) => {
		const base = bases[n]!;
		const a = penny(base.times(fraction(line.activityGrowth ?? FILE.assumptions.activityGrowth)));
		const i = penny(base.times(line.inflation === undefined ? TARIFF_UPLIFT : fraction(line.inflation)));
		const e = line.tariff ? penny(base.times(DEFLATOR)) : new Decimal(0);
		activity = activity.plus(a);
		inflation = inflation.plus(i);
		efficiency = efficiency.plus(e);
		return base.plus(a).plus(i).minus(e);
	});
	return { activity, inflation, efficiency, next };
}

/** In-year effect: value x (13 - start month) / 12. */
const inYear = (s: Scheme, year: string) =>
	penny(
		pounds(s.values[year] ?? '0')
			.times(13 - Number(s.startMonth.slice(1)))
			.div(12)
	);

function byHand() {
	// The file is as this arithmetic assumes: additive, rates from the cells, reserves on this year's allocation.
	expect(FILE.convention).toBe('additive');
	expect(FILE.assumptions).toEqual({
		activityGrowth: '0',
		inflation: '=tariff_uplift',
		efficiency: '=efficiency_deflator'
	});
	expect(ORG.reserves.contingency).toEqual({ rate: '=contingency_rate', base: 'current' });
	expect(ORG.reserves.nonRecurrent.rate).toBe('=non_recurrent_rate');
	expect(ORG.reserves.nonRecurrent.base).toBe('current');
	const schemes = ORG.qipp.schemes as Scheme[];
	// 2017/18, as the worked example in docs/finance-model.md.
	const allocation1 = pounds(ORG.allocation.years[Y1].value);
	const growth1 = allocation1.minus(pounds(ORG.allocation.priorRecurrent));
	const investment = ORG.reserves.investments[0];
	expect(investment.recurrent).toBe(true);
	const specific = ORG.specificAllocations[0];
	expect(specific.recurrent).toBe(true);
	const cost1 = costs((ORG.costLines as Line[]).map((l) => pounds(l.base)));
	const contingency1 = penny(allocation1.times(CONTINGENCY));
	const reserve1 = penny(allocation1.times(RESERVE));
	const qipp1 = sum(schemes.map((s) => inYear(s, Y1))).plus(pounds(ORG.qipp.unidentified[Y1]));
	const closing1 = pounds(ORG.opening.position)
		.plus(growth1)
		.plus(pounds(ORG.normalisation[Y1]))
		.minus(pounds(investment.values[Y1]))
		.minus(cost1.activity)
		.minus(cost1.inflation)
		.plus(cost1.efficiency)
		.minus(contingency1)
		.minus(reserve1)
		.plus(pounds(specific.values[Y1]))
		.plus(qipp1);

	// Carry-forward: every 2017/18 item is recurrent (investment, IR/HRG4+, all QIPP schemes and the
	// unidentified line) except contingency and the risk reserve, which are added back.
	expect(schemes.every((s) => s.recurrent)).toBe(true);
	const opening2 = closing1.plus(contingency1).plus(reserve1);

	// 2018/19: growth % on 2017/18's allocation; the investment is a recurrent level, so its step is
	// the change; IR/HRG4+ is not entered for 2018/19, so it keeps its level (no step); every scheme
	// starts in M01, so there is no full-year effect; normalisation is not entered for 2018/19.
	expect(ORG.normalisation[Y2]).toBeUndefined();
	expect(specific.values[Y2]).toBeUndefined();
	expect(schemes.every((s) => s.startMonth === 'M01')).toBe(true);
	const growth2 = penny(allocation1.times(fraction(ORG.allocation.years[Y2].growth)));
	const allocation2 = allocation1.plus(growth2);
	const investmentStep2 = pounds(investment.values[Y2]).minus(pounds(investment.values[Y1]));
	const cost2 = costs(cost1.next);
	const contingency2 = penny(allocation2.times(CONTINGENCY));
	const reserve2 = penny(allocation2.times(RESERVE));
	const beforeQipp2 = opening2
		.plus(growth2)
		.minus(investmentStep2)
		.minus(cost2.activity)
		.minus(cost2.inflation)
		.plus(cost2.efficiency)
		.minus(contingency2)
		.minus(reserve2);
	const required2 = pounds(ORG.target[Y2]).minus(beforeQipp2);
	const identified2 = sum(schemes.map((s) => inYear(s, Y2)));
	return { closing1, opening2, required2, identified2, unidentified2: required2.minus(identified2) };
}

const loaded = loadModel(TEXT);
if (!loaded.ok) throw new Error('the Portsmouth example must load');
const [y1718, y1819] = evaluateModel(loaded.value.input, 'plan').organisations[0]?.years ?? [];
const inK = (x: Decimal) => x.div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toString();

describe('Portsmouth 2018/19 roll-forward, worked by hand', () => {
	it('the hand arithmetic gives the figures worked on paper and the known 4,992 £k', () => {
		const hand = byHand();
		// 2017/18 closes at 0.5045 £m; plus contingency 1.5315 and the risk reserve 3.063 = 5.099.
		expect(hand.closing1.toString()).toBe('504500');
		expect(hand.opening2.toString()).toBe('5099000');
		// 5.099 + 5.5134 (1.8% of 306.3) - 4.6 (9.2 - 4.6) - 5.15925 - 10.92624 + 3.8888 - 1.559067
		// - 3.118134 = -10.861491 before QIPP; identified 5.869; so 4.992491 £m unidentified.
		expect(hand.required2.toString()).toBe('10861491');
		expect(hand.identified2.toString()).toBe('5869000');
		expect(inK(hand.required2)).toBe('10861');
		expect(inK(hand.unidentified2)).toBe('4992');
	});

	it('the 2018/19 opening is the 2017/18 closing less its non-recurrent items', () => {
		const hand = byHand();
		expect(y1718?.lines.at(-1)?.value.toString()).toBe(hand.closing1.toString());
		expect(y1819?.lines.find((l) => l.key === 'opening')?.value.toString()).toBe(hand.opening2.toString());
	});

	it('breakeven in 2018/19 needs 10,861 £k of QIPP, 4,992 £k of it unidentified (printed 4,832)', () => {
		const hand = byHand();
		expect(y1819?.qipp.required.toString()).toBe(hand.required2.toString());
		expect(y1819?.qipp.identified.toString()).toBe(hand.identified2.toString());
		expect(y1819?.qipp.unidentifiedNeeded.toString()).toBe(hand.unidentified2.toString());
		// Balanced: the plan carries exactly that much, and closes at the target of 0.
		expect(y1819?.qipp.unidentifiedPlanned.toString()).toBe(hand.unidentified2.toString());
		expect(y1819?.lines.at(-1)?.value.toString()).toBe('0');
		expect(ORG.stated[Y2].qipp_unidentified).toBe('4.832');
	});
});
