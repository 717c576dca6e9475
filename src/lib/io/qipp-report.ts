// The QIPP programme per organisation-year (and consolidated): identified savings by workstream,
// the requirement, what is unidentified, and the risk-adjusted saving; exact strings in the unit.
import {
	compareAllStated,
	type Dec,
	type ModelResult,
	type StatedLine,
	type WorkstreamTotal,
	type ModelInput,
	type MoneyUnit
} from '../engine/index';
import { selectedYears } from './selected-years';
import {
	CONSOLIDATED,
	inUnit,
	wantsConsolidated,
	type ReportLine,
	type ReportOptions
} from './bridge-report';

export interface WorkstreamLine {
	workstream: string;
	/** In-year saving as planned. */
	value: string;
	fullYear: string;
	riskAdjusted: string;
}

export interface QippReport {
	year: string;
	organisation: string;
	organisationName: string;
	scenario: string;
	unit: MoneyUnit;
	workstreams: WorkstreamLine[];
	lines: ReportLine[];
}

interface QippTotals {
	identified: Dec;
	required: Dec;
	unidentifiedNeeded: Dec;
	unidentifiedPlanned: Dec;
	riskAdjusted: Dec;
	headroom: Dec;
	/** Whether the unidentified figure was entered (true), balanced (false) or a mix (undefined). */
	unidentifiedStated?: boolean;
}

function totalLines(
	q: QippTotals,
	unit: MoneyUnit,
	comparisons: ReadonlyMap<string, StatedLine>
): ReportLine[] {
	const plannedLabel =
		q.unidentifiedStated === undefined
			? 'Unidentified QIPP in the plan'
			: q.unidentifiedStated
				? 'Unidentified QIPP in the plan (as entered)'
				: 'Unidentified QIPP in the plan (balances to target)';
	const entries: [string, string, Dec][] = [
		['qipp_identified', 'Identified QIPP', q.identified],
		['qipp_required', 'Required QIPP (target - position before QIPP)', q.required],
		['qipp_unidentified', 'Unidentified QIPP needed (required - identified)', q.unidentifiedNeeded],
		['qipp_unidentified_planned', plannedLabel, q.unidentifiedPlanned],
		['qipp_planned', 'Total QIPP in the plan', q.identified.plus(q.unidentifiedPlanned)],
		['qipp_risk_adjusted', 'Risk-adjusted QIPP (x delivery factors)', q.riskAdjusted],
		['headroom', 'Plan surplus/(deficit) against target', q.headroom]
	];
	return entries.map(([key, label, value]) => {
		const line: ReportLine = { kind: 'context', key, label, value: inUnit(value, unit) };
		const c = comparisons.get(key);
		if (c) {
			line.stated = inUnit(c.stated, unit, c.precision);
			line.difference = inUnit(c.difference, unit);
			line.status = c.status;
		}
		return line;
	});
}

function workstreamLines(totals: readonly WorkstreamTotal[], unit: MoneyUnit): WorkstreamLine[] {
	return totals.map((w) => ({
		workstream: w.workstream,
		value: inUnit(w.inYear, unit),
		fullYear: inUnit(w.fullYear, unit),
		riskAdjusted: inUnit(w.riskAdjusted, unit)
	}));
}

/** Workstreams of the same name summed over organisations, in order of first appearance. */
function sumWorkstreams(groups: readonly (readonly WorkstreamTotal[])[]): WorkstreamTotal[] {
	const byName = new Map<string, WorkstreamTotal>();
	for (const w of groups.flat()) {
		const before = byName.get(w.workstream);
		byName.set(
			w.workstream,
			before
				? {
						workstream: w.workstream,
						inYear: before.inYear.plus(w.inYear),
						fullYear: before.fullYear.plus(w.fullYear),
						counted: before.counted.plus(w.counted),
						riskAdjusted: before.riskAdjusted.plus(w.riskAdjusted)
					}
				: w
		);
	}
	return [...byName.values()];
}

/** QIPP records for every organisation-year that matches the filters, plus the consolidated total. */
export function qippReports(input: ModelInput, result: ModelResult, options: ReportOptions): QippReport[] {
	const { unit, scenario } = options;
	const wantYear = (year: string) => options.year === undefined || options.year === year;
	const reports: QippReport[] = [];
	for (const { org, year, comparisons } of selectedYears(input, result, options)) {
		reports.push({
			year: year.year,
			organisation: org.id,
			organisationName: org.name,
			scenario,
			unit,
			workstreams: workstreamLines(year.qipp.byWorkstream, unit),
			lines: totalLines({ ...year.qipp, headroom: year.headroom }, unit, comparisons)
		});
	}
	if (wantsConsolidated(options, result)) {
		result.consolidated.forEach((year, i) => {
			if (!wantYear(year.year)) return;
			const perOrg = result.organisations.map((o) => o.years[i]?.qipp.byWorkstream ?? []);
			reports.push({
				year: year.year,
				organisation: CONSOLIDATED,
				organisationName: 'Consolidated',
				scenario,
				unit,
				workstreams: workstreamLines(sumWorkstreams(perOrg), unit),
				lines: totalLines(
					{ ...year.qipp, headroom: year.headroom },
					unit,
					new Map(compareAllStated(year, input.statedTotal?.[year.year]).map((c) => [c.key, c]))
				)
			});
		});
	}
	return reports;
}
