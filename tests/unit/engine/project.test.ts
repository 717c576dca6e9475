import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { projectOrganisation } from '../../../src/lib/engine/project';
import type { ModelInput, Organisation } from '../../../src/lib/engine/types';
import {
	amounts,
	costLine,
	every,
	line,
	model,
	noUnidentified,
	org,
	perHead,
	py,
	scheme,
	step,
	stepValues,
	yearOf
} from './fixtures';

const Y1 = '2017/18';
const Y2 = '2018/19';
const YEARS = [Y1, Y2];

/**
 * A two-year organisation with one of everything (figures in £, kept small to check by hand):
 * allocation 1000 -> 1030 -> +2%; opening 5; normalisation 2; a tariff line A (base 800) and a
 * non-tariff line B (base 100, own inflation 1% in 2017/18); contingency 0.5% of this year's
 * allocation; non-recurrent reserve 1% of last year's; a recurrent investment 3, a non-recurrent
 * investment 1 and a non-recurrent per-head item 0.001 x 2,000 heads; a non-recurrent specific
 * allocation 4; three QIPP schemes; target 10 then 0, unidentified QIPP balancing.
 */
function example(): { input: ModelInput; ccg: Organisation } {
	const ccg = org({
		priorRecurrentAllocation: D(1000),
		allocations: { [Y1]: { value: D(1030) }, [Y2]: { growth: D('0.02') } },
		openingPosition: D(5),
		normalisation: py({ [Y1]: 2 }),
		costLines: [
			costLine({ id: 'A', tariff: true, base: D(800) }),
			costLine({
				id: 'B',
				tariff: false,
				base: D(100),
				inflation: py({ [Y1]: '0.01' }),
				efficiency: py({ [Y1]: '0.5' })
			})
		],
		contingency: { rate: every(YEARS, '0.005'), base: 'current' },
		nonRecurrentReserve: { rate: every(YEARS, '0.01'), base: 'prior' },
		investments: [
			amounts({ id: 'inv-rec', recurrent: true, values: py({ [Y1]: 3 }) }),
			amounts({ id: 'inv-nr', recurrent: false, values: py({ [Y1]: 1 }) })
		],
		perHead: [perHead({ id: 'ph', recurrent: false, rate: py({ [Y1]: '0.001' }) })],
		population: py({ [Y1]: 2000 }),
		specificAllocations: [amounts({ id: 'ir', recurrent: false, values: py({ [Y1]: 4 }) })],
		schemes: [
			scheme({ id: 's1', rag: 'green', startMonth: 7, recurrent: true, values: py({ [Y1]: 12 }) }),
			scheme({ id: 's2', rag: 'amber', startMonth: 1, recurrent: false, values: py({ [Y1]: 8 }) }),
			scheme({ id: 's3', rag: 'red', startMonth: 4, recurrent: true, values: py({ [Y1]: 4 }) })
		],
		target: py({ [Y1]: 10, [Y2]: 0 })
	});
	const input = model({
		years: YEARS,
		assumptions: {
			activityGrowth: every(YEARS, '0.02'),
			inflation: every(YEARS, '0.025'),
			efficiency: every(YEARS, '0.02')
		},
		organisations: [ccg]
	});
	return { input, ccg };
}

