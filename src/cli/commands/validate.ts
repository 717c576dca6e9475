// bridgebook validate MODEL.json: exit 0 when valid, 2 with every problem listed when not.
import { parseJsonText, parseModel } from '../../lib/model/parse';
import { describeProblems } from '../../lib/model/problems';
import { readInput, UsageError, type CliIo } from '../io';
import { parseStrict } from '../options';

export function validateCommand(args: readonly string[], io: CliIo): number {
	const { positionals } = parseStrict(args, {});
	if (positionals.length !== 1) throw new UsageError('usage: bridgebook validate MODEL.json');
	const path = positionals[0] ?? '';
	const json = parseJsonText(readInput(io, path));
	const parsed = json.ok ? parseModel(json.value) : json;
	if (!parsed.ok) {
		const count = parsed.problems.length;
		io.err(`${path}: ${count} problem${count === 1 ? '' : 's'}\n${describeProblems(parsed.problems)}\n`);
		return 2;
	}
	const model = parsed.value;
	io.out(
		`${path}: valid (${model.organisations.length} organisation${model.organisations.length === 1 ? '' : 's'}, ${model.years[0]} to ${model.years.at(-1)}, ${model.scenarios.length} scenario${model.scenarios.length === 1 ? '' : 's'})\n`
	);
	return 0;
}
