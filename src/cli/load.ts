// Load a model for a command: read, validate, resolve the scenario, check the filters exist.
import { type ModelInput, isFiscalYear, type Values } from '../lib/engine/index';
import { CONSOLIDATED } from '../lib/io/bridge-report';
import { parseJsonText, parseModel, resolveScenario } from '../lib/model/parse';
import { BASELINE } from '../lib/model/scenario';
import { evaluateNotebook, type Notebook } from '../lib/model/notebook';
import { describeProblems } from '../lib/model/problems';
import type { ModelFile } from '../lib/model/schema';
import { readInput, UsageError, type CliIo } from './io';
import type { ModelOptions } from './options';

/** Thrown when the model file itself is invalid: every problem is printed, exit 2. */
export class InvalidModel extends Error {}

/** The model evaluated under the chosen scenario; problems in its formula inputs are kept, not thrown. */
export function evaluateForCommand(
	io: CliIo,
	options: Pick<ModelOptions, 'file' | 'scenario' | 'year' | 'organisation'>
): { file: ModelFile; notebook: Notebook } {
	const text = readInput(io, options.file);
	const json = parseJsonText(text);
	const parsed = json.ok ? parseModel(json.value) : json;
	if (!parsed.ok)
		throw new InvalidModel(`${options.file} is not a valid model:\n${describeProblems(parsed.problems)}`);
	const file = parsed.value;
	const scenarios = file.scenarios.map((s) => s.id);
	if (options.scenario !== BASELINE && !scenarios.includes(options.scenario)) {
		throw new UsageError(
			`--scenario ${options.scenario} is not in the model; choose ${[BASELINE, ...scenarios].join(', ')}`
		);
	}
	if (options.year !== undefined && !file.years.includes(options.year)) {
		const hint = isFiscalYear(options.year) ? '' : ' (write it like 2017/18)';
		throw new UsageError(
			`--year ${options.year} is not in the model, which covers ${file.years.join(', ')}${hint}`
		);
	}
	const orgs = file.organisations.map((o) => o.id);
	if (
		options.organisation !== undefined &&
		options.organisation !== CONSOLIDATED &&
		!orgs.includes(options.organisation)
	) {
		throw new UsageError(
			`--org ${options.organisation} is not in the model; choose ${[...orgs, CONSOLIDATED].join(', ')}`
		);
	}
	// parseModel has already resolved every scenario, so this cannot fail for a known id.
	const resolved = resolveScenario(file, options.scenario);
	if (!resolved.ok) throw new InvalidModel(describeProblems(resolved.problems));
	return { file, notebook: evaluateNotebook(resolved.value) };
}

/** The model ready for a bridge: every formula input worked out, or an InvalidModel naming why not. */
export function loadForCommand(
	io: CliIo,
	options: ModelOptions
): { file: ModelFile; input: ModelInput; values: Values } {
	const { file, notebook } = evaluateForCommand(io, options);
	if (!notebook.input) throw new InvalidModel(`${options.file}: ${describeProblems(notebook.problems)}`);
	return { file, input: notebook.input, values: notebook.values };
}
