// Relative and set changes in a scenario (docs/finance-model.md, "Scenarios"): each moves its
// parent's value when the scenario is applied. Every expected figure is worked out by hand.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/index';
import { fromPounds } from '../../../src/lib/engine/units';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import { applyChange, describeChange, startingValue } from '../../../src/lib/model/scenario-change';
import { deleteScenario } from '../../../src/lib/notebook/scenarios';
import type { ModelFile } from '../../../src/lib/model/schema';
import { readModel } from '../../../src/lib/model/valid-model';

const Y1 = '2026/27';

/**
 * The blank plan (additive) with acute 100 (tariff, inflation 2%) and prescribing 50 (no rate:
 * the model's 3%), a red scheme of 100 and a green one of 40, and `overrides` as scenario "worst".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the raw file, edited freely by each test
function plan(overrides: unknown[], edit: (file: any) => void = () => {}) {
	const file = JSON.parse(readFileSync('models/blank-plan.json', 'utf8'));
	file.convention = 'additive';
	file.assumptions.inflation = '3';
	const org = file.organisations[0];
	org.costLines = [
		{ id: 'acute', name: 'Acute', tariff: true, base: '100', inflation: '2' },
		{ id: 'rx', name: 'Prescribing', tariff: false, base: '50' }
	];
	org.qipp = {
		schemes: [
			{
				id: 'red1',
				name: 'Outpatients',
				workstream: 'Acute',
				rag: 'red',
				recurrent: true,
				values: { [Y1]: '100' }
			},
			{
				id: 'green1',
				name: 'Formulary',
				workstream: 'Rx',
				rag: 'green',
				recurrent: true,
				values: { [Y1]: '40' }
			}
		],
		unidentified: { [Y1]: '0', '2027/28': '0' }
	};
	file.scenarios = [{ id: 'worst', name: 'Worst case', parent: 'baseline', overrides }];
	edit(file);
	const read = readModel(JSON.stringify(file));
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	const evaluated = (scenario: string) => evaluateScenario(read.value, scenario);
	/** A bridge line of year 1 in £m (a cost pressure is negative), or the problems. */
	return (scenario: string, key: string) => {
		const run = evaluated(scenario);
		if (run.problems.length > 0) return run.problems.map((p) => p.message).join('; ');
		const line = run.result('plan')?.organisations[0]?.years[0]?.lines.find((l) => l.key === key);
		return line ? fromPounds(line.value, 'm').toFixed() : 'none';
	};
}

const tariffPlusOne = { each: 'costLines', where: { tariff: true }, field: 'inflation', add: '1' };
const redNothing = { each: 'schemes', where: { rag: 'red' }, field: 'values', times: '0' };

