// Comparing scenarios of the ICB template (models/icb-template-2026-29.json), with figures worked
// out by hand from its inputs, and a property over random scenarios: a scenario bridge's steps add
// up exactly to the difference between the two scenarios, in every organisation, year and view.
import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../../src/lib/io/comparison';
import { scenarioBridge } from '../../../src/lib/io/scenario-bridge-report';
import { CHANGE_GROUPS, scenarioChanges } from '../../../src/lib/model/scenario-changes';
import { readModel, validateModel, type ValidModel } from '../../../src/lib/model/valid-model';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';

const TEXT = readFileSync('models/icb-template-2026-29.json', 'utf8');
const read = readModel(TEXT);
if (!read.ok) throw new Error(JSON.stringify(read.problems));
const ICB = read.value;
const Y1 = '2026/27';
const m = (x: Decimal.Value) => new Decimal(x).times(1_000_000);

describe('compareScenarios: baseline, best and worst case of the ICB template', () => {
	const compared = compareScenarios(ICB, { scenarios: ['baseline', 'best', 'worst'], year: Y1 });
	if (!compared.ok) throw new Error(JSON.stringify(compared.problems));
	const [year] = compared.value.years;
	const row = (key: string) => year!.rows.find((r) => r.key === key)!;

	it('works out the allocation by hand: recurrent 1,300.0 and 1,040.0 £m grown by 2.8% (worst: 2.3%)', () => {
		// Baseline 1,300 x 1.028 + 1,040 x 1.028 = 1,336.4 + 1,069.12 = 2,405.52
		// Worst    1,300 x 1.023 + 1,040 x 1.023 = 1,329.9 + 1,063.92 = 2,393.82
		expect(row('allocation').values.map(String)).toEqual(
			[m('2405.52'), m('2405.52'), m('2393.82')].map(String)
		);
		expect(row('allocation').differences.map(String)).toEqual(['0', '0', m('-11.7').toString()]);
	});

	it('leads with what differs: the plan balances with unidentified QIPP, so its surplus is the same', () => {
		expect(row('surplus').differs).toBe(false);
		expect(row('surplus').values.every((v) => v.isZero())).toBe(true);
		const keys = year!.rows.map((r) => r.key);
		expect(keys.indexOf('qipp_unidentified')).toBeLessThan(keys.indexOf('surplus'));
		expect(keys.indexOf('risk_surplus')).toBeLessThan(keys.indexOf('surplus'));
		expect(row('qipp_identified').differs).toBe(false);
	});

	it('lists what each scenario changes, with both values', () => {
		const worst = compared.value.scenarios[2]!;
		expect(worst.changes.map((c) => [c.group, c.path])).toEqual([
			['inflation', 'assumptions.inflation'],
			['activity', 'organisations.north.costLines.acute.activityGrowth'],
			['activity', 'organisations.south.costLines.acute.activityGrowth'],
			['allocation', 'organisations.north.allocation.years.2026/27'],
			['allocation', 'organisations.south.allocation.years.2026/27'],
			['qipp', 'qippDeliveryFactors.amber']
		]);
		expect(worst.changes[5]).toMatchObject({ base: '75', scenario: '60' });
		expect(compared.value.scenarios[0]!.changes).toEqual([]);
	});

	it('puts a named value in the group of the first input that reads it', () => {
		// pc_per_head is read by the per-head reserve rates (and north_pc_cost, a cell no input
		// reads); north_heads by North's population, which counts only for per-head reserves.
		const model = withScenarios(
			[
				{ path: 'cells.pc_per_head.formula', value: '£2.00' },
				{ path: `cells.north_heads.value.${Y1}`, value: '530000' }
			],
			[]
		);
		expect(scenarioChanges(model, 'baseline', 'p').map((c) => [c.path, c.group])).toEqual([
			['cells.pc_per_head.formula', 'reserves'],
			[`cells.north_heads.value.${Y1}`, 'reserves']
		]);
	});

	it('groups a change by the field it sets', () => {
		// A cost base is "other"; a reserve rate, a cost line's efficiency, a model-wide rate their own.
		const model = withScenarios(
			[
				{ path: 'organisations.north.costLines.acute.base', value: '700' },
				{ path: 'organisations.north.reserves.contingency.rate', value: '1.0' },
				{ path: 'organisations.south.costLines.community.efficiency', value: '3.0' },
				{ path: 'assumptions.activityGrowth', value: '2.5' }
			],
			[]
		);
		expect(scenarioChanges(model, 'baseline', 'p').map((c) => c.group)).toEqual([
			'other',
			'reserves',
			'efficiency',
			'activity'
		]);
	});

	it('groups a named value read by a rate for one year with that rate', () => {
		const file = JSON.parse(TEXT);
		file.cells.push({ id: 'uplift', name: 'uplift', unit: 'percent', value: '2.5' });
		file.assumptions.inflation = { [Y1]: '=uplift', '2027/28': '=uplift', '2028/29': '2.0' };
		file.scenarios = [
			{ id: 'p', name: 'P', parent: 'baseline', overrides: [{ path: 'cells.uplift.value', value: '3.5' }] }
		];
		const checked = validateModel(file);
		if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
		expect(scenarioChanges(checked.value, 'baseline', 'p').map((c) => c.group)).toEqual(['inflation']);
	});

	it('bridges from a scenario that adds a year back to the baseline, which has none there', () => {
		// Portsmouth states normalisation for 2017/18 only; scenario "a" adds 5 £m in 2018/19.
		const file = JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
		expect(file.organisations[0].normalisation['2018/19']).toBeUndefined();
		file.scenarios = [
			{
				id: 'a',
				name: 'A',
				parent: 'baseline',
				overrides: [{ path: 'organisations.portsmouth.normalisation.2018/19', value: '5' }]
			}
		];
		const checked = validateModel(file);
		if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
		const bridge = scenarioBridge(checked.value, {
			base: 'a',
			scenario: 'baseline',
			year: '2018/19',
			organisation: 'portsmouth',
			measure: 'surplus'
		});
		if (!bridge.ok) throw new Error(JSON.stringify(bridge.problems));
		const total = bridge.value.steps.reduce((sum, s) => sum.plus(s.value), bridge.value.opening);
		expect(total.toString()).toBe(bridge.value.closing.toString());
		expect(bridge.value.steps.map((s) => s.group)).toEqual(['allocation']);
	});

	it('refuses one scenario, six, or a base it does not compare', () => {
		expect(compareScenarios(ICB, { scenarios: ['baseline'] }).ok).toBe(false);
		expect(compareScenarios(ICB, { scenarios: ['baseline', 'best', 'worst', 'a', 'b', 'c'] }).ok).toBe(false);
		const wrongBase = compareScenarios(ICB, { scenarios: ['baseline', 'best'], base: 'worst' });
		expect(wrongBase.ok ? '' : wrongBase.problems[0]?.message).toBe(
			'the base "worst" must be one of the compared scenarios'
		);
	});
});