describe('projectOrganisation', () => {
	it('builds the first-year bridge in the documented bridge order from hand-checked inputs', () => {
		const { input, ccg } = example();
		const y1 = yearOf(projectOrganisation(input, ccg, 'plan'), Y1);
		expect(y1.lines.map((l) => l.key)).toEqual([
			'opening',
			'growth_received',
			'normalisation',
			'reserve_provisions',
			'activity_growth',
			'inflation',
			'efficiency',
			'contingency',
			'non_recurrent_reserve',
			'specific:ir',
			'qipp',
			'closing'
		]);
		expect(step(y1, 'opening')).toBe('5');
		// 1030 - 1000
		expect(step(y1, 'growth_received')).toBe('30');
		expect(step(y1, 'normalisation')).toBe('2');
		// investments 3 + 1, per head 0.001 x 2000 = 2: 6 set aside
		expect(step(y1, 'reserve_provisions')).toBe('-6');
		// A: 800 x 0.02 = 16; B: 100 x 0.02 = 2
		expect(step(y1, 'activity_growth')).toBe('-18');
		// A: 816 x 0.025 = 20.4; B (own 1%): 102 x 0.01 = 1.02
		expect(step(y1, 'inflation')).toBe('-21.42');
		// A only (B is not tariff-based, its 50% is ignored): 836.4 x 0.02 = 16.728 -> 16.73
		expect(step(y1, 'efficiency')).toBe('16.73');
		// 0.5% x 1030 (this year's allocation)
		expect(step(y1, 'contingency')).toBe('-5.15');
		// 1% x 1000 (last year's recurrent allocation)
		expect(step(y1, 'non_recurrent_reserve')).toBe('-10');
		expect(step(y1, 'specific:ir')).toBe('4');
		// s1 12 x 6/12 = 6; s2 8 x 12/12 = 8; s3 4 x 9/12 = 3; unidentified 0 (see below)
		expect(step(y1, 'qipp')).toBe('17');
		// 5 + 30 + 2 - 6 - 18 - 21.42 + 16.73 - 5.15 - 10 + 4 + 17 = 14.16
		expect(step(y1, 'closing')).toBe('14.16');
	});

	it('labels the lines for people and reports the allocation context', () => {
		const { input, ccg } = example();
		const [y1, y2] = projectOrganisation(input, ccg, 'plan');
		expect(y1?.lines[0]?.label).toBe('Underlying position 2016/17');
		expect(y2?.lines[0]?.label).toBe('Underlying position b/f from 2017/18');
		expect(y1?.lines.at(-1)?.label).toBe('Planned in-year surplus/(deficit)');
		expect(y1?.context.map((c) => [c.key, c.value.toString()])).toEqual([
			['prior_recurrent_allocation', '1000'],
			['allocation', '1030'],
			['target', '10']
		]);
		const named = projectOrganisation(input, { ...ccg, openingLabel: '2016/17 Surplus' }, 'plan');
		expect(named[0]?.lines[0]?.label).toBe('2016/17 Surplus');
	});

	it('records each cost line split into activity, inflation and efficiency', () => {
		const { input, ccg } = example();
		const y1 = yearOf(projectOrganisation(input, ccg, 'plan'), Y1);
		// A: 800 + 16 + 20.4 - 16.73 = 819.67 (efficiency 836.4 x 0.02 = 16.728 -> 16.73);
		// B: 100 + 2 + 1.02 = 103.02 (no rounding needed)
		expect(
			y1.costLines.map((c) => [
				c.id,
				c.activity.toString(),
				c.inflation.toString(),
				c.efficiency.toString(),
				c.cost.toString()
			])
		).toEqual([
			['A', '16', '20.4', '16.73', '819.67'],
			['B', '2', '1.02', '0', '103.02']
		]);
	});

	it('reports the QIPP requirement: identified above required leaves no balancing figure and positive headroom', () => {
		const { input, ccg } = example();
		const { qipp, headroom, target } = yearOf(projectOrganisation(input, ccg, 'plan'), Y1);
		// position before QIPP: 14.16 - 17 = -2.84; required 10 - (-2.84) = 12.84
		expect(qipp.required.toString()).toBe('12.84');
		expect(qipp.identified.toString()).toBe('17');
		// 12.84 - 17 = -4.16: more identified than needed
		expect(qipp.unidentifiedNeeded.toString()).toBe('-4.16');
		expect(qipp.unidentifiedPlanned.isZero()).toBe(true);
		expect(qipp.unidentifiedStated).toBe(false);
		expect(target.toString()).toBe('10');
		// 14.16 - 10
		expect(headroom.toString()).toBe('4.16');
	});

	it('carries forward: adds back contingency, the non-recurrent reserve and one-off provisions, removes one-off income and one-off QIPP', () => {
		const { input, ccg } = example();
		const [y1, y2] = projectOrganisation(input, ccg, 'plan');
		expect(y1?.carryForward.items.map((i) => [i.label, i.value.toString()])).toEqual([
			['ir', '-4'],
			['Contingency', '5.15'],
			['Non-recurrent (risk) reserve', '10'],
			['inv-nr', '1'],
			['ph', '2'],
			['s2 (one-off QIPP)', '-8']
		]);
		// the recurrent investment (3) and recurrent QIPP (s1, s3) stay in the base: not listed.
		// 14.16 - 4 + 5.15 + 10 + 1 + 2 - 8 = 20.31
		expect(y1?.carryForward.opening.toString()).toBe('20.31');
		expect(y2 && step(y2, 'opening')).toBe('20.31');
	});

	it('rolls the second year on: allocation growth %, full-year effect, grown cost bases, prior-year reserve base', () => {
		const { input, ccg } = example();
		const y2 = yearOf(projectOrganisation(input, ccg, 'plan'), Y2);
		expect(y2.lines.map((l) => l.key)).toEqual([
			'opening',
			'growth_received',
			'normalisation',
			'qipp_full_year_effect',
			'reserve_provisions',
			'activity_growth',
			'inflation',
			'efficiency',
			'contingency',
			'non_recurrent_reserve',
			'specific:ir',
			'qipp',
			'closing'
		]);
		// allocation 1030 x 1.02 = 1050.6 (already whole pence); growth 1050.6 - 1030 = 20.6
		expect(y2.context.find((c) => c.key === 'allocation')?.value.toString()).toBe('1050.6');
		expect(y2.context.find((c) => c.key === 'prior_recurrent_allocation')?.value.toString()).toBe('1030');
		expect(step(y2, 'growth_received')).toBe('20.6');
		expect(step(y2, 'normalisation')).toBe('0');
		// recurrent s1: 12 - 6 = 6; recurrent s3: 4 - 3 = 1; one-off s2 carries nothing
		expect(step(y2, 'qipp_full_year_effect')).toBe('7');
		// the recurrent investment 3 keeps its level (change 0); the one-off investment and the
		// non-recurrent per-head item have no 2018/19 value: nothing set aside
		expect(D(step(y2, 'reserve_provisions')).isZero()).toBe(true);
		// A on 819.67: 819.67 x 0.02 = 16.3934 -> 16.39; B on 103.02: 2.0604 -> 2.06; 16.39 + 2.06 = 18.45
		expect(step(y2, 'activity_growth')).toBe('-18.45');
		// A: 836.06 x 0.025 = 20.9015 -> 20.9; B (default 2.5% now): 105.08 x 0.025 = 2.627 -> 2.63
		expect(step(y2, 'inflation')).toBe('-23.53');
		// A: 856.96 x 0.02 = 17.1392 -> 17.14
		expect(step(y2, 'efficiency')).toBe('17.14');
		expect(y2.costLines.map((c) => [c.id, c.base.toString(), c.cost.toString()])).toEqual([
			// 819.67 + 16.39 + 20.9 - 17.14 = 839.82; 103.02 + 2.06 + 2.63 = 107.71
			['A', '819.67', '839.82'],
			['B', '103.02', '107.71']
		]);
		// 0.5% x 1050.6 = 5.253 -> 5.25; 1% x 1030 (last year's allocation) = 10.3
		expect(step(y2, 'contingency')).toBe('-5.25');
		expect(step(y2, 'non_recurrent_reserve')).toBe('-10.3');
		expect(step(y2, 'specific:ir')).toBe('0');
		// position before QIPP: 20.31 + 20.6 + 7 - 18.45 - 23.53 + 17.14 - 5.25 - 10.3 = 7.52,
		// above the target 0: nothing needed, nothing balancing
		expect(y2.qipp.required.toString()).toBe('-7.52');
		expect(D(step(y2, 'qipp')).isZero()).toBe(true);
		expect(step(y2, 'closing')).toBe('7.52');
		expect(y2.headroom.toString()).toBe('7.52');
	});

	it('splits cost growth additively under the additive convention', () => {
		const { input, ccg } = example();
		const y1 = yearOf(projectOrganisation({ ...input, convention: 'additive' }, ccg, 'plan'), Y1);
		// A: 800 x 0.02 = 16, 800 x 0.025 = 20, 800 x 0.02 = 16; B: 100 x 0.02 = 2, 100 x 0.01 = 1
		expect(step(y1, 'activity_growth')).toBe('-18');
		expect(step(y1, 'inflation')).toBe('-21');
		expect(step(y1, 'efficiency')).toBe('16');
		// A: 800 x (1 + 0.02 + 0.025 - 0.02) = 820; B: 100 x 1.03 = 103
		expect(y1.costLines.map((c) => c.cost.toString())).toEqual(['820', '103']);
	});

	it('shows other cost pressures as a step only when a line has them, and keeps them in the base', () => {
		const ccg = org({
			costLines: [costLine({ id: 'L', base: D(100), otherPressures: py({ [Y1]: 5 }) })],
			unidentified: noUnidentified(YEARS)
		});
		const input = model({
			years: YEARS,
			assumptions: { activityGrowth: py({ [Y2]: '0.1' }), inflation: {}, efficiency: {} },
			organisations: [ccg]
		});
		const [y1, y2] = projectOrganisation(input, ccg, 'plan');
		expect(y1 && step(y1, 'other_pressures')).toBe('-5');
		// base 100 + 5 = 105 in 2018/19: activity 105 x 10% = 10.5
		expect(y2 && step(y2, 'activity_growth')).toBe('-10.5');
		expect(y2 && D(step(y2, 'other_pressures')).isZero()).toBe(true);
		const { input: plain, ccg: noPressures } = example();
		expect(
			projectOrganisation(plain, noPressures, 'plan')[0]?.lines.some((l) => l.key === 'other_pressures')
		).toBe(false);
	});

	it('keeps the allocation flat when a year has none', () => {
		const ccg = org({ priorRecurrentAllocation: D(500), unidentified: noUnidentified(YEARS) });
		const [y1, y2] = projectOrganisation(model({ years: YEARS, organisations: [ccg] }), ccg, 'plan');
		expect(y1 && step(y1, 'growth_received')).toBe('0');
		expect(y2?.context.find((c) => c.key === 'allocation')?.value.toString()).toBe('500');
	});

	describe('QIPP requirement', () => {
		/**
		 * Opening 0, allocation flat at 100, one non-tariff line of 50 growing 10% (activity -5),
		 * target 1, one green scheme of 4 from M07 (in year 4 x 6/12 = 2).
		 * Position before QIPP -5; required 1 - (-5) = 6; identified 2; unidentified needed 4.
		 */
		function balanced(overrides: Partial<Organisation> = {}) {
			const ccg = org({
				priorRecurrentAllocation: D(100),
				allocations: { [Y1]: { value: D(100) } },
				costLines: [costLine({ id: 'L', base: D(50), activityGrowth: py({ [Y1]: '0.1' }) })],
				schemes: [scheme({ id: 's', startMonth: 7, values: py({ [Y1]: 4 }) })],
				target: py({ [Y1]: 1 }),
				...overrides
			});
			return yearOf(projectOrganisation(model({ organisations: [ccg] }), ccg, 'plan'), Y1);
		}

		it('balances the plan to its target exactly with a balancing unidentified figure', () => {
			const y1 = balanced();
			expect(y1.qipp.required.toString()).toBe('6');
			expect(y1.qipp.identified.toString()).toBe('2');
			expect(y1.qipp.unidentifiedNeeded.toString()).toBe('4');
			expect(y1.qipp.unidentifiedPlanned.toString()).toBe('4');
			expect(y1.qipp.unidentifiedStated).toBe(false);
			// QIPP step 2 + 4 = 6; closing -5 + 6 = 1 = target
			expect(step(y1, 'qipp')).toBe('6');
			expect(step(y1, 'closing')).toBe('1');
			expect(y1.headroom.isZero()).toBe(true);
		});

		it('does not balance when the unidentified amount is stated', () => {
			const y1 = balanced({ unidentified: { [Y1]: { amount: D(1) } } });
			// still 4 to find, but only the stated 1 is planned: QIPP 2 + 1 = 3, closing -5 + 3 = -2
			expect(y1.qipp.unidentifiedNeeded.toString()).toBe('4');
			expect(y1.qipp.unidentifiedPlanned.toString()).toBe('1');
			expect(y1.qipp.unidentifiedStated).toBe(true);
			expect(step(y1, 'closing')).toBe('-2');
			// -2 - 1
			expect(y1.headroom.toString()).toBe('-3');
		});

		it('plans no unidentified QIPP when identified schemes exceed the requirement', () => {
			// 24 from M07 = 12 in year against 6 required
			const y1 = balanced({ schemes: [scheme({ id: 's', startMonth: 7, values: py({ [Y1]: 24 }) })] });
			expect(y1.qipp.unidentifiedNeeded.toString()).toBe('-6');
			expect(y1.qipp.unidentifiedPlanned.isZero()).toBe(true);
			// -5 + 12 = 7; headroom 7 - 1 = 6
			expect(step(y1, 'closing')).toBe('7');
			expect(y1.headroom.toString()).toBe('6');
		});

		it('uses the unidentified amount handed in for the risk view instead of re-balancing', () => {
			const ccg = org({
				priorRecurrentAllocation: D(100),
				allocations: { [Y1]: { value: D(100) } },
				costLines: [costLine({ id: 'L', base: D(50), activityGrowth: py({ [Y1]: '0.1' }) })],
				schemes: [scheme({ id: 's', rag: 'red', startMonth: 7, values: py({ [Y1]: 4 }) })],
				target: py({ [Y1]: 1 })
			});
			const input = model({
				organisations: [ccg],
				deliveryFactors: { green: D(1), amber: D('0.75'), red: D('0.5'), unidentified: D('0.2') }
			});
			const y1 = yearOf(projectOrganisation(input, ccg, 'risk', { [Y1]: D(4) }), Y1);
			// red scheme 2 x 0.5 = 1; unidentified 4 x 0.2 = 0.8; QIPP 1.8; closing -5 + 1.8 = -3.2
			expect(y1.qipp.unidentifiedPlanned.toString()).toBe('4');
			expect(step(y1, 'qipp')).toBe('1.8');
			expect(y1.qipp.riskAdjusted.toString()).toBe('1.8');
			expect(step(y1, 'closing')).toBe('-3.2');
		});
	});

	it('phases a M07 scheme half into its first year and the other half into the next as a full-year effect', () => {
		const ccg = org({
			schemes: [scheme({ id: 'm07', startMonth: 7, recurrent: true, values: py({ [Y1]: 1200 }) })],
			unidentified: noUnidentified(YEARS)
		});
		const [y1, y2] = projectOrganisation(model({ years: YEARS, organisations: [ccg] }), ccg, 'plan');
		// 1200 x 6/12 = 600 in 2017/18; 1200 - 600 = 600 more in 2018/19
		expect(y1 && step(y1, 'qipp')).toBe('600');
		expect(y1?.lines.some((l) => l.key === 'qipp_full_year_effect')).toBe(false);
		expect(y2 && step(y2, 'qipp_full_year_effect')).toBe('600');
		// opening 2018/19 = 600 (recurrent, stays); closing = 600 + 600 = 1200, the full-year saving
		expect(y2 && step(y2, 'opening')).toBe('600');
		expect(y2 && step(y2, 'closing')).toBe('1200');
	});

	it('leaves a one-off scheme out of the next opening and the full-year effect', () => {
		const ccg = org({
			schemes: [scheme({ id: 'once', startMonth: 7, recurrent: false, values: py({ [Y1]: 1200 }) })],
			unidentified: noUnidentified(YEARS)
		});
		const [y1, y2] = projectOrganisation(model({ years: YEARS, organisations: [ccg] }), ccg, 'plan');
		expect(y1 && step(y1, 'closing')).toBe('600');
		expect(y2 && step(y2, 'opening')).toBe('0');
		expect(y2 && step(y2, 'qipp_full_year_effect')).toBe('0');
	});

	it('keeps a recurrent specific allocation and a recurrent investment in the carried position', () => {
		const ccg = org({
			specificAllocations: [amounts({ id: 'rec', recurrent: true, values: py({ [Y1]: 7 }) })],
			investments: [amounts({ id: 'inv', recurrent: true, values: py({ [Y1]: 3 }) })],
			unidentified: noUnidentified(YEARS)
		});
		const [y1, y2] = projectOrganisation(model({ years: YEARS, organisations: [ccg] }), ccg, 'plan');
		// 7 - 3 = 4 closes 2017/18 and opens 2018/19 unchanged
		expect(y1 && step(y1, 'closing')).toBe('4');
		expect(y1?.carryForward.items).toEqual([]);
		expect(y2 && step(y2, 'opening')).toBe('4');
	});

	describe('recurrent items are levels; non-recurrent items are provided afresh each year', () => {
		const Y3 = '2019/20';
		const THREE = [Y1, Y2, Y3];
		/** Three years of an organisation with only the given items; nothing balances to target. */
		function run(overrides: Partial<Organisation>) {
			const ccg = org({ unidentified: noUnidentified(THREE), ...overrides });
			return projectOrganisation(model({ years: THREE, organisations: [ccg] }), ccg, 'plan');
		}

		it('adds a recurrent investment entered in every year once: its level, then no change', () => {
			const [y1, y2, y3] = run({
				investments: [amounts({ id: 'inv', recurrent: true, values: every(THREE, '4.6') })]
			});
			// first year: the full level 4.6; then 4.6 - 4.6 = 0 (already in the carried position)
			expect([y1, y2, y3].map((y) => y && step(y, 'reserve_provisions'))).toEqual(['-4.6', '0', '0']);
			expect([y1, y2, y3].map((y) => y && step(y, 'closing'))).toEqual(['-4.6', '-4.6', '-4.6']);
			expect(y1?.carryForward.items).toEqual([]);
			expect(y2 && step(y2, 'opening')).toBe('-4.6');
		});

		it('adds the change in level when a recurrent investment grows, and keeps the level of a year left out', () => {
			const [y1, y2, y3] = run({
				investments: [amounts({ id: 'inv', recurrent: true, values: py({ [Y1]: '4.6', [Y2]: '9.2' }) })]
			});
			// 4.6; 9.2 - 4.6 = 4.6; 2019/20 left out keeps 9.2: 9.2 - 9.2 = 0
			expect([y1, y2, y3].map((y) => y && step(y, 'reserve_provisions'))).toEqual(['-4.6', '-4.6', '0']);
			// -4.6; -4.6 - 4.6 = -9.2; -9.2
			expect([y1, y2, y3].map((y) => y && step(y, 'closing'))).toEqual(['-4.6', '-9.2', '-9.2']);
			const inputs = y2?.lines.find((l) => l.key === 'reserve_provisions')?.explanation.inputs;
			expect(inputs?.map((i) => [i.label, i.value.toString()])).toEqual([
				// this year's level 9.2, last year's 4.6, the step 9.2 - 4.6 = 4.6
				["inv: this year's level", '9.2'],
				["inv: last year's level", '4.6'],
				["inv (recurrent: this year's level less last year's)", '4.6']
			]);
		});

		it('adds a recurrent per-head item once, then rate x the change in population', () => {
			const [y1, y2, y3] = run({
				perHead: [perHead({ id: 'gp', recurrent: true, rate: every([Y1, Y2], 3) })],
				// 2019/20 left out: the population stays at 222,000 and the rate at 3
				population: py({ [Y1]: 220000, [Y2]: 222000 })
			});
			// 3 x 220,000 = 660,000; 3 x 222,000 - 660,000 = 666,000 - 660,000 = 6,000 = 3 x 2,000; then 0
			expect([y1, y2, y3].map((y) => y && step(y, 'reserve_provisions'))).toEqual(['-660000', '-6000', '0']);
			expect(y3 && step(y3, 'closing')).toBe('-666000');
		});

		it('adds a recurrent per-head item at an unchanged rate and population only in the first year', () => {
			const [y1, y2] = run({
				perHead: [perHead({ id: 'gp', recurrent: true, rate: every(THREE, 3) })],
				population: every(THREE, 220000)
			});
			// 3 x 220,000 = 660,000, then 660,000 - 660,000 = 0
			expect(y1 && step(y1, 'reserve_provisions')).toBe('-660000');
			expect(y2 && step(y2, 'reserve_provisions')).toBe('0');
		});

		it('adds a non-recurrent investment in full every year it has a value and adds it back at carry-forward', () => {
			const [y1, y2, y3] = run({
				investments: [amounts({ id: 'once', recurrent: false, values: every([Y1, Y2], '2.5') })]
			});
			// 2.5 in each of 2017/18 and 2018/19; 2019/20 has no value: 0
			expect([y1, y2, y3].map((y) => y && step(y, 'reserve_provisions'))).toEqual(['-2.5', '-2.5', '0']);
			expect(y1?.carryForward.items.map((i) => [i.label, i.value.toString()])).toEqual([['once', '2.5']]);
			// closing -2.5 + 2.5 added back = 0 each year
			expect([y2, y3].map((y) => y && step(y, 'opening'))).toEqual(['0', '0']);
			expect(y2 && step(y2, 'closing')).toBe('-2.5');
		});

		it('keeps a recurrent specific allocation entered only in the first year: no step after it', () => {
			const [y1, y2, y3] = run({
				specificAllocations: [amounts({ id: 'rec', recurrent: true, values: py({ [Y1]: 7 }) })]
			});
			expect([y1, y2, y3].map((y) => y && step(y, 'specific:rec'))).toEqual(['7', '0', '0']);
			// 7 stays in the carried position: opens and closes every later year at 7
			expect([y2, y3].map((y) => y && step(y, 'opening'))).toEqual(['7', '7']);
			expect(y3 && step(y3, 'closing')).toBe('7');
		});

		it('steps a recurrent specific allocation by its change in level and explains both levels', () => {
			const [, y2] = run({
				specificAllocations: [amounts({ id: 'rec', recurrent: true, values: py({ [Y1]: 7, [Y2]: 9 }) })]
			});
			// 9 - 7 = 2
			const specific = y2 && line(y2, 'specific:rec');
			expect(specific?.value.toString()).toBe('2');
			expect(specific?.explanation.formula).toBe(
				"Recurrent specific allocation: this year's level less last year's"
			);
			expect(specific?.explanation.inputs.map((i) => [i.label, i.value.toString()])).toEqual([
				['rec', '9'],
				['rec last year', '7']
			]);
		});

		it('takes a non-recurrent specific allocation out again at carry-forward, year by year', () => {
			const [y1, y2] = run({
				specificAllocations: [amounts({ id: 'nr', recurrent: false, values: every([Y1, Y2], 4) })]
			});
			// 4 in each year, removed from the carried position: 4 - 4 = 0 opens 2018/19
			expect([y1, y2].map((y) => y && step(y, 'specific:nr'))).toEqual(['4', '4']);
			expect(y2 && step(y2, 'opening')).toBe('0');
		});
	});

	it('explains growth received with its inputs and where they are edited', () => {
		const { input, ccg } = example();
		const [y1, y2] = projectOrganisation(input, ccg, 'plan');
		const growth = y1?.lines.find((l) => l.key === 'growth_received');
		expect(growth?.explanation.inputs.map((i) => [i.value.toString(), i.source])).toEqual([
			['1030', 'organisations.ccg.allocation.years.2017/18'],
			['1000', 'organisations.ccg.allocation.priorRecurrent']
		]);
		expect(y2?.lines.find((l) => l.key === 'growth_received')?.explanation.inputs[1]?.source).toBe(
			'organisations.ccg.allocation.years.2017/18'
		);
	});

	it('closes every year at opening plus the sum of its steps', () => {
		const { input, ccg } = example();
		for (const result of projectOrganisation(input, ccg, 'plan')) {
			const opening = result.lines[0]?.value ?? D(NaN);
			const total = stepValues(result).reduce((t, v) => t.plus(v), opening);
			expect(total.toString()).toBe(step(result, 'closing'));
		}
	});
});
