// bridgebook export MODEL.json: bridge, QIPP or comparison tables to a file, as the app exports them: a CSV of
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
import { compareScenarios } from '../../lib/io/comparison';
import {
	bridgeTable,
	comparisonTable,
	qippTable,
	scenarioBridgeTable,
	type ExportTable
} from '../../lib/io/export-table';
import { qippReports } from '../../lib/io/qipp-report';
import { tableCsv } from '../../lib/io/table-text';
import { tablesWorkbook, WORKBOOK_FONT } from '../../lib/io/workbook';
import { defaultBridgeMeasure, scenarioBridge } from '../../lib/io/scenario-bridge-report';
import { describeProblems } from '../../lib/model/problems';
import { scenarioName } from '../../lib/model/scenario';
import type { ValidModel } from '../../lib/model/valid-model';
import { UsageError, writeOutput, type CliIo } from '../io';
import { loadForCommand } from '../load';
import { oneOf, parseStrict, parseUnitOption } from '../options';

type What = 'bridge' | 'qipp' | 'compare';
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
	/** For --what compare: the scenarios and the base. */
	scenarios?: readonly string[];
	base?: string;
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
		negatives: { type: 'string' },
		scenarios: { type: 'string' },
		base: { type: 'string' }
	} as const);
	if (positionals.length !== 1)
		throw new UsageError(
			'usage: bridgebook export MODEL.json --what bridge|qipp|compare --out FILE [options]'
		);
	if (values.what === undefined) throw new UsageError('--what is needed: bridge, qipp or compare');
	const what = oneOf('what', values.what, ['bridge', 'qipp', 'compare'] as const, 'bridge');
	if (what === 'compare' && values.scenarios === undefined)
		throw new UsageError('--what compare needs --scenarios a,b[,c...]');
	if (what !== 'compare' && (values.scenarios !== undefined || values.base !== undefined))
		throw new UsageError('--scenarios and --base are for --what compare');
	const out = values.out;
	if (out === undefined) throw new UsageError('--out is needed: the file to write');
	const fromName = extname(out).slice(1).toLowerCase();
	if (values.format === undefined && fromName !== 'csv' && fromName !== 'xlsx')
		throw new UsageError(`--format is needed (csv or xlsx): --out ${out} does not end in .csv or .xlsx`);
	const format = oneOf('format', values.format ?? fromName, ['csv', 'xlsx'] as const, 'csv');
	if (what !== 'bridge' && values.view !== undefined)
		throw new UsageError(
			'--view is for bridges; QIPP tables and comparisons show the plan with risk-adjusted figures beside it'
		);
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
		negatives: oneOf('negatives', values.negatives, ['brackets', 'minus'] as const, 'brackets'),
		...(values.scenarios === undefined
			? {}
			: { scenarios: values.scenarios.split(',').map((s) => s.trim()) }),
		...(values.base === undefined ? {} : { base: values.base })
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
	what: Exclude<What, 'compare'>,
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

/**
 * A comparison per year, then (in a workbook) the scenario bridge from the base to each other
 * scenario; a CSV holds the comparison alone.
 */
function compareTables(model: ValidModel, options: ExportOptions): ExportTable[] {
	const compared = compareScenarios(model, {
		scenarios: options.scenarios ?? [],
		base: options.base,
		organisation: options.organisation,
		year: options.year
	});
	if (!compared.ok) throw new UsageError(describeProblems(compared.problems));
	const comparison = compared.value;
	const base = comparison.scenarios[comparison.base]!;
	return comparison.years.flatMap((year) => {
		const table = comparisonTable(comparison, year.year, options.unit);
		if (options.format === 'csv') return [table];
		const bridges = comparison.scenarios
			.filter((s) => s.id !== base.id)
			.map((s) => {
				const bridge = scenarioBridge(model, {
					base: base.id,
					scenario: s.id,
					year: year.year,
					organisation: comparison.organisation,
					measure: defaultBridgeMeasure(year.rows)
				});
				if (!bridge.ok) throw new UsageError(describeProblems(bridge.problems));
				return scenarioBridgeTable(bridge.value, { base: base.name, scenario: s.name }, options.unit);
			});
		return [table, ...bridges];
	});
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
	const { tables, made } =
		options.what === 'compare'
			? {
					tables: compareTables(model, options),
					made: model.years.map((year) => ({ year, organisation: '' }))
				}
			: exportTables(options.what, input, result(view), filters, scenario);
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
	const compared = options.what === 'compare' ? `${(options.scenarios ?? []).join(', ')}` : scenario;
	const notes = {
		model: model.name,
		scenario: compared,
		view,
		unit: options.unit,
		exported: new Date(),
		input
	};
	const sheets = tablesWorkbook(tables, notes, options.negatives);
	return writeExcelFile(sheets, WORKBOOK_FONT)
		.toBuffer()
		.then((buffer) => {
			writeOutput(io, options.out, buffer);
			return wrote();
		});
}
