// The QIPP programme as a stacked bar per model year: identified savings by workstream, then the
// unidentified QIPP in the plan on top, with a tick at the year's required QIPP. The figures are
// those of the QIPP table (qippReports): workstream in-year savings as planned, the plan's
// unidentified amount and the requirement, in the chosen view. Pure: results in, Plot options out;
// sums stay in Decimal and a figure becomes a JS number only for drawing.
import * as Plot from '@observablehq/plot';
import {
	D,
	ZERO,
	sum,
	type Dec,
	type ModelResult,
	displayDp,
	showAmount,
	type ModelInput,
	fromPounds,
	UNIT_SYMBOL,
	type MoneyUnit
} from '../engine/index';
import { CONSOLIDATED, inUnit } from '../io/bridge-report';
import { FONT_SIZE, openDomain, yearAxes } from './year-axes';

/** NHS identity colours for workstreams, in the order workstreams first appear in the model. */
export const WORKSTREAM_COLOURS: readonly string[] = [
	'#005eb8',
	'#00a499',
	'#330072',
	'#ed8b00',
	'#41b6e6',
	'#7c2855',
	'#009639',
	'#003087',
	'#ae2573',
	'#ffb81c',
	'#006747',
	'#0072ce'
];

/** Unidentified QIPP is grey: savings the plan counts on but nobody has found yet. */
export const UNIDENTIFIED_COLOUR = '#aeb7bd';

/** The required QIPP tick: NHS black, so it reads against every segment. */
export const REQUIRED_COLOUR = '#212b32';

/** Series key of the unidentified segment (workstream keys are prefixed, so a name cannot clash). */
export const UNIDENTIFIED_KEY = 'unidentified';

export type SegmentKind = 'identified' | 'unidentified';

/** One stacked segment: a workstream's (or the unidentified) QIPP in one year. */
export interface QippSegment {
	readonly year: string;
	/** `workstream:<name>` or UNIDENTIFIED_KEY: the colour key. */
	readonly key: string;
	readonly label: string;
	readonly kind: SegmentKind;
	/** Exact decimal string in the chart's unit, as the QIPP table prints it. */
	readonly value: string;
	/** The value as a number, for drawing only. */
	readonly amount: number;
	/** Rounded half-up for display, negatives in brackets. */
	readonly text: string;
}

/** One model year's totals: exact strings in the chart's unit, numbers for drawing only. */
export interface QippChartYear {
	readonly year: string;
	/** Identified QIPP: the sum of the year's workstreams. */
	readonly identified: string;
	/** Unidentified QIPP in the plan (as entered, or balancing to the target). */
	readonly unidentified: string;
	/** identified + unidentified: the total QIPP in the plan. */
	readonly planned: string;
	/** Required QIPP: target - position before QIPP. */
	readonly required: string;
	readonly requiredAmount: number;
	/** Top of the positive part of the stack, to place the requirement label above both. */
	readonly top: number;
	readonly text: { readonly identified: string; readonly unidentified: string; readonly required: string };
}

/** A legend entry, in stack order (bottom first). */
export interface QippSeries {
	readonly key: string;
	readonly label: string;
	readonly colour: string;
}

export interface QippChart {
	readonly organisation: string;
	readonly organisationName: string;
	readonly unit: MoneyUnit;
	readonly series: readonly QippSeries[];
	readonly segments: readonly QippSegment[];
	readonly years: readonly QippChartYear[];
}

export interface QippChartLayout {
	readonly width?: number;
	readonly height?: number;
}

interface PoundsYear {
	year: string;
	workstreams: ReadonlyMap<string, Dec>;
	identified: Dec;
	unidentified: Dec;
	required: Dec;
}

/** Workstream totals of several organisations summed by name, in order of first appearance. */
function sumByName(groups: readonly (readonly { workstream: string; inYear: Dec }[])[]): Map<string, Dec> {
	const totals = new Map<string, Dec>();
	for (const w of groups.flat()) totals.set(w.workstream, (totals.get(w.workstream) ?? ZERO).plus(w.inYear));
	return totals;
}

/** Each year's QIPP in pounds for one organisation, or summed over all for CONSOLIDATED. */
function poundsYears(result: ModelResult, organisation: string): { name: string; years: PoundsYear[] } {
	if (organisation === CONSOLIDATED) {
		return {
			name: 'Consolidated',
			years: result.consolidated.map((year, i) => ({
				year: year.year,
				workstreams: sumByName(result.organisations.map((o) => o.years[i]?.qipp.byWorkstream ?? [])),
				identified: year.qipp.identified,
				unidentified: year.qipp.unidentifiedPlanned,
				required: year.qipp.required
			}))
		};
	}
	const org = result.organisations.find((o) => o.id === organisation);
	if (!org) throw new Error(`No organisation "${organisation}" in the model`);
	return {
		name: org.name,
		years: org.years.map((year) => ({
			year: year.year,
			workstreams: sumByName([year.qipp.byWorkstream]),
			identified: year.qipp.identified,
			unidentified: year.qipp.unidentifiedPlanned,
			required: year.qipp.required
		}))
	};
}

const workstreamKey = (name: string) => `workstream:${name}`;

/**
 * The QIPP chart of one organisation (or CONSOLIDATED) in `unit`. A workstream keeps its colour
 * whichever organisation is shown: colours follow the order workstreams first appear in `input`.
 * @example qippChartData(input, evaluateModel(input, 'plan'), 'north', 'm').years[0]
 * // { year: '2026/27', identified: '12', unidentified: '24.498175', required: '36.498175', ... }
 */
