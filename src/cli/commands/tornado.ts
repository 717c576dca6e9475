// bridgebook tornado MODEL.json: which inputs move an output most. Each input moved down and up on
// its own (rates ± points, amounts ± a percentage, or given values), sorted by swing, exact.
import {
	D,
	displayDp,
	fromPounds,
	showExact,
	UNIT_SYMBOL,
	type Dec,
	type MoneyUnit
} from '../../lib/engine/index';
import { describeInput } from '../../lib/io/input-text';
import { outputLabel } from '../../lib/io/output-at';
import { defaultSpread, tornado, type Spread, type Tornado } from '../../lib/io/tornado';
import { textTable } from '../../lib/io/text-table';
import { describeProblems } from '../../lib/model/problems';
import type { ValidModel } from '../../lib/model/valid-model';
import { UsageError, type CliIo } from '../io';
import { readModelFile } from '../load';
import { oneOf, parseStrict, parseUnitOption } from '../options';
import { OUTPUT_OPTIONS, outputChoice } from '../output-choice';

const USAGE =
	'usage: bridgebook tornado MODEL.json [--scenario ID] [--measure KEY] [--year Y] [--org ID|consolidated] [--input PATH ...] [--points N] [--percent N] [--range PATH=LOW,HIGH ...] [--unit gbp|k|m] [--format table|json]';

const number = (name: string, text: string | undefined, fallback: string): Dec => {
	const value = text ?? fallback;
	if (!/^\d+(\.\d+)?$/.test(value))
		throw new UsageError(`--${name} must be a positive number, not "${value}"`);
	return D(value);
};

export function tornadoCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		...OUTPUT_OPTIONS,
		scenario: { type: 'string' },
		input: { type: 'string', multiple: true },
		points: { type: 'string' },
		percent: { type: 'string' },
		range: { type: 'string', multiple: true },
		unit: { type: 'string' },
		format: { type: 'string' }
	});
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
	const unit = parseUnitOption(values.unit) ?? 'm';
	const points = number('points', values.points, '1');
	const percent = number('percent', values.percent, '10');
	const ranges = new Map(
		(values.range ?? []).map((text) => {
			const found = /^([^=]+)=(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(text);
			if (!found)
				throw new UsageError(`--range must be PATH=LOW,HIGH (e.g. assumptions.inflation=1,4), not "${text}"`);
			return [found[1]!, { kind: 'values', low: found[2]!, high: found[3]! } as Spread];
		})
	);
	const model = readModelFile(io, positionals[0] ?? '');
	const output = outputChoice(model, values);
	const inputs = values.input ?? (ranges.size > 0 ? [...ranges.keys()] : undefined);
	const made = tornado(model, {
		scenario: values.scenario ?? 'baseline',
		output,
		inputs,
		spread: (input) =>
			ranges.get(input.path) ??
			(defaultSpread(input).kind === 'points'
				? { kind: 'points', by: points }
				: { kind: 'percent', by: percent })
	});
	if (!made.ok) throw new UsageError(describeProblems(made.problems));
	io.out(
		format === 'json'
			? JSON.stringify(toJson(made.value, unit), null, 2) + '\n'
			: render(model, made.value, unit)
	);
	return 0;
}

const figure = (pounds: Dec, unit: MoneyUnit) => fromPounds(pounds, unit).toFixed();

function toJson(result: Tornado, unit: MoneyUnit) {
	return {
		unit,
		output: result.output,
		base: figure(result.base, unit),
		rows: result.rows.map((r) => ({
			path: r.input.path,
			label: r.input.label,
			low: r.low,
			high: r.high,
			lowOutput: figure(r.lowOutput, unit),
			highOutput: figure(r.highOutput, unit),
			swing: figure(r.swing, unit)
		}))
	};
}

function render(model: ValidModel, result: Tornado, unit: MoneyUnit): string {
	// Exact: every figure to the penny, never fewer places than the display rule prints.
	const show = (pounds: Dec) => showExact(fromPounds(pounds, unit), displayDp(unit), Infinity);
	const rows = result.rows.map((r) => [
		r.input.label,
		`${describeInput(r.low)} to ${describeInput(r.high)}`,
		show(r.lowOutput),
		show(r.highOutput),
		show(r.swing)
	]);
	return (
		`Tornado: ${outputLabel(model, result.output)} (${UNIT_SYMBOL[unit]}), ${show(result.base)} as the scenario has it\n` +
		textTable(['Input', 'Low to high', 'At low', 'At high', 'Swing'], rows)
	);
}
