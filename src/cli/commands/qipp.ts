// bridgebook qipp MODEL.json: per year, identified QIPP by workstream, required, unidentified and risk-adjusted.
import { D } from '../../lib/engine/decimal';
import { evaluateModel } from '../../lib/engine/evaluate';
import { formatAmount } from '../../lib/engine/format';
import { UNIT_SYMBOL } from '../../lib/engine/units';
import { toCsv } from '../../lib/io/csv';
import { qippReports, type QippReport } from '../../lib/io/qipp-report';
import { textTable } from '../../lib/io/text-table';
import type { CliIo } from '../io';
import { loadForCommand } from '../load';
import { displayDp, parseModelOptions } from '../options';

export function qippCommand(args: readonly string[], io: CliIo): number {
	const options = parseModelOptions('qipp', args, ['table', 'csv', 'json']);
	const { input } = loadForCommand(io, options);
	const reports = qippReports(input, evaluateModel(input, 'plan'), options);
	if (options.format === 'json') {
		io.out(JSON.stringify(reports, null, 2) + '\n');
	} else if (options.format === 'csv') {
		io.out(
			toCsv(
				[
					'organisation',
					'year',
					'scenario',
					'unit',
					'section',
					'key',
					'label',
					'value',
					'stated',
					'difference',
					'status'
				],
				reports.flatMap((r) => [
					...r.workstreams.map((w) => [
						r.organisation,
						r.year,
						r.scenario,
						r.unit,
						'workstream',
						w.workstream,
						w.workstream,
						w.value
					]),
					...r.lines.map((l) => [
						r.organisation,
						r.year,
						r.scenario,
						r.unit,
						'total',
						l.key,
						l.label,
						l.value,
						l.stated,
						l.difference,
						l.status
					])
				])
			)
		);
	} else {
		io.out(reports.map((r) => renderTable(r, displayDp(options))).join('\n'));
	}
	return 0;
}

function renderTable(report: QippReport, dp: number): string {
	const show = (value: string | undefined, places = dp) =>
		value === undefined ? '' : formatAmount(D(value), { dp: places });
	const title = `${report.organisationName}, ${report.year} QIPP (scenario ${report.scenario}, ${UNIT_SYMBOL[report.unit]})\n`;
	const rows = [
		...report.workstreams.map((w) => [`  ${w.workstream}`, show(w.value), show(w.riskAdjusted), '', '', '']),
		...report.lines.map((l) => [
			l.label,
			show(l.value),
			'',
			show(l.stated),
			show(l.difference, dp + 3),
			l.status ?? ''
		])
	];
	return title + textTable(['Line', 'Plan', 'Risk-adjusted', 'Stated', 'Difference', 'Status'], rows);
}
