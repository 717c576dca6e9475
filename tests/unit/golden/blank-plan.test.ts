// The blank plan (models/blank-plan.json) worked out by hand, independently of the engine and of
// its golden file: as shipped every figure is zero in both years and views; filled in the way a
// user starts (an allocation, growth and cost assumptions) its bridge, QIPP requirement and
// carry-forward are computed here with plain decimal.js arithmetic from docs/finance-model.md
// (multiplicative convention, reserves on this year's allocation, penny rounding half-up).
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Dec } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { loadModel } from '../load-model';

const TEXT = readFileSync('models/blank-plan.json', 'utf8');

const pounds = (m: Decimal.Value) => new Decimal(m).times(1_000_000);
const penny = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
const fraction = (percent: Decimal.Value) => new Decimal(percent).div(100);

function evaluate(text: string, view: 'plan' | 'risk') {
	const loaded = loadModel(text);
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const org = evaluateModel(loaded.value.input, view).organisations[0];
	if (!org) throw new Error('no organisation');
	return org.years;
}

const same = (what: string, actual: Dec | undefined, expected: Decimal) =>
	expect(`${what} ${actual?.toString()}`).toBe(`${what} ${expected.toString()}`);

describe('blank plan as shipped', () => {
	for (const view of ['plan', 'risk'] as const) {
		it(`${view} view: every line of both years is zero, and no QIPP is needed`, () => {
			const years = evaluate(TEXT, view);
			expect(years.map((y) => y.year)).toEqual(['2026/27', '2027/28']);
			for (const year of years) {
				const nonZero = year.lines.filter((l) => !l.value.isZero()).map((l) => l.key);
				expect(nonZero, year.year).toEqual([]);
				expect(year.lines.at(-1)?.key).toBe('closing');
				expect(year.qipp.required.isZero()).toBe(true);
				expect(year.qipp.unidentifiedPlanned.isZero()).toBe(true);
			}
		});
	}
});

describe('blank plan filled in: £1,000m prior allocation, growth 3% then 2%, costs £600m tariff + £200m', () => {
	// What a user types into the template first; everything else is left as shipped.
	const file = JSON.parse(TEXT);
	file.assumptions = { activityGrowth: '2', inflation: '2.5', efficiency: '2' };
	const org = file.organisations[0];
	org.allocation = {
		priorRecurrent: '1000',
		years: { '2026/27': { growth: '3' }, '2027/28': { growth: '2' } }
	};
	org.costLines[0].base = '600'; // acute, tariff-based: carries the efficiency deflator
	org.costLines[1].base = '200'; // prescribing, not tariff-based
	const filled = JSON.stringify(file);

	/** Both years by hand, in the plan or the risk view. */
	function byHand(view: 'plan' | 'risk') {
		const g = fraction(file.assumptions.activityGrowth);
		const i = fraction(file.assumptions.inflation);
		const e = fraction(file.assumptions.efficiency);
		const contingencyRate = fraction(org.reserves.contingency.rate);
		const reserveRate = fraction(org.reserves.nonRecurrent.rate);
		expect([org.reserves.contingency.base, org.reserves.nonRecurrent.base]).toEqual(['current', 'current']);
		let priorAllocation = pounds(org.allocation.priorRecurrent);
		let bases = org.costLines.map((l: { base: string; tariff: boolean }) => ({
			tariff: l.tariff,
			base: pounds(l.base)
		}));
		let opening = pounds(org.opening.position);
		const years = [];
		for (const year of file.years as string[]) {
			const growth = penny(priorAllocation.times(fraction(org.allocation.years[year].growth)));
			const allocation = priorAllocation.plus(growth);
			let activity = new Decimal(0);
			let inflation = new Decimal(0);
			let efficiency = new Decimal(0);
			bases = bases.map(({ tariff, base }: { tariff: boolean; base: Decimal }) => {
				const a = penny(base.times(g));
				const inf = penny(base.times(g.plus(1)).times(i));
				const eff = tariff ? penny(base.times(g.plus(1)).times(i.plus(1)).times(e)) : new Decimal(0);
				activity = activity.plus(a);
				inflation = inflation.plus(inf);
				efficiency = efficiency.plus(eff);
				return { tariff, base: base.plus(a).plus(inf).minus(eff) };
			});
			const contingency = penny(allocation.times(contingencyRate));
			const reserve = penny(allocation.times(reserveRate));
			const beforeQipp = opening
				.plus(growth)
				.minus(activity)
				.minus(inflation)
				.plus(efficiency)
				.minus(contingency)
				.minus(reserve);
			const required = pounds(org.target[year]).minus(beforeQipp);
			// No schemes: the plan balances with unidentified QIPP; the risk view counts it at 0%.
			const unidentified = Decimal.max(required, 0);
			const counted = view === 'plan' ? unidentified : penny(unidentified.times(fraction('0')));
			const closing = beforeQipp.plus(counted);
			years.push({
				opening,
				growth,
				activity,
				inflation,
				efficiency,
				contingency,
				reserve,
				required,
				closing
			});
			// Carry-forward: contingency and the reserve are provided afresh; unidentified QIPP is recurrent.
			opening = closing.plus(contingency).plus(reserve);
			priorAllocation = allocation;
		}
		return years;
	}

	it('the hand arithmetic gives the figures worked on paper', () => {
		const [y1, y2] = byHand('plan');
		// 30 - 16 - 20.4 + 12.546 - 5.15 - 5.15 = -4.154 £m before QIPP, so 4.154 required.
		expect(y1?.required.toString()).toBe('4154000');
		expect(y1?.closing.toString()).toBe('0');
		// 2027/28 opens at 0 + 5.15 + 5.15; growth 2% of 1,030.
		expect(y2?.opening.toString()).toBe('10300000');
		expect(y2?.growth.toString()).toBe('20600000');
		expect(byHand('risk')[1]?.opening.toString()).toBe('6146000');
	});

	for (const view of ['plan', 'risk'] as const) {
		it(`${view} view: both years' bridges and QIPP requirements`, () => {
			const engineYears = evaluate(filled, view);
			byHand(view).forEach((hand, n) => {
				const year = engineYears[n];
				const line = (key: string) => year?.lines.find((l) => l.key === key)?.value;
				const at = `${year?.year}`;
				same(`${at} opening`, line('opening'), hand.opening);
				same(`${at} growth_received`, line('growth_received'), hand.growth);
				same(`${at} activity_growth`, line('activity_growth'), hand.activity.negated());
				same(`${at} inflation`, line('inflation'), hand.inflation.negated());
				same(`${at} efficiency`, line('efficiency'), hand.efficiency);
				same(`${at} contingency`, line('contingency'), hand.contingency.negated());
				same(`${at} non_recurrent_reserve`, line('non_recurrent_reserve'), hand.reserve.negated());
				same(`${at} closing`, line('closing'), hand.closing);
				same(`${at} qipp required`, year?.qipp.required, hand.required);
			});
		});
	}
});
