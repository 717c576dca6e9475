// bridgebook bridge MODEL.json: the bridge per organisation-year as a table, CSV or JSON.
import { AGREEMENT_TEXT, showAmount, showFigure, unitLabel, UNIT_SYMBOL } from '../../lib/engine/index';
import { bridgeReports, type BridgeReport, type ReportExplanation } from '../../lib/io/bridge-report';
import { toCsv } from '../../lib/io/csv';
import { textTable } from '../../lib/io/text-table';
import { UsageError, type CliIo } from '../io';
import { loadForCommand } from '../load';
import { parseModelOptions, tableDp } from '../options';

export function bridgeCommand(args: readonly string[], io: CliIo): number {
	const options = parseModelOptions('bridge', args, ['table', 'csv', 'json'], { view: true, explain: true });
	if (options.explain && options.format === 'csv')
		throw new UsageError('--explain works with --format table or json, not csv');
	const { input, result } = loadForCommand(io, options);
	const reports = bridgeReports(input, result(options.view), options);
	if (options.format === 'json') {
		io.out(JSON.stringify(reports, null, 2) + '\n');
	} else if (options.format === 'csv') {
		io.out(
			toCsv(
				[
					'organisation',
					'year',
					'scenario',
					'view',
					'unit',
					'kind',
					'key',
					'label',
					'value',
					'stated',
					'difference',
					'status'
				],
				reports.flatMap((r) =>
					[...r.context, ...r.lines].map((l) => [
						r.organisation,
						r.year,
						r.scenario,
						r.view,
						r.unit,
						l.kind,
						l.key,
						l.label,
						l.value,
						l.stated,
						l.difference,
						l.status
					])
				)
			)
		);
	} else {
		io.out(reports.map((r) => renderTable(r, tableDp(options))).join('\n'));
	}
	return 0;
}

/** Formula and inputs under a line, indented, for --explain. */
function explanationNotes(explanation: ReportExplanation): string[] {
	return [
		`      = ${explanation.formula}`,
		...explanation.inputs.map((i) => `        ${i.label}: ${i.value} ${unitLabel(i.unit)}`.trimEnd())
	];
}

function renderTable(report: BridgeReport, dp: number): string {
	const show = (value: string | undefined) => showAmount(value, dp);
	const title = `${report.organisationName}, ${report.year} (scenario ${report.scenario}, ${report.view} view, ${UNIT_SYMBOL[report.unit]})\n`;
	const lines = [...report.context, ...report.lines];
	const rows = lines.map((l) => [
		l.kind === 'context' ? `  (${l.label})` : l.kind === 'step' ? `  ${l.label}` : l.label,
		show(l.value),
		show(l.stated),
		// A text table for an analyst shows the difference exactly, as its JSON and CSV do.
		showFigure(l.difference, dp, 'brackets', 'exact'),
		l.status ? AGREEMENT_TEXT[l.status] : ''
	]);
	const notes = lines.map((l) => (l.explanation ? explanationNotes(l.explanation) : undefined));
	return title + textTable(['Line', 'Computed', 'Stated', 'Difference', 'Status'], rows, notes);
}
