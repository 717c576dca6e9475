// bridgebook check TABLE.csv: reconcile a published bridge table. Exit 0 when every column (and
// Total row) reconciles within the printed precision, 1 when not, 2 when the file is unreadable.
import { type Dec, showExact, checkPublishedTable, type TableCheck } from '../../lib/engine/index';
import { parsePublishedCsv } from '../../lib/io/published-csv';
import { textTable } from '../../lib/io/text-table';
import { describeProblems } from '../../lib/model/problems';
import { readInput, UsageError, type CliIo } from '../io';
import { parseStrict } from '../options';

export function checkCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, { format: { type: 'string' } });
	if (positionals.length !== 1)
		throw new UsageError('usage: bridgebook check TABLE.csv [--format table|json]');
	const format = values.format ?? 'table';
	if (format !== 'table' && format !== 'json')
		throw new UsageError(`--format must be table or json, not "${String(format)}"`);
	const path = positionals[0] ?? '';
	const parsed = parsePublishedCsv(readInput(io, path));
	if (!parsed.ok) {
		io.err(`${path} cannot be checked:\n${describeProblems(parsed.problems)}\n`);
		return 2;
	}
	const check = checkPublishedTable(parsed.value);
	io.out(format === 'json' ? JSON.stringify(toJson(check), null, 2) + '\n' : render(path, check));
	return check.reconciles ? 0 : 1;
}

function toJson(check: TableCheck) {
	const text = <T extends object>(record: T) =>
		Object.fromEntries(
			Object.entries(record).map(([k, v]) => [k, typeof v === 'object' && v !== null ? String(v) : v])
		);
	return { reconciles: check.reconciles, columns: check.columns.map(text), totals: check.totals.map(text) };
}

/** Exact, in the table's own style (brackets, separators), never fewer decimals than it prints. */
function shown(value: Dec, tolerance: Dec): string {
	return showExact(value, tolerance.decimalPlaces(), Infinity);
}

function render(path: string, check: TableCheck): string {
	const columns = textTable(
		['Column', 'Opening + steps', 'Stated closing', 'Difference', 'Status'],
		check.columns.map((c) => [
			c.column,
			shown(c.openingPlusSteps, c.tolerance),
			shown(c.statedClosing, c.tolerance),
			shown(c.difference, c.tolerance),
			c.status
		])
	);
	const totals =
		check.totals.length === 0
			? ''
			: '\n' +
				textTable(
					['Row', 'Sum of columns', 'Stated total', 'Difference', 'Status'],
					check.totals.map((t) => [
						t.row,
						shown(t.sumOfColumns, t.tolerance),
						shown(t.statedTotal, t.tolerance),
						shown(t.difference, t.tolerance),
						t.status
					])
				);
	const notes = check.columns
		.filter((c) => c.status === 'differs')
		.map(
			(c) =>
				`${c.column}: opening + steps = ${shown(c.openingPlusSteps, c.tolerance)} but the table states ${shown(c.statedClosing, c.tolerance)} (difference ${shown(c.difference, c.tolerance)}, more than the ${c.tolerance.toFixed()} that rounding of the printed figures would normally explain).`
		);
	const exact = [...check.columns, ...check.totals].every((c) => c.status === 'reconciles');
	const verdict = !check.reconciles
		? `${path}: does NOT reconcile.`
		: exact
			? `${path}: reconciles exactly.`
			: `${path}: reconciles within rounding.`;
	return `${columns}${totals}\n${[...notes, verdict].join('\n')}\n`;
}
