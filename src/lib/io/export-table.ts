// A table as it leaves the app (CSV, Excel, the clipboard): labelled rows of exact figures in the
// table's unit, each row with the role it plays (opening, step, closing; item, total; or context),
// so that a writer can put live formulas where a figure is the sum of others, and `bridgebook
// check` can read the CSV back and reconcile it. Built from the same reports the page shows.
import { D, fromPounds, type Dec, type MoneyUnit, type View } from '../engine/index';
import { CONSOLIDATED, type BridgeReport, type ReportLine } from './bridge-report';
import type { Comparison } from './comparison';
import type { QippReport } from './qipp-report';
import type { ScenarioBridge } from './scenario-bridge-report';

/** The roles `bridgebook check` reads: a bridge shape and an items-and-total shape. */
export type ExportRole = 'context' | 'opening' | 'step' | 'closing' | 'item' | 'total';

export interface ExportRow {
	readonly key: string;
	readonly label: string;
	readonly role: ExportRole;
	/** One per column, in the table's unit; undefined where the table prints nothing. */
	readonly values: readonly (Dec | undefined)[];
}

export interface ExportTable {
	/** Short and unique within one export: a sheet's name. */
	readonly name: string;
	/** What the table is, in words: "Bridge 2017/18, Baseline scenario, plan view". */
	readonly title: string;
	readonly unit: MoneyUnit;
	readonly columns: readonly string[];
	/** The column that is the sum of all the others (the total of several organisations). */
	readonly totalColumn?: number;
	readonly rows: readonly ExportRow[];
}

/** What every table of one export shares, for a notes sheet. */
export interface ExportContext {
	readonly model: string;
	readonly scenario: string;
	readonly view: View;
	readonly unit: MoneyUnit;
}

export const VIEW_TEXT: Readonly<Record<View, string>> = { plan: 'plan view', risk: 'risk-adjusted view' };

/** Rows of several columns matched by key, in order of first appearance. */
function rowsByKey(
	columns: readonly (readonly ReportLine[])[],
	roleOf: (line: ReportLine) => ExportRole
): ExportRow[] {
	const rows = new Map<string, { label: string; role: ExportRole; values: (Dec | undefined)[] }>();
	columns.forEach((lines, i) => {
		for (const line of lines) {
			const row = rows.get(line.key) ?? {
				label: line.label,
				role: roleOf(line),
				values: columns.map(() => undefined)
			};
			row.values[i] = D(line.value);
			rows.set(line.key, row);
		}
	});
	return [...rows].map(([key, row]) => ({ key, ...row }));
}

/**
 * One year's bridge with a column per organisation, and a Total column when the reports include
 * the consolidated record: published plans print them so. Context lines (allocations, the target)
 * come first, then opening, steps and closing.
 */
export function bridgeTable(reports: readonly BridgeReport[], scenarioName: string): ExportTable {
	const first = reports[0];
	if (!first) throw new Error('a bridge table needs at least one report');
	if (reports.some((r) => r.year !== first.year || r.unit !== first.unit))
		throw new Error('a bridge table is one year in one unit');
	const ordered = [
		...reports.filter((r) => r.organisation !== CONSOLIDATED),
		...reports.filter((r) => r.organisation === CONSOLIDATED)
	];
	const hasTotal = ordered.length > 1 && ordered.at(-1)?.organisation === CONSOLIDATED;
	const rows = rowsByKey(
		ordered.map((r) => [...r.context, ...r.lines]),
		(line) => (line.kind === 'context' ? 'context' : line.kind)
	);
	const byRole = (wanted: (role: ExportRole) => boolean) => rows.filter((r) => wanted(r.role));
	return {
		name: `Bridge ${first.year}`,
		title: `Bridge ${first.year}, ${scenarioName} scenario, ${VIEW_TEXT[first.view]}`,
		unit: first.unit,
		columns: ordered.map((r) => (r.organisation === CONSOLIDATED ? 'Total' : r.organisationName)),
		...(hasTotal ? { totalColumn: ordered.length - 1 } : {}),
		rows: [...byRole((r) => r === 'context'), ...byRole((r) => r !== 'context')]
	};
}

/**
 * One organisation-year's QIPP programme: a row per workstream (in-year, full-year effect and
 * risk-adjusted), their total, then the requirement and what is unidentified, as context.
 */
export function qippTable(report: QippReport, scenarioName: string): ExportTable {
	const items: ExportRow[] = report.workstreams.map((w) => ({
		key: `workstream:${w.workstream}`,
		label: w.workstream,
		role: 'item',
		values: [D(w.value), D(w.fullYear), D(w.riskAdjusted)]
	}));
	const total: ExportRow = {
		key: 'workstreams_total',
		label: 'Identified QIPP (sum of workstreams)',
		role: 'total',
		values: [0, 1, 2].map((i) => items.reduce((sum, row) => sum.plus(row.values[i] ?? 0), D(0)))
	};
	const context: ExportRow[] = report.lines
		.filter((l) => l.key !== 'qipp_identified')
		.map((l) => ({ key: l.key, label: l.label, role: 'context', values: [D(l.value)] }));
	return {
		name: `QIPP ${report.year} ${report.organisation === CONSOLIDATED ? 'Total' : report.organisationName}`,
		title: `QIPP programme ${report.year}, ${report.organisationName}, ${scenarioName} scenario`,
		unit: report.unit,
		columns: ['In year', 'Full-year effect', 'Risk-adjusted'],
		rows: [...items, total, ...context]
	};
}

/** One year of a comparison: a column per scenario and, after each but the base, its change. */
export function comparisonTable(comparison: Comparison, year: string, unit: MoneyUnit): ExportTable {
	const rows = comparison.years.find((y) => y.year === year)?.rows ?? [];
	const baseName = comparison.scenarios[comparison.base]?.name ?? '';
	const columns = comparison.scenarios.flatMap((s, i) =>
		i === comparison.base ? [s.name] : [s.name, `${s.name} change`]
	);
	return {
		name: `Compare ${year}`,
		title: `Scenarios against ${baseName}, ${year}, ${comparison.organisationName}`,
		unit,
		columns,
		rows: rows.map((r) => ({
			key: r.key,
			label: r.label,
			role: 'context',
			values: r.values.flatMap((v, i) =>
				i === comparison.base
					? [fromPounds(v, unit)]
					: [fromPounds(v, unit), fromPounds(r.differences[i] ?? D(0), unit)]
			)
		}))
	};
}

/** A scenario bridge as a one-column bridge: the base's figure, a step per group, the scenario's. */
export function scenarioBridgeTable(
	bridge: ScenarioBridge,
	names: { base: string; scenario: string },
	unit: MoneyUnit
): ExportTable {
	return {
		name: `Scenario bridge ${bridge.year}`,
		title: `${bridge.measureLabel}, ${bridge.year}: ${names.base} to ${names.scenario}`,
		unit,
		columns: [bridge.measureLabel],
		rows: [
			{ key: 'base', label: names.base, role: 'opening', values: [fromPounds(bridge.opening, unit)] },
			...bridge.steps.map((s): ExportRow => ({
				key: s.group,
				label: s.label,
				role: 'step',
				values: [fromPounds(s.value, unit)]
			})),
			{ key: 'scenario', label: names.scenario, role: 'closing', values: [fromPounds(bridge.closing, unit)] }
		]
	};
}
