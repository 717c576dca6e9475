// bridgebook check TABLE.csv [--model MODEL.json ...]: reconcile a published table (a bridge, or
// items and a total) and, with a model, compare it line by line with the model's figures. Exit 0
// when everything agrees within the printed precision, 1 when something differs, 2 on bad input.
import {
	AGREEMENT_TEXT,
	checkPublishedTable,
	showAtPrecision,
	showExactAtPrecision,
	UNIT_SYMBOL,
	type Dec,
	type MoneyUnit,
	type PublishedTable,
	type TableCheck
} from '../../lib/engine/index';
import { bridgeReports } from '../../lib/io/bridge-report';
import { explainColumn, explainTotal, SHAPE_TERMS, verdictOf } from '../../lib/io/published-check';
import { parsePublishedCsv } from '../../lib/io/published-csv';
import { matchPublished, modelLinesOf, type TableMatch } from '../../lib/io/published-match';
import { qippReports } from '../../lib/io/qipp-report';
import { textTable } from '../../lib/io/text-table';
import { describeProblems } from '../../lib/model/problems';
import { readInput, UsageError, type CliIo } from '../io';
import { loadForCommand } from '../load';
import { parseStrict, parseUnitOption } from '../options';

const USAGE =
	'usage: bridgebook check TABLE.csv [--model MODEL.json [--org ID] [--year Y] [--scenario ID] [--unit gbp|k|m] [--column NAME]] [--format table|json]';

export function checkCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		format: { type: 'string' },
		model: { type: 'string' },
		org: { type: 'string' },
		year: { type: 'string' },
		scenario: { type: 'string' },
		unit: { type: 'string' },
		column: { type: 'string' }
	});
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const format = values.format ?? 'table';
	if (format !== 'table' && format !== 'json')
		throw new UsageError(`--format must be table or json, not "${String(format)}"`);
	if (values.model === undefined) {
		const modelOnly = (['org', 'year', 'scenario', 'unit', 'column'] as const).find(
			(o) => values[o] !== undefined
		);
		if (modelOnly) throw new UsageError(`--${modelOnly} needs --model MODEL.json`);
	}
	const path = positionals[0] ?? '';
	const parsed = parsePublishedCsv(readInput(io, path));
	if (!parsed.ok) {
		io.err(`${path} cannot be checked:\n${describeProblems(parsed.problems)}\n`);
		return 2;
	}
	const table = parsed.value;
	const check = checkPublishedTable(table);
	const against = values.model === undefined ? undefined : compareWithModel(io, table, values.model, values);
	if (format === 'json') {
		io.out(
			JSON.stringify({ ...checkJson(check), ...(against ? { model: matchJson(against) } : {}) }, null, 2) +
				'\n'
		);
	} else {
		io.out(render(path, check) + (against ? '\n' + renderMatch(against) : ''));
	}
	return check.reconciles && (against?.match.agrees ?? true) ? 0 : 1;
}

interface Against {
	organisation: string;
	organisationName: string;
	year: string;
	scenario: string;
	unit: MoneyUnit;
	match: TableMatch;
}

function compareWithModel(
	io: CliIo,
	table: PublishedTable,
	file: string,
	values: { org?: string; year?: string; scenario?: string; unit?: string; column?: string }
): Against {
	const column = columnIndex(table, values.column);
	const unitOption = parseUnitOption(values.unit);
	const options = {
		file,
		scenario: values.scenario ?? 'baseline',
		year: values.year,
		organisation: values.org
	};
	const { model, input, result } = loadForCommand(io, {
		...options,
		view: 'plan',
		unit: unitOption ?? 'm',
		format: 'table',
		explain: false
	});
	if (options.organisation === 'consolidated')
		throw new UsageError('--org must be one organisation: a published table is checked against its figures');
	// The table's figures are taken to be in the model's unit unless --unit says otherwise.
	const unit = unitOption ?? model.unit;
	const organisation = options.organisation ?? model.organisations[0]?.id ?? '';
	const year = options.year ?? model.years[0] ?? '';
	const reportOptions = { unit, scenario: options.scenario, year, organisation };
	const plan = result('plan');
	const bridge = bridgeReports(input, plan, reportOptions)[0];
	const qipp = qippReports(input, plan, reportOptions)[0];
	return {
		organisation,
		organisationName: bridge?.organisationName ?? organisation,
		year,
		scenario: options.scenario,
		unit,
		match: matchPublished(table, column, modelLinesOf(bridge, qipp))
	};
}