describe('scenarioBridge: baseline to the worst case, risk-adjusted surplus, consolidated 2026/27', () => {
	const bridge = scenarioBridge(ICB, {
		base: 'baseline',
		scenario: 'worst',
		year: Y1,
		organisation: 'consolidated',
		measure: 'risk_surplus'
	});
	if (!bridge.ok) throw new Error(JSON.stringify(bridge.problems));
	const steps = bridge.value.steps;

	it('steps through the groups in the documented order', () => {
		expect(steps.map((s) => s.group)).toEqual(['allocation', 'activity', 'inflation', 'qipp']);
	});

	it('works out the allocation step by hand: 11.70 £m less allocation, 0.5% of it back from contingency', () => {
		// Contingency is 0.5% of this year's allocation; the non-recurrent reserve is on last year's.
		// -11.70 + 0.005 x 11.70 = -11.6415
		expect(steps[0]!.value.toString()).toBe(m('-11.6415').toString());
	});

	it('adds up exactly to the difference between the scenarios', () => {
		const total = steps.reduce((sum, s) => sum.plus(s.value), bridge.value.opening);
		expect(total.toString()).toBe(bridge.value.closing.toString());
		const worst = evaluateScenario(ICB, 'worst').result('risk')!;
		expect(bridge.value.closing.toString()).toBe(
			worst.consolidated[0]!.lines.find((l) => l.key === 'closing')!.value.toString()
		);
	});
});

