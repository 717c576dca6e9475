// bridgebook eval MODEL.json: the value of every named cell (or the names asked for), per year,
// as exact decimal strings, or the error each one has.
import { isMoneyUnit, type MoneyUnit } from '../../lib/engine/units';
import { cellReport } from '../../lib/io/cell-report';
import { textTable } from '../../lib/io/text-table';
import { UsageError, type CliIo } from '../io';
import { loadForCommand } from '../load';
import { parseStrict } from '../options';

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
	if (values.unit !== undefined && !isMoneyUnit(values.unit))
		throw new UsageError(`--unit must be gbp, k or m, not "${values.unit}"`);
	const { file, values: evaluated } = loadForCommand(io, {
		file: positionals[0] ?? '',
		scenario: values.scenario ?? 'baseline',
		view: 'plan',
		unit: 'm',
		format: 'json',
		explain: false
	});
	const unit = (values.unit as MoneyUnit | undefined) ?? file.unit;
	const names = values.cell ?? file.cells.map((c) => c.name);
	const shown = names.map((name) => cellReport(name, evaluated.byName.get(name), file.years, unit));
	if (format === 'json') {
		io.out(
			JSON.stringify({ scenario: values.scenario ?? 'baseline', years: file.years, cells: shown }, null, 2) +
				'\n'
		);
	} else {
		io.out(
			textTable(
				['Name', 'Unit', ...file.years],
				shown.map((s) => [s.name, s.unit, ...file.years.map((y) => s.values?.[y] ?? '')]),
				shown.map((s) => (s.error ? [`    error (${s.error.code}): ${s.error.message}`] : undefined))
			)
		);
	}
	return shown.some((s) => s.error) ? 1 : 0;
}
