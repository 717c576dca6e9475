// The QIPP programme per organisation-year: identified savings by workstream, the requirement,
// what is unidentified, and the risk-adjusted saving; exact strings in the chosen unit.
import { compareAllStated } from '../engine/figures';
import type { ModelResult } from '../engine/evaluate';
import type { ModelInput } from '../engine/types';
import type { MoneyUnit } from '../engine/units';
import { inUnit, type ReportLine, type ReportOptions } from './bridge-report';

export interface QippReport {
	year: string;
	organisation: string;
	organisationName: string;
	scenario: string;
	unit: MoneyUnit;
	workstreams: { workstream: string; value: string; fullYear: string; riskAdjusted: string }[];
	lines: ReportLine[];
}

/** QIPP records for every organisation-year that matches the filters. */
export function qippReports(input: ModelInput, result: ModelResult, options: ReportOptions): QippReport[] {
	const { unit, scenario } = options;
	const reports: QippReport[] = [];
	for (const org of result.organisations) {
		if (options.organisation !== undefined && options.organisation !== org.id) continue;
		const model = input.organisations.find((o) => o.id === org.id);
		for (const year of org.years) {
			if (options.year !== undefined && options.year !== year.year) continue;
			const comparisons = new Map(compareAllStated(year, model?.stated[year.year]).map((c) => [c.key, c]));
			const q = year.qipp;
			const entries: [string, string, typeof q.identified][] = [
				['qipp_identified', 'Identified QIPP', q.identified],
				['qipp_required', 'Required QIPP (target - position before QIPP)', q.required],
				['qipp_unidentified', 'Unidentified QIPP needed (required - identified)', q.unidentifiedNeeded],
				[
					'qipp_unidentified_planned',
					q.unidentifiedStated
						? 'Unidentified QIPP in the plan (as entered)'
						: 'Unidentified QIPP in the plan (balances to target)',
					q.unidentifiedPlanned
				],
				['qipp_planned', 'Total QIPP in the plan', q.identified.plus(q.unidentifiedPlanned)],
				['qipp_risk_adjusted', 'Risk-adjusted QIPP (x delivery factors)', q.riskAdjusted],
				['headroom', 'Plan surplus/(deficit) against target', year.headroom]
			];
			reports.push({
				year: year.year,
				organisation: org.id,
				organisationName: org.name,
				scenario,
				unit,
				workstreams: year.qipp.byWorkstream.map((w) => ({
					workstream: w.workstream,
					value: inUnit(w.inYear, unit),
					fullYear: inUnit(w.fullYear, unit),
					riskAdjusted: inUnit(w.riskAdjusted, unit)
				})),
				lines: entries.map(([key, label, value]) => {
					const c = comparisons.get(key);
					const line: ReportLine = { kind: 'context', key, label, value: inUnit(value, unit) };
					return c
						? {
								...line,
								stated: inUnit(c.stated, unit),
								difference: inUnit(c.difference, unit),
								status: c.status
							}
						: line;
				})
			});
		}
	}
	return reports;
}
