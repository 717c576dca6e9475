// bridgebook validate MODEL.json: exit 0 when valid, 2 with every problem listed when not.
import { evaluateScenario } from '../../lib/model/evaluate-scenario';
import { BASELINE } from '../../lib/model/scenario';
import { readModel, scenarioIds } from '../../lib/model/valid-model';
import { describeProblems } from '../../lib/model/problems';
import { readInput, UsageError, type CliIo } from '../io';
import { parseStrict } from '../options';

export function validateCommand(args: readonly string[], io: CliIo): number {
	const { positionals } = parseStrict(args, {});
	if (positionals.length !== 1) throw new UsageError('usage: bridgebook validate MODEL.json');
	const path = positionals[0] ?? '';
	const parsed = readModel(readInput(io, path));
	if (!parsed.ok) {
		const count = parsed.problems.length;
		io.err(`${path}: ${count} problem${count === 1 ? '' : 's'}\n${describeProblems(parsed.problems)}\n`);
		return 2;
	}
	const model = parsed.value;
	// Formula inputs are worked out too, in every scenario, so a file that loads here also evaluates.
	const formulaProblems = scenarioIds(model).flatMap((scenario) => {
		const { problems } = evaluateScenario(model, scenario);
		return problems.map((p) => ({
			...p,
			message: scenario === BASELINE ? p.message : `${p.message} (scenario "${scenario}")`
		}));
	});
	if (formulaProblems.length > 0) {
		const count = formulaProblems.length;
		io.err(`${path}: ${count} problem${count === 1 ? '' : 's'}\n${describeProblems(formulaProblems)}\n`);
		return 2;
	}
	io.out(
		`${path}: valid (${model.organisations.length} organisation${model.organisations.length === 1 ? '' : 's'}, ${model.years[0]} to ${model.years.at(-1)}, ${model.scenarios.length} scenario${model.scenarios.length === 1 ? '' : 's'})\n`
	);
	return 0;
}
