// The bridge as a report: one record per organisation-year (and the consolidated total), every
// value an exact decimal string in the chosen unit, stated figures and differences beside them.
// Shared by the CLI (table, CSV, JSON), the page and the golden tests.
import { compareAllStated } from '../engine/figures';
import type { StatedStatus } from '../engine/stated';
import type { ModelResult } from '../engine/evaluate';
import type { ModelInput, View } from '../engine/types';
import { fromPounds, type MoneyUnit } from '../engine/units';
import type { Dec } from '../engine/decimal';
import type { LineKind } from '../engine/bridge';

export const CONSOLIDATED = 'consolidated';

export interface ReportLine {
	kind: 'context' | LineKind;
	key: string;
	label: string;
	value: string;
	stated?: string;
	difference?: string;
	status?: StatedStatus;
}

export interface BridgeReport {
	year: string;
	organisation: string;
	organisationName: string;
	scenario: string;
	view: View;
	unit: MoneyUnit;
	/** Figures shown beside the bridge, not part of its sum: allocations and the target. */
	context: ReportLine[];
	/** Opening, steps in order, closing: closing = opening + sum(steps), exactly. */
	lines: ReportLine[];
}

export interface ReportOptions {
	unit: MoneyUnit;
	scenario: string;
	year?: string;
	organisation?: string;
}

/** An exact decimal string in `unit`, never in exponent notation. */
export function inUnit(pounds: Dec, unit: MoneyUnit): string {
	return fromPounds(pounds, unit).toFixed();
}

/** Bridge records for every organisation-year that matches the filters. */
export function bridgeReports(
	input: ModelInput,
	result: ModelResult,
	options: ReportOptions
): BridgeReport[] {
	const { unit, scenario } = options;
	const wantYear = (year: string) => options.year === undefined || options.year === year;
	const reports: BridgeReport[] = [];
	for (const org of result.organisations) {
		if (options.organisation !== undefined && options.organisation !== org.id) continue;
		const stated = input.organisations.find((o) => o.id === org.id)?.stated ?? {};
		for (const year of org.years) {
			if (!wantYear(year.year)) continue;
			const comparisons = new Map(compareAllStated(year, stated[year.year]).map((c) => [c.key, c]));
			const line = (kind: ReportLine['kind'], key: string, label: string, value: Dec): ReportLine => {
				const c = comparisons.get(key);
				const base: ReportLine = { kind, key, label, value: inUnit(value, unit) };
				return c
					? {
							...base,
							stated: inUnit(c.stated, unit),
							difference: inUnit(c.difference, unit),
							status: c.status
						}
					: base;
			};
			reports.push({
				year: year.year,
				organisation: org.id,
				organisationName: org.name,
				scenario,
				view: result.view,
				unit,
				context: year.context.map((l) => line('context', l.key, l.label, l.value)),
				lines: year.lines.map((l) => line(l.kind, l.key, l.label, l.value))
			});
		}
	}
	const wantConsolidated =
		options.organisation === CONSOLIDATED ||
		(options.organisation === undefined && result.organisations.length > 1);
	if (wantConsolidated) {
		for (const year of result.consolidated) {
			if (!wantYear(year.year)) continue;
			reports.push({
				year: year.year,
				organisation: CONSOLIDATED,
				organisationName: 'Consolidated',
				scenario,
				view: result.view,
				unit,
				context: year.context.map((l) => ({
					kind: 'context' as const,
					key: l.key,
					label: l.label,
					value: inUnit(l.value, unit)
				})),
				lines: year.lines.map((l) => ({
					kind: l.kind,
					key: l.key,
					label: l.label,
					value: inUnit(l.value, unit)
				}))
			});
		}
	}
	return reports;
}
