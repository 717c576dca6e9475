// Exporting the large generated model to Excel (issue 11): evaluated once, then every bridge table
// (a year, both organisations and the Total) and QIPP table (an organisation-year, and the
// consolidated year) built into a workbook and zipped to a Blob, as the page's export does. The
// yardstick is the same tables as CSV text, timed in the same run.
import { evaluateModel } from '../src/lib/engine/evaluate';
import type { ModelInput } from '../src/lib/engine/types';
import { bridgeReports } from '../src/lib/io/bridge-report';
import { bridgeTable, qippTable, type ExportTable } from '../src/lib/io/export-table';
import { qippReports } from '../src/lib/io/qipp-report';
import { tableCsv } from '../src/lib/io/table-text';
import { tablesWorkbook, workbookBlob } from '../src/lib/io/workbook';
import { measure, measureAsync, type MeasureOptions, type Row } from './measure';

const TARGET_MS = 1000;

function exportTables(model: ModelInput): ExportTable[] {
	const result = evaluateModel(model, 'plan');
	const options = { unit: 'm' as const, scenario: 'baseline' };
	return [
		...model.years.map((year) => bridgeTable(bridgeReports(model, result, { ...options, year }), 'Baseline')),
		...qippReports(model, result, options).map((r) => qippTable(r, 'Baseline'))
	];
}

export async function benchExcelExport(model: ModelInput): Promise<{ rows: Row[]; warnings: string[] }> {
	const tables = exportTables(model);
	const notes = {
		model: 'Large generated plan (bench)',
		scenario: 'Baseline',
		view: 'plan' as const,
		unit: 'm' as const,
		exported: new Date(),
		input: model
	};
	const runs: MeasureOptions = { warmup: 3, runs: 20 };
	const blob = await workbookBlob(tablesWorkbook(tables, notes, 'brackets'));
	// An .xlsx file is a zip archive: a Blob of a few bytes would mean the workbook was not written.
	const warnings = blob.size < 5000 ? [`Excel export: the workbook is only ${blob.size} bytes`] : [];
	const excel = await measureAsync(() => workbookBlob(tablesWorkbook(tables, notes, 'brackets')), runs);
	const csv = measure(() => tables.map((t) => tableCsv(t, 'display')), { warmup: 10, runs: 50 });
	const label = `${tables.length} tables of the large model`;
	return {
		rows: [
			{
				name: `Excel export of the large generated model (${label}, Blob)`,
				...excel,
				targetMs: TARGET_MS,
				pass: excel.medianMs < TARGET_MS,
				ratio: { of: 'Excel / CSV', value: excel.medianMs / csv.medianMs }
			},
			{ name: `CSV export of the same ${label}`, ...csv, baselineOf: 'Excel export' }
		],
		warnings
	};
}
