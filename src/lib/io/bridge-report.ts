// The bridge as a report: one record per organisation-year (and the consolidated total), every
// value an exact decimal string in the chosen unit, stated figures and differences beside them.
// Shared by the CLI (table, CSV, JSON), the page and the golden tests.
import {
	type StatedLine,
	type Agreement,
	type ModelResult,
	type ModelInput,
	type View,
	fromPounds,
	type MoneyUnit,
	type Dec,
	type LineKind,
	explain,
	type Explanation,
	type YearResult,
	compareAllStated,
	crossFoot,
	type CrossFoot
} from '../engine/index';
import { selectedYears } from './selected-years';
import { QIPP_KEYS } from '../model/line-keys';

export const CONSOLIDATED = 'consolidated';

export interface ReportLine {
	kind: 'context' | LineKind;
	key: string;
	label: string;
	value: string;
	stated?: string;
	difference?: string;
	status?: Agreement;
	explanation?: ReportExplanation;
}

/** How a figure was made, with money in the report's unit and rates in percent. */
export interface ReportExplanation {
	formula: string;
	inputs: { label: string; value: string; unit: string; source?: string }[];
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
	/** The consolidated record only: each line whose published total is not the sum of its parts' published figures, and those that are. */
	crossFoot?: CrossFootLine[];
}

/** A published total against its published parts, in the report's unit. */
export interface CrossFootLine {
	key: string;
	label: string;
	sumOfParts: string;
	statedTotal: string;
	difference: string;
	status: Agreement;
}

export interface ReportOptions {
	unit: MoneyUnit;
	scenario: string;
	year?: string;
	organisation?: string;
	/** Include each line's formula in words and its inputs. */
	explain?: boolean;
}

/** The consolidated record is shown when asked for, or by default when there are several organisations. */
export function wantsConsolidated(options: ReportOptions, result: ModelResult): boolean {
	return (
		options.organisation === CONSOLIDATED ||
		(options.organisation === undefined && result.organisations.length > 1)
	);
}

/** An explanation in report units: money in `unit`, fractions as percent. */
export function explanationIn(explanation: Explanation, unit: MoneyUnit): ReportExplanation {
	return {
		formula: explanation.formula,
		inputs: explanation.inputs.map((input) => {
			const value =
				input.unit === 'gbp'
					? inUnit(input.value, unit)
					: input.unit === 'fraction'
						? input.value.times(100).toFixed()
						: input.value.toFixed();
			const shownUnit = input.unit === 'gbp' ? unit : input.unit === 'fraction' ? 'percent' : input.unit;
			return input.source === undefined
				? { label: input.label, value, unit: shownUnit }
				: { label: input.label, value, unit: shownUnit, source: input.source };
		})
	};
}

/**
 * An exact decimal string in `unit`, never in exponent notation, with at least as many decimals
 * as one unit of `precision` (pounds) has in that unit: a stated "0.0" stays "0.0".
 */
export function inUnit(pounds: Dec, unit: MoneyUnit, precision?: Dec): string {
	const value = fromPounds(pounds, unit);
	const printed = precision === undefined ? 0 : fromPounds(precision, unit).decimalPlaces();
	return value.decimalPlaces() < printed ? value.toFixed(printed) : value.toFixed();
}

type Figure = { key: string; label: string; value: Dec; explanation: Explanation };

/** One report line: the value in `unit`, the stated comparison when there is one, the explanation if asked. */
function reportLine(
	kind: ReportLine['kind'],
	figure: Figure,
	options: ReportOptions,
	comparison?: StatedLine
): ReportLine {
	const { unit } = options;
	const line: ReportLine = { kind, key: figure.key, label: figure.label, value: inUnit(figure.value, unit) };
	if (comparison) {
		line.stated = inUnit(comparison.stated, unit, comparison.precision);
		line.difference = inUnit(comparison.difference, unit);
		line.status = comparison.status;
	}
	if (options.explain) line.explanation = explanationIn(figure.explanation, unit);
	return line;
}

/**
 * Published figures for lines this model does not produce (say a full-year effect in a first
 * year): shown as context lines computed as zero, so no stated figure disappears silently. QIPP
 * totals are left to the QIPP report.
 */
function unmatchedStated(
	year: YearResult,
	comparisons: ReadonlyMap<string, StatedLine>,
	options: ReportOptions
): ReportLine[] {
	const shown = new Set([...year.context, ...year.lines].map((l) => l.key));
	return [...comparisons.values()]
		.filter((c) => !shown.has(c.key) && !(QIPP_KEYS as readonly string[]).includes(c.key))
		.map((c) =>
			reportLine(
				'context',
				{
					key: c.key,
					label: `${c.key} (published; this model has no such line)`,
					value: c.computed,
					explanation: explain('The model produces no such line, so it is compared as zero')
				},
				options,
				c
			)
		);
}

/** The cross-foot in report units, for the consolidated record; nothing when nothing is published. */
function crossFooted(
	checks: readonly CrossFoot[],
	labels: ReadonlyMap<string, string>,
	unit: MoneyUnit
): { crossFoot?: CrossFootLine[] } {
	if (checks.length === 0) return {};
	return {
		crossFoot: checks.map((c) => ({
			key: c.key,
			label: labels.get(c.key) ?? c.key,
			sumOfParts: inUnit(c.sumOfParts, unit, c.precision),
			statedTotal: inUnit(c.statedTotal, unit, c.precision),
			difference: inUnit(c.difference, unit),
			status: c.status
		}))
	};
}

/** Bridge records for every organisation-year that matches the filters. */
export function bridgeReports(
	input: ModelInput,
	result: ModelResult,
	options: ReportOptions
): BridgeReport[] {
	const { unit, scenario } = options;
	const wantYear = (year: string) => options.year === undefined || options.year === year;
	const record = (
		year: string,
		organisation: string,
		organisationName: string,
		context: ReportLine[],
		lines: ReportLine[]
	): BridgeReport => ({
		year,
		organisation,
		organisationName,
		scenario,
		view: result.view,
		unit,
		context,
		lines
	});
	const reports: BridgeReport[] = [];
	for (const { org, year, comparisons } of selectedYears(input, result, options)) {
		reports.push(
			record(
				year.year,
				org.id,
				org.name,
				[
					...year.context.map((l) => reportLine('context', l, options, comparisons.get(l.key))),
					...unmatchedStated(year, comparisons, options)
				],
				year.lines.map((l) => reportLine(l.kind, l, options, comparisons.get(l.key)))
			)
		);
	}
	if (wantsConsolidated(options, result)) {
		for (const year of result.consolidated) {
			if (!wantYear(year.year)) continue;
			const total = input.statedTotal?.[year.year] ?? {};
			const comparisons = new Map(compareAllStated(year, total).map((c) => [c.key, c]));
			const labels = new Map([...year.context, ...year.lines].map((l) => [l.key, l.label]));
			const parts = input.organisations.map((o) => o.stated[year.year] ?? {});
			reports.push({
				...record(
					year.year,
					CONSOLIDATED,
					'Consolidated',
					year.context.map((l) => reportLine('context', l, options, comparisons.get(l.key))),
					year.lines.map((l) => reportLine(l.kind, l, options, comparisons.get(l.key)))
				),
				...crossFooted(crossFoot(parts, total), labels, unit)
			});
		}
	}
	return reports;
}