describe('a scenario change relative to its parent', () => {
	it('+1 pp on every tariff line moves acute from 2% to 3%: inflation 100×3% + 50×3% = 4.5 (baseline 2 + 1.5 = 3.5)', () => {
		const line = plan([tariffPlusOne]);
		expect(line('baseline', 'inflation')).toBe('-3.5');
		expect(line('worst', 'inflation')).toBe('-4.5');
	});

	it('follows the parent: with acute at 4% in the baseline, +1 pp gives 5%, so 5 + 1.5 = 6.5', () => {
		const line = plan([tariffPlusOne], (f) => (f.organisations[0].costLines[0].inflation = '4'));
		expect(line('worst', 'inflation')).toBe('-6.5');
	});

	it('starts a line with no rate of its own from the model assumption: prescribing 3% + 1 pp = 4%, 50×4% = 2', () => {
		const line = plan([{ ...tariffPlusOne, where: { tariff: false } }]);
		// acute 100×2% = 2, prescribing 2: 4.
		expect(line('worst', 'inflation')).toBe('-4');
	});

	it('"red schemes deliver 0%" takes the red scheme out: QIPP 40 (baseline 100 + 40 = 140)', () => {
		const line = plan([redNothing]);
		expect(line('baseline', 'qipp')).toBe('140');
		expect(line('worst', 'qipp')).toBe('40');
	});

	it('both together lower the closing by 1 (acute 100 × 1 pp) + 100 (the red scheme) = 101', () => {
		const line = plan([tariffPlusOne, redNothing]);
		const drop = D(line('baseline', 'closing')).minus(line('worst', 'closing'));
		expect(drop.toFixed()).toBe('101');
	});

	it('applies in order: a later change to one input wins over an earlier set, and composes with it', () => {
		const acute = 'organisations.org.costLines.acute.inflation';
		// Set +1 pp (2 → 3), then acute set to 10: 100×10% + 1.5 = 11.5.
		expect(plan([tariffPlusOne, { path: acute, value: '10' }])('worst', 'inflation')).toBe('-11.5');
		// Acute set to 10, then the set's +1 pp: 11% → 11 + 1.5 = 12.5.
		expect(plan([{ path: acute, value: '10' }, tariffPlusOne])('worst', 'inflation')).toBe('-12.5');
	});

	it('in a child scenario starts from the parent scenario, not the baseline: 2 + 1 + 1 = 4%, 4 + 1.5 = 5.5', () => {
		const line = plan([tariffPlusOne], (f) =>
			f.scenarios.push({ id: 'worse', name: 'Worse', parent: 'worst', overrides: [tariffPlusOne] })
		);
		expect(line('worse', 'inflation')).toBe('-5.5');
	});

	it("keeps a child's figures when its parent is deleted: the child takes both +1 pp changes, still 5.5", () => {
		const line = plan([tariffPlusOne], (f) => {
			f.scenarios.push({ id: 'worse', name: 'Worse', parent: 'worst', overrides: [tariffPlusOne] });
			const kept = deleteScenario(f as ModelFile, 'worst');
			f.scenarios = kept.scenarios;
		});
		expect(line('worse', 'inflation')).toBe('-5.5');
	});

	it('cannot move a formula by a number, and says which row and why when the file is read', () => {
		const withFormula = () =>
			plan([tariffPlusOne], (f) => {
				f.cells = [{ id: 'tariff_uplift', name: 'tariff_uplift', unit: 'percent', value: '2.5' }];
				f.organisations[0].costLines[0].inflation = '=tariff_uplift';
			});
		expect(withFormula).toThrow(/Acute.*: the parent's value is a formula.*\+1 pp.*set a value instead/);
	});
});

describe('applyChange', () => {
	it('adds to and multiplies a number and every year of a value by year, exactly', () => {
		expect(applyChange('3.5', { add: '1' })).toEqual({ value: '4.5' });
		expect(applyChange('0.1', { add: '0.2' })).toEqual({ value: '0.3' });
		expect(applyChange({ a: '10', b: '2.5' }, { times: '0.9' })).toEqual({ value: { a: '9', b: '2.25' } });
		expect(applyChange('balance', { add: '1' })).toHaveProperty('error');
	});

	it('property: +x then −x gives the value back, and ×k then ×(1/k) for k a power of ten', () => {
		const decimal = fc
			.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))
			.map(([n, places]) => D(n).div(D(10).pow(places)).toFixed());
		fc.assert(
			fc.property(decimal, decimal, fc.integer({ min: 0, max: 4 }), (value, x, power) => {
				const up = applyChange(value, { add: x }) as { value: string };
				const down = applyChange(up.value, { add: D(x).negated().toFixed() }) as { value: string };
				expect(D(down.value).eq(value)).toBe(true);
				const k = D(10).pow(power);
				const big = applyChange(value, { times: k.toFixed() }) as { value: string };
				const back = applyChange(big.value, { times: D(1).div(k).toFixed() }) as { value: string };
				expect(D(back.value).eq(value)).toBe(true);
			})
		);
	});
});

describe('startingValue', () => {
	const file = {
		assumptions: { inflation: { [Y1]: '3' }, efficiency: '1.1' },
		organisations: [{ id: 'o', costLines: [{ id: 'a', inflation: '2' }, { id: 'b' }] }]
	};
	it('reads the input, a year of a field written once, or the assumption a cost line falls back to', () => {
		expect(startingValue(file, 'organisations.o.costLines.a.inflation')).toBe('2');
		expect(startingValue(file, `organisations.o.costLines.a.inflation.${Y1}`)).toBe('2');
		expect(startingValue(file, `organisations.o.costLines.b.inflation.${Y1}`)).toBe('3');
		expect(startingValue(file, `organisations.o.costLines.b.efficiency.${Y1}`)).toBe('1.1');
		expect(startingValue(file, 'organisations.o.population')).toBe('0');
	});
});

describe('describeChange', () => {
	it('writes a change as a finance lead reads it', () => {
		expect(describeChange({ add: '1' })).toBe('+1 pp');
		expect(describeChange({ add: '-0.5' })).toBe('−0.5 pp');
		expect(describeChange({ add: '2' }, false)).toBe('+2');
		expect(describeChange({ times: '0.9' })).toBe('×0.9');
	});
});