/** The column to compare: the one named, the only one, or the Total column. */
function columnIndex(table: PublishedTable, name: string | undefined): number {
	const list = table.columns.map((c) => `"${c}"`).join(', ');
	if (name !== undefined) {
		const i = table.columns.findIndex((c) => c.trim().toLowerCase() === name.trim().toLowerCase());
		if (i < 0) throw new UsageError(`--column "${name}" is not in the table, whose columns are ${list}`);
		return i;
	}
	if (table.columns.length === 1) return 0;
	const total = table.columns.findIndex((c) => /^total\b/i.test(c.trim()));
	if (total >= 0) return total;
	throw new UsageError(`the table has several columns (${list}): say which with --column NAME`);
}

const exact = (value: Dec) => value.toFixed();

function checkJson(check: TableCheck) {
	return {
		reconciles: check.reconciles,
		shape: check.shape,
		columns: check.columns.map((c) => ({
			column: c.column,
			sum: exact(c.sum),
			stated: exact(c.stated),
			difference: exact(c.difference),
			tolerance: exact(c.tolerance),
			maxRoundingError: exact(c.maxRoundingError),
			status: c.status
		})),
		totals: check.totals.map((t) => ({
			row: t.row,
			sumOfColumns: exact(t.sumOfColumns),
			statedTotal: exact(t.statedTotal),
			difference: exact(t.difference),
			tolerance: exact(t.tolerance),
			status: t.status
		}))
	};
}

function matchJson(against: Against) {
	const { match } = against;
	return {
		organisation: against.organisation,
		year: against.year,
		scenario: against.scenario,
		unit: against.unit,
		column: match.column,
		agrees: match.agrees,
		rows: match.rows.map((r) => ({
			line: r.label,
			role: r.role,
			published: r.published ? exact(r.published.value) : null,
			key: r.line?.key ?? null,
			matchedBy: r.by ?? null,
			computed: r.line ? exact(r.line.value) : null,
			difference: r.difference ? exact(r.difference) : null,
			status: r.status ?? null,
			...(r.unknownKey ? { unknownKey: r.unknownKey } : {})
		})),
		unmatchedLines: match.unmatchedLines.map((l) => ({
			key: l.key,
			label: l.label,
			computed: exact(l.value)
		}))
	};
}

function render(path: string, check: TableCheck): string {
	const terms = SHAPE_TERMS[check.shape];
	const show = (value: Dec, tolerance: Dec) => showAtPrecision(value, tolerance);
	const columns = textTable(
		['Column', terms.sum, terms.stated, 'Difference', 'Status'],
		check.columns.map((c) => [
			c.column,
			show(c.sum, c.tolerance),
			show(c.stated, c.tolerance),
			show(c.difference, c.tolerance),
			AGREEMENT_TEXT[c.status]
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
						show(t.sumOfColumns, t.tolerance),
						show(t.statedTotal, t.tolerance),
						show(t.difference, t.tolerance),
						AGREEMENT_TEXT[t.status]
					])
				);
	const notes = [
		...check.columns.filter((c) => c.status === 'differs').map((c) => explainColumn(c, check.shape)),
		...check.totals.filter((t) => t.status === 'differs').map((t) => explainTotal(t))
	];
	return `${columns}${totals}\n${[...notes, `${path}: ${verdictOf(check).text}.`].join('\n')}\n`;
}

function renderMatch(against: Against): string {
	const { match } = against;
	const title = `Published against ${against.organisationName}, ${against.year} (scenario ${against.scenario}, ${UNIT_SYMBOL[against.unit]}), column ${match.column}\n`;
	const rows = match.rows.map((r) => {
		const precision = r.published?.precision;
		const at = (value: Dec | undefined) =>
			value === undefined || precision === undefined ? '' : showAtPrecision(value, precision);
		return [
			r.label,
			r.line ? r.line.label : r.unknownKey ? `(no line "${r.unknownKey}")` : '(no match)',
			at(r.published?.value),
			at(r.line?.value),
			r.difference && precision ? showAtPrecision(r.difference, precision) : '',
			r.status ? AGREEMENT_TEXT[r.status] : ''
		];
	});
	const table = textTable(
		['Published line', 'Model line', 'Published', 'Computed', 'Difference', 'Status'],
		rows
	);
	const unmatched =
		match.unmatchedLines.length === 0
			? ''
			: `Model lines not in the table: ${match.unmatchedLines.map((l) => l.label).join('; ')}.\n`;
	const notes = match.rows.flatMap((r) =>
		r.status === 'differs' && r.published && r.line && r.difference
			? [
					`${r.label}: published ${showAtPrecision(r.published.value, r.published.precision)}, the model computes ${showExactAtPrecision(r.line.value, r.published.precision)} (difference ${showExactAtPrecision(r.difference, r.published.precision)}).`
				]
			: []
	);
	const differing = notes.length;
	const verdict =
		differing === 0
			? 'Every matched figure agrees with the model at the printed precision.'
			: `${differing} published ${differing === 1 ? 'figure differs' : 'figures differ'} from the model.`;
	return `${title}${table}${unmatched}${[...notes, verdict].join('\n')}\n`;
}
