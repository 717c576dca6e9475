// Golden outputs of every example model: the bridge and QIPP reports for every scenario and view,
// as exact decimal strings. `npm run golden` rewrites tests/golden/; the golden test compares.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { evaluateModel } from '../src/lib/engine/evaluate';
import { bridgeReports } from '../src/lib/io/bridge-report';
import { qippReports } from '../src/lib/io/qipp-report';
import { cellReport } from '../src/lib/io/cell-report';
import { loadModel } from '../src/lib/model/parse';
import { BASELINE } from '../src/lib/model/scenario';

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
	const base = loadModel(text);
	if (!base.ok) throw new Error(`${path} is invalid: ${JSON.stringify(base.problems)}`);
	const scenarios = [BASELINE, ...base.value.file.scenarios.map((s) => s.id)];
	const outputs = scenarios.map((scenario) => {
		const loaded = loadModel(text, scenario);
		if (!loaded.ok) throw new Error(`${path} scenario ${scenario} is invalid`);
		const { input } = loaded.value;
		const options = { unit: 'gbp' as const, scenario };
		return {
			scenario,
			bridge: {
				plan: bridgeReports(input, evaluateModel(input, 'plan'), options),
				risk: bridgeReports(input, evaluateModel(input, 'risk'), options)
			},
			qipp: qippReports(input, evaluateModel(input, 'plan'), options),
			cells: loaded.value.file.cells.map((c) =>
				cellReport(c.name, loaded.value.values.byName.get(c.name), loaded.value.file.years, 'gbp')
			)
		};
	});
	return JSON.stringify({ model: basename(path), outputs }, null, 1) + '\n';
}

export function goldenPath(path: string): string {
	return `${GOLDEN_DIR}/${basename(path, '.json')}.golden.json`;
}
