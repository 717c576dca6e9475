import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameValue } from '../../../src/lib/engine/cells/same';
import { LiveNotebook } from '../../../src/lib/model/live-notebook';
import { evaluateNotebook } from '../../../src/lib/model/notebook';
import { parseModel, resolveScenario } from '../../../src/lib/model/parse';
import { renameCell } from '../../../src/lib/model/rename-cell';
import type { ModelFile } from '../../../src/lib/model/schema';

function parsed(path: string): ModelFile {
	const result = parseModel(JSON.parse(readFileSync(path, 'utf8')));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.value;
}

/** A fresh evaluation of the file under a scenario, to compare the live notebook with. */
function fresh(file: ModelFile, scenario: string) {
	const resolved = resolveScenario(file, scenario);
	if (!resolved.ok) throw new Error('scenario must resolve');
	return evaluateNotebook(resolved.value).values.byName;
}

describe('LiveNotebook.switchScenario(id)', () => {
	const icb = parsed('models/icb-template-2026-29.json');

	it('after any order of scenario switches equals a fresh evaluation of that scenario (property)', () => {
		const scenarios = ['baseline', 'best', 'worst', 'worst_no_winter'];
		const expected = new Map(scenarios.map((s) => [s, fresh(icb, s)]));
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...scenarios), { minLength: 1, maxLength: 6 }), (order) => {
				const live = new LiveNotebook(icb);
				for (const scenario of order) {
					live.switchScenario(scenario);
					for (const [name, value] of expected.get(scenario)!) {
						expect(sameValue(live.value(name), value), `${scenario} ${name}`).toBe(true);
					}
				}
			}),
			{ numRuns: 15 }
		);
	});

	it('returns the names whose values changed, and nothing when switching to the same figures', () => {
		const live = new LiveNotebook(icb);
		const changed = live.switchScenario('worst');
		const before = fresh(icb, 'baseline');
		const after = fresh(icb, 'worst');
		const differing = [...after.keys()].filter((name) => !sameValue(before.get(name), after.get(name)));
		expect([...changed].sort()).toEqual(differing.sort());
		expect(changed.has('qipp_required')).toBe(true);
		expect(changed.has('pc_per_head')).toBe(false);
		expect(live.switchScenario('worst')).toEqual(new Set());
	});

	it('applies a scenario that overrides a cell with a formula', () => {
		const file = parsed('models/portsmouth-ccg-2017-19.json');
		file.scenarios.push({
			id: 'dear',
			name: 'Dearer',
			parent: 'baseline',
			overrides: [{ path: 'cells.tariff_uplift.value', value: '=efficiency_deflator + 1.1%' }]
		});
		const live = new LiveNotebook(file);
		const changed = live.switchScenario('dear');
		// 2.0% + 1.1% = 3.1%: one point more inflation on 190.0 of tariff-based cost = 1.9 off the closing.
		expect(changed.has('tariff_uplift')).toBe(true);
		const surplus = live.value('surplus');
		expect(surplus?.kind === 'series' && surplus.values[0]?.toString()).toBe('-1395500');
	});
});

describe('renameCell(file, id, name)', () => {
	it('renames the cell and rewrites formula cells, formula inputs and scenario formulas, and keeps the figures', () => {
		const file = parsed('models/portsmouth-ccg-2017-19.json');
		file.scenarios.push({
			id: 's',
			name: 'S',
			parent: 'baseline',
			overrides: [{ path: 'assumptions.inflation', value: '=tariff_uplift + 1%' }]
		});
		file.cells.push({ id: 'double', name: 'double', formula: 'tariff_uplift * 2 // tariff_uplift doubled' });
		const renamed = renameCell(file, 'tariff_uplift', 'tariff_inflation');
		expect(renamed.cells.find((c) => c.id === 'tariff_uplift')?.name).toBe('tariff_inflation');
		expect(renamed.assumptions.inflation).toBe('=tariff_inflation');
		expect(renamed.scenarios[0]?.overrides[0]?.value).toBe('=tariff_inflation + 1%');
		expect(renamed.cells.find((c) => c.id === 'double')).toMatchObject({
			formula: 'tariff_inflation * 2 // tariff_uplift doubled'
		});
		const before = evaluateNotebook(file).values.byName.get('surplus');
		expect(sameValue(evaluateNotebook(renamed).values.byName.get('surplus'), before)).toBe(true);
		expect(file.assumptions.inflation).toBe('=tariff_uplift');
	});
});