// Random scenarios of the ICB template: any of these inputs changed, in one scenario or split
// between a parent and its child.
const rate = fc.integer({ min: 0, max: 60 }).map((n) => (n / 10).toFixed(1));
const change = fc.oneof(
	rate.map((v) => ({ path: 'assumptions.inflation', value: v })),
	rate.map((v) => ({ path: 'assumptions.efficiency', value: v })),
	rate.map((v) => ({ path: 'organisations.north.costLines.acute.activityGrowth', value: v })),
	rate.map((v) => ({ path: 'organisations.south.costLines.community.inflation', value: v })),
	rate.map((v) => ({ path: `organisations.north.allocation.years.${Y1}`, value: { growth: v } })),
	rate.map((v) => ({ path: 'organisations.south.reserves.contingency.rate', value: v })),
	fc.integer({ min: 0, max: 100 }).map((n) => ({ path: 'qippDeliveryFactors.red', value: String(n) })),
	fc
		.integer({ min: 0, max: 100 })
		.map((n) => ({ path: 'qippDeliveryFactors.unidentified', value: String(n) })),
	fc
		.integer({ min: 0, max: 20 })
		.map((n) => ({ path: 'organisations.north.normalisation', value: { [Y1]: String(n) } })),
	fc.constant({ path: 'organisations.north.reserves.investments.winter.values', value: {} }),
	fc
		.integer({ min: 400_000, max: 600_000 })
		.map((n) => ({ path: `cells.north_heads.value.${Y1}`, value: String(n) }))
);

function withScenarios(parent: object[], child: object[]): ValidModel {
	const file = JSON.parse(TEXT);
	file.scenarios = [
		{ id: 'p', name: 'Parent', parent: 'baseline', overrides: parent },
		{ id: 'c', name: 'Child', parent: 'p', overrides: child }
	];
	const checked = validateModel(file);
	if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
	return checked.value;
}

describe('scenario bridge (property)', () => {
	it('goes from the base, evaluated on its own, to the compared scenario, in steps that add up exactly', () => {
		fc.assert(
			fc.property(
				fc.array(change, { maxLength: 4 }),
				fc.array(change, { maxLength: 4 }),
				fc.constantFrom('baseline', 'p'),
				fc.constantFrom('consolidated', 'north', 'south'),
				fc.constantFrom(...ICB.years),
				fc.constantFrom('surplus', 'risk_surplus', 'qipp_unidentified', 'expenditure') as fc.Arbitrary<
					'surplus' | 'risk_surplus' | 'qipp_unidentified' | 'expenditure'
				>,
				(parent, child, base, organisation, year, measure) => {
					const model = withScenarios(parent, child);
					const bridge = scenarioBridge(model, { base, scenario: 'c', year, organisation, measure });
					if (!bridge.ok) throw new Error(JSON.stringify(bridge.problems));
					// Each scenario evaluated on its own, as the comparison shows it.
					const compared = compareScenarios(model, { scenarios: [base, 'c'], organisation, year });
					if (!compared.ok) throw new Error(JSON.stringify(compared.problems));
					const [from, to] = compared.value.years[0]!.rows.find((r) => r.key === measure)!.values;
					expect(bridge.value.opening.toString()).toBe(from!.toString());
					expect(bridge.value.closing.toString()).toBe(to!.toString());
					const total = bridge.value.steps.reduce((sum, s) => sum.plus(s.value), from!);
					expect(total.toString()).toBe(to!.toString());
					// One step per group, in the documented order, each group's changes listed once.
					const groups = bridge.value.steps.map((s) => s.group);
					expect(groups).toEqual(CHANGE_GROUPS.filter((g) => groups.includes(g)));
					const paths = scenarioChanges(model, base, 'c').map((c) => c.path);
					expect(new Set(paths).size).toBe(paths.length);
				}
			),
			{ numRuns: 40 }
		);
	}, 120_000);
});
