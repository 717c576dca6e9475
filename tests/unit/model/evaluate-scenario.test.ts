// evaluateScenario(model, scenario): the one way figures are made. Expected figures come from the
// published Portsmouth plan (tests/fixtures/reference) and from hand arithmetic on the file's inputs.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { fromPounds } from '../../../src/lib/engine/units';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import { modelFileSchema, type ModelFile } from '../../../src/lib/model/schema';
import { readModel, validateModel, type ValidModel } from '../../../src/lib/model/valid-model';

function model(path: string): ValidModel {
	const read = readModel(readFileSync(path, 'utf8'));
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read.value;
}
const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';
const ICB = 'models/icb-template-2026-29.json';

/** A line of Portsmouth 2017/18 in £m, exactly. */
function portsmouth1718(view: 'plan' | 'risk', key: string): string {
	const result = evaluateScenario(model(PORTSMOUTH), 'baseline').result(view);
	const line = result?.organisations[0]?.years[0]?.lines.find((l) => l.key === key);
	if (!line) throw new Error(`no ${key}`);
	return fromPounds(line.value, 'm').toFixed();
}

describe('evaluateScenario(model, scenario)', () => {
	it('gives Portsmouth 2017/18 as published: QIPP 9,199 £k and a closing of 0.5045 £m (printed 0.0)', () => {
		expect(portsmouth1718('plan', 'qipp')).toBe('9.199');
		// The printed steps add to 0.5: 3.1 + 9.0 ... the plan states 0.0 (docs/finance-model.md).
		expect(portsmouth1718('plan', 'closing')).toBe('0.5045');
		// 0.5% and 1% of the 306.3 allocation.
		expect(portsmouth1718('plan', 'contingency')).toBe('-1.5315');
	});

	it('counts each scheme at its RAG factor in the risk view, unidentified QIPP at 0%', () => {
		// green 1.433 + 0.330; amber (0.680 + 0.380 + 0.690 + 0.630 + 0.590) x 75%;
		// red (0.860 + 0.500) x 50%; the 3.106 unidentified x 0%: 1.763 + 2.2275 + 0.68 = 4.6705.
		expect(portsmouth1718('risk', 'qipp')).toBe('4.6705');
		// Everything else is the plan's: 0.5045 - (9.199 - 4.6705).
		expect(portsmouth1718('risk', 'closing')).toBe('-4.024');
	});

	it('makes each view once, and the risk view from the same input as the plan', () => {
		const evaluation = evaluateScenario(model(ICB), 'worst');
		const plan = evaluation.result('plan');
		expect(evaluation.result('plan')).toBe(plan);
		expect(evaluation.result('risk')).toBe(evaluation.result('risk'));
		expect(evaluation.result('risk')?.view).toBe('risk');
		expect(plan?.view).toBe('plan');
	});

	it('applies a parent scenario before its child', () => {
		const { input } = evaluateScenario(model(ICB), 'worst_no_winter');
		const north = input?.organisations[0];
		// From "worst": 2.3% allocation growth in 2026/27; from the child: no winter reserve.
		expect(north?.allocations['2026/27']).toEqual({ growth: D('0.023') });
		expect(north?.investments.find((i) => i.id === 'winter')?.values).toEqual({});
	});

	it('says which scenarios there are when asked for one the model lacks', () => {
		const evaluation = evaluateScenario(model(ICB), 'nope');
		expect(evaluation.input).toBeUndefined();
		expect(evaluation.result('plan')).toBeUndefined();
		expect(evaluation.problems[0]?.message).toMatch(/no scenario "nope"; choose baseline, /);
	});

	it('names the input whose formula reads a cell that is not there', () => {
		const file = model(PORTSMOUTH);
		const cells = file.cells.filter((c) => c.id !== 'contingency_rate');
		const broken = validateModel({ ...file, cells, notebook: undefined });
		if (!broken.ok) throw new Error(JSON.stringify(broken.problems));
		const evaluation = evaluateScenario(broken.value, 'baseline');
		expect(evaluation.input).toBeUndefined();
		expect(evaluation.problems.map((p) => p.path).join(' ')).toMatch(/reserves\.contingency/);
		// The cells still have values: the model's problem does not hide them.
		expect(evaluation.values?.byName.get('tariff_uplift')?.kind).toBe('scalar');
	});

	it('validates nothing: the model was checked, every scenario with it, when it was made', () => {
		const icb = model(ICB);
		const parse = vi.spyOn(modelFileSchema, 'safeParse');
		try {
			for (const scenario of ['baseline', ...icb.scenarios.map((s) => s.id)])
				evaluateScenario(icb, scenario).result('risk');
			expect(parse).not.toHaveBeenCalled();
		} finally {
			parse.mockRestore();
		}
	});

	it('gives literals that are themselves a valid model, formulas replaced by their figures', () => {
		const { literals } = evaluateScenario(model(PORTSMOUTH), 'baseline');
		const checked = validateModel(literals);
		expect(checked.ok).toBe(true);
		const text = JSON.stringify((literals as ModelFile).organisations);
		expect(text).not.toMatch(/"=/);
	});
});
