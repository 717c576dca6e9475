// Cells and formula inputs in a model file: formulas feed model inputs, read model results, and
// every problem (bad formula, wrong unit, a loop through the model) names where it is.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPounds } from '../../../src/lib/engine/units';
import { loadModel } from '../load-model';
import { parseJsonText } from '../../../src/lib/model/json-text';
import { validateModel } from '../../../src/lib/model/valid-model';
import { SCHEMA_VERSION } from '../../../src/lib/model/schema';

const portsmouth = () => JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
const load = (model: unknown, scenario?: string) => loadModel(JSON.stringify(model), scenario);
const problems = (model: unknown) => {
	const result = load(model);
	return result.ok ? [] : result.problems;
};
const closing = (model: unknown, year = 0) => {
	const result = load(model);
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	const line = result.value.values.byName.get('surplus');
	return line?.kind === 'series' ? fromPounds(line.values[year]!, 'm').toString() : String(line?.kind);
};

describe('formula inputs', () => {
	it('give the same bridge as the literals they replace (Portsmouth uses cells for its rates)', () => {
		const literal = portsmouth();
		literal.assumptions = { activityGrowth: '0', inflation: '2.1', efficiency: '2.0' };
		literal.organisations[0].reserves.contingency.rate = '0.5';
		literal.organisations[0].reserves.nonRecurrent.rate = '1';
		expect(closing(portsmouth())).toBe('0.5045');
		expect(closing(literal)).toBe('0.5045');
	});

	it('follow an edited cell: contingency at 1% of 306.3 takes 1.5315 more off the closing', () => {
		const model = portsmouth();
		model.cells.find((c: { name: string }) => c.name === 'contingency_rate').value = '1';
		// 0.5045 - 0.5% x 306.3 = 0.5045 - 1.5315 = -1.027
		expect(closing(model)).toBe('-1.027');
	});

	it('can take one value per year from a per-year cell, or a year of it', () => {
		const model = portsmouth();
		model.cells.push({
			id: 'norm',
			name: 'norm',
			unit: 'money',
			value: { '2017/18': '0.1', '2018/19': '0.2' }
		});
		model.organisations[0].normalisation = '=norm';
		model.organisations[0].target = { '2017/18': '=norm[2017/18] * 0', '2018/19': '0' };
		expect(closing(model)).toBe('0.5045');
	});

	it('name the input, the formula and the reason when a formula has the wrong unit', () => {
		const model = portsmouth();
		model.organisations[0].costLines[0].base = '=tariff_uplift';
		expect(problems(model)).toContainEqual({
			path: 'organisations.portsmouth.costLines.acute.base',
			message: 'formula "=tariff_uplift" gives a percentage, but this input needs an amount in £'
		});
	});

	it('name the input when a formula reads a name nobody defines', () => {
		const model = portsmouth();
		model.assumptions.inflation = '=tarif_uplift';
		expect(problems(model)[0]).toMatchObject({
			path: 'assumptions.inflation',
			message: expect.stringContaining('"tarif_uplift" is not defined')
		});
	});

	it('report a loop through the model: an input that depends on the surplus', () => {
		const model = portsmouth();
		model.cells.push({ id: 'loop', name: 'extra_reserve', formula: 'surplus[2017/18] * 10%' });
		model.organisations[0].reserves.investments[0].values['2017/18'] = '=extra_reserve';
		const result = load(model);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.message).toMatch(/circular definition: .*extra_reserve/);
	});

	it('let cells read model results per organisation and consolidated', () => {
		const result = loadModel(readFileSync('models/icb-template-2026-29.json', 'utf8'));
		if (!result.ok) throw new Error('icb must load');
		const { byName } = result.value.values;
		const first = (name: string) => {
			const v = byName.get(name);
			return v?.kind === 'series' ? v.values[0]! : undefined;
		};
		// Consolidated reserve provisions are North's plus South's.
		expect(
			first('bridge.reserve_provisions')?.eq(
				first('north.bridge.reserve_provisions')!.plus(first('south.bridge.reserve_provisions')!)
			)
		).toBe(true);
	});

	it('apply in scenarios: an override may itself be a formula', () => {
		const model = portsmouth();
		model.scenarios = [
			{
				id: 'dear',
				name: 'Dearer tariff',
				parent: 'baseline',
				overrides: [{ path: 'cells.tariff_uplift.value', value: '3.1' }]
			},
			{
				id: 'formula',
				name: 'Formula override',
				parent: 'baseline',
				overrides: [{ path: 'assumptions.inflation', value: '=tariff_uplift + 1%' }]
			}
		];
		const surplus = (scenario: string) => {
			const r = load(model, scenario);
			if (!r.ok) throw new Error(JSON.stringify(r.problems));
			const v = r.value.values.byName.get('surplus');
			return v?.kind === 'series' ? fromPounds(v.values[0]!, 'm').toString() : '';
		};
		// 1 point more inflation on the 190.0 tariff-based base costs 1.9: 0.5045 - 1.9 = -1.3955
		expect(surplus('dear')).toBe('-1.3955');
		expect(surplus('formula')).toBe('-1.3955');
	});
});

