// Load a model for a command: read and validate it, check the filters exist, evaluate the scenario.
import { isFiscalYear } from '../lib/engine/index';
import { CONSOLIDATED } from '../lib/io/bridge-report';
import { evaluateScenario, type ScenarioEvaluation } from '../lib/model/evaluate-scenario';
import { describeProblems } from '../lib/model/problems';
import type { ModelResult } from '../lib/engine/index';
import type { ModelInput, View } from '../lib/engine/index';
import { readModel, scenarioIds, type ValidModel } from '../lib/model/valid-model';
import { readInput, UsageError, type CliIo } from './io';
import type { ModelOptions } from './options';

/** Thrown when the model file itself is invalid: every problem is printed, exit 2. */
export class InvalidModel extends Error {}

/** Read and validate a model file, or an InvalidModel listing every problem. */
export function readModelFile(io: CliIo, path: string): ValidModel {
	const read = readModel(readInput(io, path));
	if (!read.ok) throw new InvalidModel(`${path} is not a valid model:\n${describeProblems(read.problems)}`);
	return read.value;
}

/** The model evaluated under the chosen scenario; problems in its formula inputs are kept, not thrown. */
export function evaluateForCommand(
	io: CliIo,
	options: Pick<ModelOptions, 'file' | 'scenario' | 'year' | 'organisation'>
): { model: ValidModel; evaluation: ScenarioEvaluation } {
	const model = readModelFile(io, options.file);
	const scenarios = scenarioIds(model);
	if (!scenarios.includes(options.scenario)) {
		throw new UsageError(
			`--scenario ${options.scenario} is not in the model; choose ${scenarios.join(', ')}`
		);
	}
	if (options.year !== undefined && !model.years.includes(options.year)) {
		const hint = isFiscalYear(options.year) ? '' : ' (write it like 2017/18)';
		throw new UsageError(
			`--year ${options.year} is not in the model, which covers ${model.years.join(', ')}${hint}`
		);
	}
	const orgs = model.organisations.map((o) => o.id);
	if (
		options.organisation !== undefined &&
		options.organisation !== CONSOLIDATED &&
		!orgs.includes(options.organisation)
	) {
		throw new UsageError(
			`--org ${options.organisation} is not in the model; choose ${[...orgs, CONSOLIDATED].join(', ')}`
		);
	}
	return { model, evaluation: evaluateScenario(model, options.scenario) };
}

/** The model ready for a bridge: every formula input worked out, or an InvalidModel naming why not. */
export function loadForCommand(
	io: CliIo,
	options: ModelOptions
): { model: ValidModel; input: ModelInput; result: (view: View) => ModelResult } {
	const { model, evaluation } = evaluateForCommand(io, options);
	const { input } = evaluation;
	if (!input) throw new InvalidModel(`${options.file}: ${describeProblems(evaluation.problems)}`);
	// With an input, every view has a result.
	return { model, input, result: (view) => evaluation.result(view) as ModelResult };
}