export function qippChartData(
	input: Pick<ModelInput, 'organisations'>,
	result: ModelResult,
	organisation: string,
	unit: MoneyUnit
): QippChart {
	const { name, years } = poundsYears(result, organisation);
	const modelWide = [...new Set(input.organisations.flatMap((o) => o.schemes.map((s) => s.workstream)))];
	const shown = [...new Set(years.flatMap((y) => [...y.workstreams.keys()]))];
	// Workstreams in the model's order; any the input does not list (it always should) go last.
	const workstreams = [
		...modelWide.filter((w) => shown.includes(w)),
		...shown.filter((w) => !modelWide.includes(w))
	];
	const colourOf = (w: string) => {
		const i = modelWide.indexOf(w);
		return (
			WORKSTREAM_COLOURS[(i < 0 ? modelWide.length + shown.indexOf(w) : i) % WORKSTREAM_COLOURS.length] ??
			UNIDENTIFIED_COLOUR
		);
	};
	const dp = displayDp(unit);
	const segment = (year: string, key: string, label: string, kind: SegmentKind, pounds: Dec) => {
		const value = inUnit(pounds, unit);
		return {
			year,
			key,
			label,
			kind,
			value,
			amount: D(value).toNumber(),
			text: showAmount(value, dp)
		};
	};
	const segments: QippSegment[] = years.flatMap((y) => [
		...workstreams.map((w) =>
			segment(y.year, workstreamKey(w), w, 'identified', y.workstreams.get(w) ?? ZERO)
		),
		segment(y.year, UNIDENTIFIED_KEY, 'Unidentified QIPP', 'unidentified', y.unidentified)
	]);
	return {
		organisation,
		organisationName: name,
		unit,
		series: [
			...workstreams.map((w) => ({ key: workstreamKey(w), label: w, colour: colourOf(w) })),
			{ key: UNIDENTIFIED_KEY, label: 'Unidentified QIPP', colour: UNIDENTIFIED_COLOUR }
		],
		segments,
		years: years.map((y) => {
			const positives = sum([...y.workstreams.values(), y.unidentified].filter((v) => v.isPositive()));
			const shownIn = (pounds: Dec) => showAmount(fromPounds(pounds, unit), dp);
			return {
				year: y.year,
				identified: inUnit(y.identified, unit),
				unidentified: inUnit(y.unidentified, unit),
				planned: inUnit(y.identified.plus(y.unidentified), unit),
				required: inUnit(y.required, unit),
				requiredAmount: fromPounds(y.required, unit).toNumber(),
				top: fromPounds(positives, unit).toNumber(),
				text: {
					identified: shownIn(y.identified),
					unidentified: shownIn(y.unidentified),
					required: shownIn(y.required)
				}
			};
		})
	};
}

/** In words for screen readers: each year's identified, unidentified and required QIPP. */
export function qippChartDescription(chart: QippChart): string {
	const unit = UNIT_SYMBOL[chart.unit];
	return chart.years
		.map(
			(y) =>
				`${y.year}: identified ${y.text.identified}, unidentified ${y.text.unidentified}, required ${y.text.required} ${unit}`
		)
		.join('; ');
}

/**
 * Observable Plot options for the QIPP chart: x is the model year, y the saving in the chart's
 * unit, segments stacked bottom-up in series order, the requirement as a tick with its label.
 * @example Plot.plot(qippChartOptions(qippChartData(input, result, CONSOLIDATED, 'm'), { width: 800 }))
 */
export function qippChartOptions(
	chart: QippChart,
	{ width = 800, height = 360 }: QippChartLayout = {}
): Plot.PlotOptions {
	const unit = UNIT_SYMBOL[chart.unit];
	return {
		width,
		height,
		marginLeft: 56,
		marginRight: 16,
		marginTop: 28,
		marginBottom: 32,
		style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', overflow: 'visible' },
		ariaLabel: `QIPP by workstream, ${chart.organisationName}`,
		ariaDescription: qippChartDescription(chart),
		x: { domain: chart.years.map((y) => y.year), padding: 0.35, label: null },
		y: {
			label: unit,
			grid: true,
			nice: true,
			zero: true,
			...openDomain([...chart.segments.map((s) => s.amount), ...chart.years.map((y) => y.requiredAmount)])
		},
		color: { domain: chart.series.map((s) => s.key), range: chart.series.map((s) => s.colour) },
		marks: [
			...yearAxes(unit),
			// Stacked in data order: workstreams bottom-up, unidentified on top.
			Plot.barY(chart.segments, {
				x: 'year',
				y: 'amount',
				fill: 'key',
				stroke: 'white',
				strokeWidth: 1,
				title: (s: QippSegment) => `${s.year} ${s.label}: ${s.text} ${unit}`
			}),
			Plot.ruleY([0], { stroke: '#212b32', strokeWidth: 1 }),
			Plot.tickY(chart.years, {
				x: 'year',
				y: 'requiredAmount',
				stroke: REQUIRED_COLOUR,
				strokeWidth: 3,
				title: (y: QippChartYear) => `${y.year} required QIPP: ${y.text.required} ${unit}`
			}),
			Plot.text(chart.years, {
				x: 'year',
				y: (y: QippChartYear) => Math.max(y.requiredAmount, y.top, 0),
				text: (y: QippChartYear) => `Required ${y.text.required}`,
				dy: -10,
				fontWeight: 700,
				fill: REQUIRED_COLOUR
			})
		]
	};
}