describe('cells in the file', () => {
	it('must give every year when given per year', () => {
		const model = portsmouth();
		model.cells.push({ id: 'half', name: 'half', unit: 'count', value: { '2017/18': '1' } });
		const parsed = validateModel(model);
		expect(parsed.ok ? [] : parsed.problems).toContainEqual({
			path: `cells[${model.cells.length - 1}].value`,
			message: expect.stringContaining('no value for 2018/19')
		});
	});

	it('refuse a name that is not a name', () => {
		const model = portsmouth();
		model.cells.push({ id: 'bad', name: '2nd go', formula: '1' });
		const parsed = validateModel(model);
		expect(parsed.ok ? '' : parsed.problems[0]?.path).toBe(`cells[${model.cells.length - 1}].name`);
	});
});

describe('schema version 1 files', () => {
	for (const name of ['portsmouth-ccg-2017-19.json', 'icb-template-2026-29.json']) {
		it(`migrate ${name} to the current version with the same figures`, () => {
			const old = parseJsonText(readFileSync(`tests/fixtures/v1/${name}`, 'utf8'));
			if (!old.ok) throw new Error('fixture must be JSON');
			expect((old.value as { schemaVersion: number }).schemaVersion).toBe(1);
			const migrated = loadModel(JSON.stringify(old.value));
			const current = loadModel(readFileSync(`models/${name}`, 'utf8'));
			if (!migrated.ok || !current.ok) throw new Error('both must load');
			expect(migrated.value.file.schemaVersion).toBe(SCHEMA_VERSION);
			expect(migrated.value.file.cells).toEqual([]);
			const surplus = (r: typeof current) =>
				r.ok ? JSON.stringify(r.value.values.byName.get('surplus')) : '';
			expect(surplus(migrated)).toBe(surplus(current));
		});
	}
});

describe('formula inputs, edge cases', () => {
	it('refuse a plain number for a rate, which would silently mean 210%', () => {
		const model = portsmouth();
		model.assumptions.inflation = '=2.1';
		expect(problems(model)).toContainEqual({
			path: 'assumptions.inflation',
			message: 'formula "=2.1" gives a plain number, but this input needs a percentage (write 2.1%, not 2.1)'
		});
	});

	it('take the year of a per-year cell in a slot under a year key (allocation.years[year].value)', () => {
		const model = portsmouth();
		model.cells.push({
			id: 'alloc',
			name: 'alloc',
			unit: 'money',
			value: { '2017/18': '306.3', '2018/19': '311.8134' }
		});
		model.organisations[0].allocation.years = {
			'2017/18': { value: '=alloc' },
			'2018/19': { value: '=alloc' }
		};
		// 306.3 x 1.018 = 311.8134: the same allocation the growth of 1.8% gave, so the same closings.
		expect(closing(model)).toBe('0.5045');
		expect(closing(model, 1)).toBe('0');
	});

	it('round money formulas to the penny, like every amount the engine computes', () => {
		const model = portsmouth();
		model.organisations[0].normalisation = { '2017/18': '=£100000 / 3' };
		// 33,333.333... -> 33,333.33: 0.1 is replaced, so the closing moves by 0.03333333 - 0.1
		expect(closing(model)).toBe('0.43783333');
	});
});

describe('cells, edge cases', () => {
	it('report a cell mistake on the field that has it', () => {
		const model = portsmouth();
		model.cells.push(
			{ id: 'x', name: 'x', unit: 'pounds', value: '1' },
			{ id: 'y', name: 'y', unit: 'money' }
		);
		const parsed = validateModel(model);
		const found = parsed.ok ? [] : parsed.problems.map((p) => p.path);
		expect(found).toEqual([
			`cells[${model.cells.length - 2}].unit`,
			`cells[${model.cells.length - 1}].value`
		]);
	});

	it('refuse a cell named like a model result, which would hide it', () => {
		const model = portsmouth();
		model.cells.push({ id: 's', name: 'surplus', formula: '£1' });
		const parsed = validateModel(model);
		expect(parsed.ok ? [] : parsed.problems).toContainEqual({
			path: `cells[${model.cells.length - 1}].name`,
			message: '"surplus" is the name of a model result: choose another name'
		});
	});

	it('name organisations whose ids are not names with "_" in formulas', () => {
		const model = portsmouth();
		model.organisations[0].id = 'ports-mouth';
		// The page layout names the organisation by its old id.
		delete model.notebook;
		model.cells.push({ id: 'own', name: 'own_surplus', formula: 'ports_mouth.surplus' });
		const result = load(model);
		expect(result.ok && result.value.values.byName.get('own_surplus')?.kind).toBe('series');
	});

	it('accept a formula for the whole unidentified QIPP plan', () => {
		const model = portsmouth();
		model.organisations[0].qipp.unidentified = '=£3.106m';
		// 2018/19 now plans 3.106 rather than balancing: 0 + (3.106 - 4.992491) = -1.886491
		expect(closing(model, 1)).toBe('-1.886491');
	});
});
