// bridgebook export MODEL.json: bridge or QIPP tables to a file, as the app exports them: a CSV of
// one table (read back by `bridgebook check`) or an Excel workbook with a sheet per table and notes.
import { extname } from 'node:path';
import writeExcelFile from 'write-excel-file/node';
import type {
	ExportPrecision,
	ModelInput,
	ModelResult,
	MoneyUnit,
	NegativeStyle,
	View
} from '../../lib/engine/index';
import { bridgeReports, type ReportOptions } from '../../lib/io/bridge-report';
import { bridgeTable, qippTable, type ExportTable } from '../../lib/io/export-table';
import { qippReports } from '../../lib/io/qipp-report';
import { tableCsv } from '../../lib/io/table-text';
import { tablesWorkbook, WORKBOOK_FONT } from '../../lib/io/workbook';
import { scenarioName } from '../../lib/model/scenario';
import { UsageError, writeOutput, type CliIo } from '../io';
import { loadForCommand } from '../load';
import { oneOf, parseStrict, parseUnitOption } from '../options';

type What = 'bridge' | 'qipp';
type FileFormat = 'csv' | 'xlsx';

interface ExportOptions {
	file: string;
	what: What;
	format: FileFormat;
	out: string;
	scenario: string;
	view: View;
	/** undefined: every organisation, and the consolidated total when there are several. */
	organisation?: string;
	year?: string;
	unit: MoneyUnit;
	precision: ExportPrecision;
	negatives: NegativeStyle;
}

function parseExportOptions(args: readonly string[]): ExportOptions {
	const { values, positionals } = parseStrict(args, {
		what: { type: 'string' },
		format: { type: 'string' },
		out: { type: 'string' },
		scenario: { type: 'string' },
		view: { type: 'string' },
		org: { type: 'string' },
		year: { type: 'string' },
		unit: { type: 'string' },
		precision: { type: 'string' },
		negatives: { type: 'string' }
	} as const);
	if (positionals.length !== 1)
		throw new UsageError('usage: bridgebook export MODEL.json --what bridge|qipp --out FILE [options]');
	if (values.what === 'compare')
		throw new UsageError(
			'--what compare is not exported yet; bridgebook compare MODEL.json --scenarios a,b --format csv prints a comparison as CSV'
		);
	if (values.what === undefined) throw new UsageError('--what is needed: bridge or qipp');
	const what = oneOf('what', values.what, ['bridge', 'qipp'] as const, 'bridge');
	const out = values.out;
	if (out === undefined) throw new UsageError('--out is needed: the file to write');
	const fromName = extname(out).slice(1).toLowerCase();
	if (values.format === undefined && fromName !== 'csv' && fromName !== 'xlsx')
		throw new UsageError(`--format is needed (csv or xlsx): --out ${out} does not end in .csv or .xlsx`);
	const format = oneOf('format', values.format ?? fromName, ['csv', 'xlsx'] as const, 'csv');
	if (what === 'qipp' && values.view !== undefined)
		throw new UsageError('--view is for bridges; QIPP tables show the plan with a risk-adjusted column');
	if (format === 'xlsx' && values.precision !== undefined)
		throw new UsageError(
			'--precision is for CSV; a workbook holds exact figures and shows them at display precision'
		);
	if (format === 'csv' && values.negatives !== undefined)
		throw new UsageError('--negatives is for xlsx; CSV figures are plain numbers with a minus sign');
	return {
		file: positionals[0] ?? '',
		what,
		format,
		out,
		scenario: values.scenario ?? 'baseline',
		view: oneOf('view', values.view, ['plan', 'risk'] as const, 'plan'),
		organisation: values.org === 'all' ? undefined : values.org,
		year: values.year,
		unit: parseUnitOption(values.unit) ?? 'm',
		precision: oneOf('precision', values.precision, ['full', 'display'] as const, 'display'),
		negatives: oneOf('negatives', values.negatives, ['brackets', 'minus'] as const, 'brackets')
	};
}

/** "a", "a or b", "a, b or c". */
const orList = (items: readonly string[]) =>
	items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/**
 * The tables of an export and the organisation-years they were made of: a bridge is a table per
 * year with a column per organisation (and a Total); QIPP a table per organisation-year.
 */
function exportTables(
	what: What,
	input: ModelInput,
	result: ModelResult,
	filters: ReportOptions,
	scenario: string
): { tables: ExportTable[]; made: readonly { year: string; organisation: string }[] } {
	if (what === 'qipp') {
		const reports = qippReports(input, result, filters);
		return { tables: reports.map((r) => qippTable(r, scenario)), made: reports };
	}
	const reports = bridgeReports(input, result, filters);
	const tables = input.years
		.map((year) => reports.filter((r) => r.year === year))
		.filter((forYear) => forYear.length > 0)
		.map((forYear) => bridgeTable(forYear, scenario));
	return { tables, made: reports };
}

export function exportCommand(args: readonly string[], io: CliIo): number | Promise<number> {
	const options = parseExportOptions(args);
	const { model, input, result } = loadForCommand(io, {
		file: options.file,
		scenario: options.scenario,
		year: options.year,
		organisation: options.organisation,
		view: options.view,
		unit: options.unit,
		format: 'table',
		explain: false
	});
	const scenario = scenarioName(model, options.scenario);
	const filters = {
		unit: options.unit,
		scenario: options.scenario,
		year: options.year,
		organisation: options.organisation
	};
	const view = options.what === 'bridge' ? options.view : 'plan';
	const { tables, made } = exportTables(options.what, input, result(view), filters, scenario);
	const wrote = () => {
		io.out(`wrote ${options.out} (${tables.length} ${tables.length === 1 ? 'table' : 'tables'})\n`);
		return 0;
	};

	if (options.format === 'csv') {
		const [table, ...more] = tables;
		if (table === undefined || more.length > 0) {
			const years = [...new Set(made.map((r) => r.year))];
			const orgs = [...new Set(made.map((r) => r.organisation))];
			const choices = [
				...(years.length > 1 ? [`--year (${orList(years)})`] : []),
				...(options.what === 'qipp' && orgs.length > 1 ? [`--org (${orList(orgs)})`] : [])
			];
			throw new UsageError(`CSV holds one table: choose ${choices.join(' and ')}, or use --format xlsx`);
		}
		writeOutput(io, options.out, tableCsv(table, options.precision));
		return wrote();
	}
	const notes = { model: model.name, scenario, view, unit: options.unit, exported: new Date(), input };
	const sheets = tablesWorkbook(tables, notes, options.negatives);
	return writeExcelFile(sheets, WORKBOOK_FONT)
		.toBuffer()
		.then((buffer) => {
			writeOutput(io, options.out, buffer);
			return wrote();
		});
}
