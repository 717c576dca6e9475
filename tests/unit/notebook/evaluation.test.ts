// evaluation.ts: a file evaluated per scenario and view, worked out once and reused.
import { describe, expect, it } from 'vitest';
import { bridgeReports } from '../../../src/lib/io/bridge-report';
import { evaluate, Evaluations } from '../../../src/lib/notebook/evaluation';
import type { ModelFile } from '../../../src/lib/model/schema';
import { ICB, PORTSMOUTH, loadExample, reportsOf } from './fixtures';

function reports(e: ReturnType<typeof evaluate>, scenario: string) {
	return bridgeReports(e.notebook!.input!, e.result!, { unit: 'm', scenario });
}

describe('evaluate', () => {
	it.each([
		[PORTSMOUTH, 'baseline', 'plan'],
		[PORTSMOUTH, 'baseline', 'risk'],
		[ICB, 'baseline', 'plan'],
		[ICB, 'worst_no_winter', 'plan'],
		[ICB, 'best', 'risk']
	] as const)('%s %s %s gives the same bridge as the engine', (path, scenario, view) => {
		const file = loadExample(path);
		const e = evaluate(file, scenario, view);
		expect(e.problems).toEqual([]);
		expect(e.scenario).toBe(scenario);
		expect(e.view).toBe(view);
		expect(e.result!.view).toBe(view);
		expect(reports(e, scenario)).toEqual(reportsOf(file, scenario, view));
	});

	it('the risk view differs from the plan when schemes are rated below green', () => {
		const file = loadExample(ICB);
		expect(reports(evaluate(file, 'baseline', 'risk'), 'baseline')).not.toEqual(
			reports(evaluate(file, 'baseline', 'plan'), 'baseline')
		);
	});

	it('says why when the scenario does not resolve', () => {
		const file = loadExample(ICB);
		const e = evaluate(file, 'nope', 'plan');
		expect(e.result).toBeUndefined();
		expect(e.resolved).toBeUndefined();
		expect(e.problems[0]!.message).toMatch(/no scenario "nope"/);
	});

	it('says why when a cell the model reads is missing', () => {
		const file = loadExample(PORTSMOUTH);
		const broken: ModelFile = { ...file, cells: file.cells.filter((c) => c.id !== 'contingency_rate') };
		const e = evaluate(broken, 'baseline', 'plan');
		expect(e.result).toBeUndefined();
		expect(e.problems.length).toBeGreaterThan(0);
		expect(e.problems.map((p) => p.path).join(' ')).toMatch(/contingency/);
	});
});

describe('Evaluations', () => {
	it('works out each scenario and view once', () => {
		const all = new Evaluations(loadExample(ICB));
		const plan = all.get('best', 'plan');
		expect(all.get('best', 'plan')).toBe(plan);
		expect(all.get('worst', 'plan')).not.toBe(plan);
		expect(all.get('best', 'risk')).not.toBe(plan);
		expect(all.get('best', 'risk')).toBe(all.get('best', 'risk'));
	});

	it("the risk view reuses the plan's notebook and gives the engine's risk figures", () => {
		const file = loadExample(ICB);
		const all = new Evaluations(file);
		const risk = all.get('worst', 'risk');
		const plan = all.get('worst', 'plan');
		expect(risk.notebook).toBe(plan.notebook);
		expect(risk.resolved).toBe(plan.resolved);
		expect(risk.view).toBe('risk');
		expect(risk.result!.view).toBe('risk');
		expect(reports(risk, 'worst')).toEqual(reportsOf(file, 'worst', 'risk'));
		expect(reports(plan, 'worst')).toEqual(reportsOf(file, 'worst', 'plan'));
	});

	it('a scenario that does not resolve has no result in either view', () => {
		const all = new Evaluations(loadExample(ICB));
		expect(all.get('nope', 'risk').result).toBeUndefined();
		expect(all.get('nope', 'risk').problems.length).toBeGreaterThan(0);
	});
});
