// Tests read a model text the way the CLI does: readModel (validated once), then evaluateScenario.
// The shape { file, input, values } keeps each assertion one line; nothing here computes a figure.
import type { Values } from '../../src/lib/engine/cells/evaluate';
import type { ModelInput } from '../../src/lib/engine/types';
import { evaluateScenario, type ScenarioEvaluation } from '../../src/lib/model/evaluate-scenario';
import type { Result } from '../../src/lib/model/problems';
import { readModel, type ValidModel } from '../../src/lib/model/valid-model';

export interface Loaded {
	readonly file: ValidModel;
	readonly input: ModelInput;
	readonly values: Values;
	readonly evaluation: ScenarioEvaluation;
}

/** Model text evaluated as `scenario`, or the problems of reading, checking or evaluating it. */
export function loadModel(text: string, scenario = 'baseline'): Result<Loaded> {
	const read = readModel(text);
	if (!read.ok) return read;
	const evaluation = evaluateScenario(read.value, scenario);
	const { input, values } = evaluation;
	if (!input || !values) return { ok: false, problems: [...evaluation.problems] };
	return { ok: true, value: { file: read.value, input, values, evaluation } };
}
