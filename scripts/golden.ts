// Golden outputs of every example model: the bridge and QIPP reports for every scenario and view,
// as exact decimal strings. `npm run golden` rewrites tests/golden/; the golden test compares.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bridgeReports } from '../src/lib/io/bridge-report';
import { qippReports } from '../src/lib/io/qipp-report';
import { cellReport } from '../src/lib/io/cell-report';
import { evaluateScenario } from '../src/lib/model/evaluate-scenario';
import { readModel, scenarioIds } from '../src/lib/model/valid-model';

export const MODELS_DIR = 'models';
export const GOLDEN_DIR = 'tests/golden';

export function exampleModels(): string[] {
	return readdirSync(MODELS_DIR)
		.filter((f) => f.endsWith('.json'))
		.map((f) => `${MODELS_DIR}/${f}`);
}

/** Every report of one model file, keyed by scenario and view, as stable JSON text. */
export function goldenText(path: string): string {
	const text = readFileSync(path, 'utf8');
	const read = readModel(text);
	if (!read.ok) throw new Error(`${path} is invalid: ${JSON.stringify(read.problems)}`);
	const model = read.value;
	const outputs = scenarioIds(model).map((scenario) => {
		const evaluation = evaluateScenario(model, scenario);
		const { input } = evaluation;
		const plan = evaluation.result('plan');
		const risk = evaluation.result('risk');
		if (!input || !plan || !risk) throw new Error(`${path} scenario ${scenario} does not evaluate`);
		const options = { unit: 'gbp' as const, scenario };
		return {
			scenario,
			bridge: { plan: bridgeReports(input, plan, options), risk: bridgeReports(input, risk, options) },
			qipp: qippReports(input, plan, options),
			cells: model.cells.map((c) =>
				cellReport(c.name, evaluation.values?.byName.get(c.name), model.years, 'gbp')
			)
		};
	});
	return JSON.stringify({ model: basename(path), outputs }, null, 1) + '\n';
}

export function goldenPath(path: string): string {
	return `${GOLDEN_DIR}/${basename(path, '.json')}.golden.json`;
}
