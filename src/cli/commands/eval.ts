// bridgebook eval MODEL.json: the value of every named cell (or the names asked for), per year,
// as exact decimal strings, or the error each one has.
import { unitLabel } from '../../lib/engine/index';
import { cellReport } from '../../lib/io/cell-report';
import { textTable } from '../../lib/io/text-table';
import { UsageError, type CliIo } from '../io';
import { evaluateForCommand } from '../load';
import { describeProblems } from '../../lib/model/problems';
import { parseStrict, parseUnitOption } from '../options';

export function evalCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		scenario: { type: 'string' },
		cell: { type: 'string', multiple: true },
		unit: { type: 'string' },
		format: { type: 'string' }
	});
	if (positionals.length !== 1)
		throw new UsageError(
			'usage: bridgebook eval MODEL.json [--scenario ID] [--cell NAME ...] [--unit gbp|k|m] [--format table|json]'
		);
	const format = values.format ?? 'table';
	if (format !== 'table' && format !== 'json')
		throw new UsageError(`--format must be table or json, not "${format}"`);
	const chosenUnit = parseUnitOption(values.unit);
	// A formula input with a problem stops the model, not the cells: show them all, and the problem.
	const { model: file, evaluation } = evaluateForCommand(io, {
		file: positionals[0] ?? '',
		scenario: values.scenario ?? 'baseline'
	});
	if (evaluation.problems.length > 0)
		io.err(`the model's results are unavailable:\n${describeProblems(evaluation.problems)}\n`);
	const unit = chosenUnit ?? file.unit;
	const names = values.cell ?? file.cells.map((c) => c.name);
	const shown = names.map((name) => cellReport(name, evaluation.values?.byName.get(name), file.years, unit));
	if (format === 'json') {
		io.out(
			JSON.stringify({ scenario: values.scenario ?? 'baseline', years: file.years, cells: shown }, null, 2) +
				'\n'
		);
	} else {
		io.out(
			textTable(
				['Name', 'Unit', ...file.years],
				shown.map((s) => [
					s.name,
					// A unit with no label (count, number, boolean) is named in the Unit column.
					unitLabel(s.unit) || s.unit,
					...file.years.map((y) => s.values?.[y] ?? '')
				]),
				shown.map((s) =>
					s.error
						? [
								`    error (${s.error.code}${s.error.at === undefined ? '' : `, at character ${s.error.at}`}): ${s.error.message}`
							]
						: undefined
				)
			)
		);
	}
	return shown.some((s) => s.error) || evaluation.problems.length > 0 ? 1 : 0;
}
