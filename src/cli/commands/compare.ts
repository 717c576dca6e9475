// bridgebook compare MODEL.json --scenarios a,b[,c...]: scenarios side by side per year with their
// differences from the base, the inputs each changes, and a scenario bridge from the base to each.
import {
	displayDp,
	fromPounds,
	showAmount,
	UNIT_SYMBOL,
	type Dec,
	type MoneyUnit
} from '../../lib/engine/index';
import { CONSOLIDATED } from '../../lib/io/bridge-report';
import { compareScenarios, MEASURES, type Comparison, type MeasureKey } from '../../lib/io/comparison';
import { toCsv } from '../../lib/io/csv';
import { describeInput } from '../../lib/io/input-text';
import {
	defaultBridgeMeasure,
	scenarioBridge,
	type ScenarioBridge
} from '../../lib/io/scenario-bridge-report';
import { textTable } from '../../lib/io/text-table';
import { describeProblems } from '../../lib/model/problems';
import { readModel } from '../../lib/model/valid-model';
import { readInput, UsageError, type CliIo } from '../io';
import { parseStrict, parseUnitOption } from '../options';

const USAGE =
	'usage: bridgebook compare MODEL.json --scenarios a,b[,c...] [--base a] [--year Y] [--org ID|consolidated] [--measure KEY] [--unit gbp|k|m] [--format table|csv|json]';

export function compareCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		scenarios: { type: 'string' },
		base: { type: 'string' },
		year: { type: 'string' },
		org: { type: 'string' },
		measure: { type: 'string' },
		unit: { type: 'string' },
		format: { type: 'string' }
	});
	if (positionals.length !== 1 || values.scenarios === undefined) throw new UsageError(USAGE);
	const format = values.format ?? 'table';
	if (!['table', 'csv', 'json'].includes(format))
		throw new UsageError(`--format must be one of table, csv, json, not "${format}"`);
	const measure = values.measure as MeasureKey | undefined;
	if (measure !== undefined && !MEASURES.some((m) => m.key === measure))
		throw new UsageError(
			`--measure must be one of ${MEASURES.map((m) => m.key).join(', ')}, not "${measure}"`
		);
	const unit = parseUnitOption(values.unit) ?? 'm';
	const path = positionals[0] ?? '';
	const read = readModel(readInput(io, path));
	if (!read.ok) {
		io.err(`${path} is not a valid model:\n${describeProblems(read.problems)}\n`);
		return 2;
	}
	const model = read.value;
	const compared = compareScenarios(model, {
		scenarios: values.scenarios.split(',').map((s) => s.trim()),
		base: values.base,
		organisation: values.org,
		year: values.year
	});
	if (!compared.ok) throw new UsageError(describeProblems(compared.problems));
	const comparison = compared.value;
	const base = comparison.scenarios[comparison.base]!.id;
	const bridges: ScenarioBridge[] = [];
	for (const year of comparison.years) {
		const chosen = measure ?? defaultBridgeMeasure(year.rows);
		for (const s of comparison.scenarios) {
			if (s.id === base) continue;
			const bridge = scenarioBridge(model, {
				base,
				scenario: s.id,
				year: year.year,
				organisation: comparison.organisation,
				measure: chosen
			});
			if (!bridge.ok) throw new UsageError(describeProblems(bridge.problems));
			bridges.push(bridge.value);
		}
	}
	if (format === 'json') io.out(JSON.stringify(toJson(comparison, bridges, unit), null, 2) + '\n');
	else if (format === 'csv') io.out(toCsvText(comparison, unit));
	else io.out(render(comparison, bridges, unit));
	return 0;
}

const inUnit = (pounds: Dec, unit: MoneyUnit) => fromPounds(pounds, unit);

function toJson(comparison: Comparison, bridges: readonly ScenarioBridge[], unit: MoneyUnit) {
	const text = (pounds: Dec) => inUnit(pounds, unit).toFixed();
	return {
		unit,
		organisation: comparison.organisation,
		base: comparison.scenarios[comparison.base]?.id,
		scenarios: comparison.scenarios.map((s) => ({ id: s.id, name: s.name, changes: s.changes })),
		years: comparison.years.map((y) => ({
			year: y.year,
			rows: y.rows.map((r) => ({
				key: r.key,
				label: r.label,
				differs: r.differs,
				values: r.values.map(text),
				differences: r.differences.map(text)
			}))
		})),
		bridges: bridges.map((b) => ({
			year: b.year,
			measure: b.measure,
			base: b.base,
			scenario: b.scenario,
			opening: text(b.opening),
			steps: b.steps.map((s) => ({
				group: s.group,
				label: s.label,
				value: text(s.value),
				paths: s.changes.map((c) => c.path)
			})),
			closing: text(b.closing)
		}))
	};
}

function toCsvText(comparison: Comparison, unit: MoneyUnit): string {
	return toCsv(
		['organisation', 'year', 'measure', 'label', 'scenario', 'unit', 'value', 'difference'],
		comparison.years.flatMap((y) =>
			y.rows.flatMap((r) =>
				comparison.scenarios.map((s, i) => [
					comparison.organisation,
					y.year,
					r.key,
					r.label,
					s.id,
					unit,
					inUnit(r.values[i]!, unit).toFixed(),
					inUnit(r.differences[i]!, unit).toFixed()
				])
			)
		)
	);
}

function render(comparison: Comparison, bridges: readonly ScenarioBridge[], unit: MoneyUnit): string {
	const dp = displayDp(unit);
	const show = (pounds: Dec) => showAmount(inUnit(pounds, unit), dp);
	const change = (pounds: Dec) => showAmount(inUnit(pounds, unit), dp);
	const baseName = comparison.scenarios[comparison.base]?.name ?? '';
	const where = comparison.organisation === CONSOLIDATED ? 'Consolidated' : comparison.organisationName;
	const header = [
		'Measure',
		...comparison.scenarios.flatMap((s, i) => (i === comparison.base ? [s.name] : [s.name, 'Change']))
	];
	const parts = comparison.years.map((y) => {
		const rows = y.rows.map((r) => [
			r.differs ? r.label : `${r.label} (the same in every scenario)`,
			...r.values.flatMap((v, i) =>
				i === comparison.base ? [show(v)] : [show(v), change(r.differences[i]!)]
			)
		]);
		return `${where}, ${y.year}: scenarios against ${baseName} (${UNIT_SYMBOL[unit]})\n${textTable(header, rows)}`;
	});
	const changes = comparison.scenarios
		.filter((s) => s.changes.length > 0)
		.map(
			(s) =>
				`${s.name} changes, against ${baseName}:\n` +
				s.changes
					.map((c) => `  ${c.path}: ${describeInput(c.base)} -> ${describeInput(c.scenario)}`)
					.join('\n')
		);
	const waterfalls = bridges.map((b) => {
		const name = (id: string) => comparison.scenarios.find((s) => s.id === id)?.name ?? id;
		const rows = [
			[`${name(b.base)}`, show(b.opening)],
			...b.steps.map((s) => [`  ${s.label}`, change(s.value)]),
			[`${name(b.scenario)}`, show(b.closing)]
		];
		return `Scenario bridge, ${b.year}: ${b.measureLabel}, ${name(b.base)} to ${name(b.scenario)} (${UNIT_SYMBOL[unit]})\n${textTable(['Step', 'Amount'], rows)}`;
	});
	return [...parts, ...changes, ...waterfalls].join('\n') + '\n';
}
