// bridgebook qipp MODEL.json: per year, identified QIPP by workstream, required, unidentified and risk-adjusted.
import { AGREEMENT_TEXT, showAmount, showFigure, UNIT_SYMBOL } from '../../lib/engine/index';
import { toCsv } from '../../lib/io/csv';
import { qippReports, type QippReport } from '../../lib/io/qipp-report';
import { textTable } from '../../lib/io/text-table';
import type { CliIo } from '../io';
import { loadForCommand } from '../load';
import { parseModelOptions, tableDp } from '../options';

const CSV_HEADER = [
	'organisation',
	'year',
	'scenario',
	'unit',
	'section',
	'key',
	'label',
	'value',
	'full_year',
	'risk_adjusted',
	'stated',
	'difference',
	'status'
];

export function qippCommand(args: readonly string[], io: CliIo): number {
	const options = parseModelOptions('qipp', args, ['table', 'csv', 'json']);
	const { input, result } = loadForCommand(io, options);
	const reports = qippReports(input, result('plan'), options);
	if (options.format === 'json') io.out(JSON.stringify(reports, null, 2) + '\n');
	else if (options.format === 'csv') io.out(toCsv(CSV_HEADER, reports.flatMap(csvRows)));
	else io.out(reports.map((r) => renderTable(r, tableDp(options))).join('\n'));
	return 0;
}

function csvRows(r: QippReport): (string | undefined)[][] {
	const start = [r.organisation, r.year, r.scenario, r.unit];
	return [
		...r.workstreams.map((w) => [
			...start,
			'workstream',
			w.workstream,
			w.workstream,
			w.value,
			w.fullYear,
			w.riskAdjusted
		]),
		...r.lines.map((l) => [
			...start,
			'total',
			l.key,
			l.label,
			l.value,
			undefined,
			undefined,
			l.stated,
			l.difference,
			l.status
		])
	];
}

function renderTable(report: QippReport, dp: number): string {
	const show = (value: string | undefined) => showAmount(value, dp);
	const title = `${report.organisationName}, ${report.year} QIPP (scenario ${report.scenario}, ${UNIT_SYMBOL[report.unit]})\n`;
	const workstreams = textTable(
		['Workstream', 'In year', 'Full year', 'Risk-adjusted'],
		report.workstreams.map((w) => [w.workstream, show(w.value), show(w.fullYear), show(w.riskAdjusted)])
	);
	const totals = textTable(
		['Total', 'Value', 'Stated', 'Difference', 'Status'],
		report.lines.map((l) => [
			l.label,
			show(l.value),
			show(l.stated),
			// A text table for an analyst shows the difference exactly, as its JSON and CSV do.
			showFigure(l.difference, dp, 'brackets', 'exact'),
			l.status ? AGREEMENT_TEXT[l.status] : ''
		])
	);
	return `${title}${workstreams}\n${totals}`;
}
