// bridgebook goal-seek MODEL.json --input PATH --target AMOUNT: the value of one input that sets
// an output to a target: solved exactly where the output is linear in it, else searched to the
// penny (or 0.01 percentage point); or a plain statement that no value in the range works.
import {
	D,
	displayDp,
	fromPounds,
	showExact,
	toPounds,
	UNIT_SYMBOL,
	withUnit,
	type Dec,
	type MoneyUnit
} from '../../lib/engine/index';
import { goalSeek, type GoalSeek } from '../../lib/io/goal-seek';
import { outputLabel } from '../../lib/io/output-at';
import { describeProblems } from '../../lib/model/problems';
import type { ValidModel } from '../../lib/model/valid-model';
import { UsageError, type CliIo } from '../io';
import { readModelFile } from '../load';
import { oneOf, parseStrict, parseUnitOption } from '../options';
import { OUTPUT_OPTIONS, outputChoice } from '../output-choice';

const USAGE =
	'usage: bridgebook goal-seek MODEL.json --input PATH --target AMOUNT [--scenario ID] [--measure KEY] [--year Y] [--org ID|consolidated] [--min X] [--max X] [--precision X] [--unit gbp|k|m] [--format table|json]';

const decimal = (name: string, text: string | undefined): Dec | undefined => {
	if (text === undefined) return undefined;
	if (!/^-?\d+(\.\d+)?$/.test(text))
		throw new UsageError(`--${name} must be a plain decimal number, not "${text}"`);
	return D(text);
};

export function goalSeekCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		...OUTPUT_OPTIONS,
		scenario: { type: 'string' },
		input: { type: 'string' },
		target: { type: 'string' },
		min: { type: 'string' },
		max: { type: 'string' },
		precision: { type: 'string' },
		unit: { type: 'string' },
		format: { type: 'string' }
	});
	const target = decimal('target', values.target);
	if (positionals.length !== 1 || values.input === undefined || target === undefined)
		throw new UsageError(USAGE);
	const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
	const unit = parseUnitOption(values.unit) ?? 'm';
	const model = readModelFile(io, positionals[0] ?? '');
	const sought = goalSeek(model, {
		scenario: values.scenario ?? 'baseline',
		output: outputChoice(model, values),
		input: values.input,
		target: toPounds(target, unit),
		min: decimal('min', values.min),
		max: decimal('max', values.max),
		precision: decimal('precision', values.precision)
	});
	if (!sought.ok) throw new UsageError(describeProblems(sought.problems));
	io.out(
		format === 'json'
			? JSON.stringify(toJson(sought.value, unit), null, 2) + '\n'
			: render(model, sought.value, unit)
	);
	// Like check: exit 1 when the target cannot be reached.
	return sought.value.answer.kind === 'none' ? 1 : 0;
}

const figure = (pounds: Dec, unit: MoneyUnit) => fromPounds(pounds, unit).toFixed();

function toJson(result: GoalSeek, unit: MoneyUnit) {
	const { answer } = result;
	return {
		unit,
		input: result.options.input,
		output: result.options.output,
		target: figure(result.options.target, unit),
		current: result.current.toFixed(),
		currentOutput: figure(result.currentOutput, unit),
		answer:
			answer.kind === 'none'
				? {
						kind: 'none',
						min: answer.min.toFixed(),
						max: answer.max.toFixed(),
						minOutput: figure(answer.minOutput, unit),
						maxOutput: figure(answer.maxOutput, unit)
					}
				: {
						kind: answer.kind,
						linear: answer.linear,
						value: answer.value.toFixed(),
						output: figure(answer.output, unit),
						override: answer.override
					}
	};
}

function render(model: ValidModel, result: GoalSeek, unit: MoneyUnit): string {
	const show = (pounds: Dec) =>
		withUnit(showExact(fromPounds(pounds, unit), displayDp(unit), Infinity), unit);
	const { answer, options } = result;
	const what = `${outputLabel(model, options.output)}`;
	const input = `${options.input} (now ${result.current.toFixed()}${result.measure === 'rate' ? '%' : ''}, giving ${show(result.currentOutput)})`;
	const suffix = result.measure === 'rate' ? '%' : ` ${UNIT_SYMBOL[model.unit]}`;
	if (answer.kind === 'none')
		return (
			`No value of ${input} between ${answer.min.toFixed()} and ${answer.max.toFixed()} sets ${what} to ${show(options.target)}:\n` +
			`it runs from ${show(answer.minOutput)} to ${show(answer.maxOutput)} over that range.\n`
		);
	const how =
		answer.kind === 'exact'
			? `exactly${answer.linear ? ' (the output is linear in this input)' : ''}`
			: `as near as a step of ${result.step.toFixed()} allows (${show(answer.output.minus(options.target))} from the target)`;
	return (
		`Set ${what} to ${show(options.target)} by changing ${input}:\n` +
		`  ${options.input} = ${answer.value.toFixed()}${suffix} gives ${show(answer.output)}, ${how}.\n` +
		`  As a scenario override: ${JSON.stringify(answer.override)}\n`
	);
}
