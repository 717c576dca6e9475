// The QIPP programme as a stacked bar per model year: identified savings by workstream (or by RAG
// rating), then the unidentified QIPP in the plan on top, with a tick at the year's required QIPP
// and each segment's value on it (or beside the bar when the segment is too thin to hold it). The figures are
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
	type MoneyUnit,
	type NegativeStyle,
	type Rag
} from '../engine/index';
import { CONSOLIDATED, inUnit } from '../io/bridge-report';
import { moneyScale, type MoneyScale } from './money-axis';
import { FONT_SIZE, yearAxes } from './year-axes';

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

/** What the identified segments are split by: the scheme's workstream or its RAG rating. */
export type QippColourBy = 'workstream' | 'rag';

/** RAG ratings bottom-up in the stack: the surest savings at the base. */
export const RAGS: readonly Rag[] = ['green', 'amber', 'red'];

export const RAG_LABEL: Readonly<Record<Rag, string>> = { green: 'Green', amber: 'Amber', red: 'Red' };

/**
 * Red, amber and green that still read apart with red-green colour blindness or in greyscale: a
 * bluish green, a yellow amber and a dark red differ in lightness (CIE L* about 58, 76 and 39) as
 * well as hue, where the NHS red and green (both L* near 47) would look alike.
 */
export const RAG_COLOURS: Readonly<Record<Rag, string>> = {
	green: '#009e73',
	amber: '#f0b400',
	red: '#b2182b'
};

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
	/** Rounded half-up for display, negatives as the page shows them. */
	readonly text: string;
	/** Where the segment sits in its stack (positives up from zero, negatives down), for drawing. */
	readonly from: number;
	readonly to: number;
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
	readonly colourBy: QippColourBy;
	readonly series: readonly QippSeries[];
	readonly segments: readonly QippSegment[];
	readonly years: readonly QippChartYear[];
}

export interface QippChartLayout {
	readonly width?: number;
	readonly height?: number;
	/** How the axis writes negatives, as the page does. */
	readonly negatives?: NegativeStyle;
}

export interface QippChartChoices {
	readonly colourBy?: QippColourBy;
	readonly negatives?: NegativeStyle;
}

interface PoundsYear {
	year: string;
	workstreams: ReadonlyMap<string, Dec>;
	rags: ReadonlyMap<Rag, Dec>;
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

/** In-year savings of several organisations' schemes summed by RAG rating. */
function sumByRag(groups: readonly (readonly { scheme: { rag: Rag }; inYear: Dec }[])[]): Map<Rag, Dec> {
	const totals = new Map<Rag, Dec>(RAGS.map((rag) => [rag, ZERO]));
	for (const s of groups.flat()) totals.set(s.scheme.rag, (totals.get(s.scheme.rag) ?? ZERO).plus(s.inYear));
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
				rags: sumByRag(result.organisations.map((o) => o.years[i]?.qipp.schemes ?? [])),
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
			rags: sumByRag([year.qipp.schemes]),
			identified: year.qipp.identified,
			unidentified: year.qipp.unidentifiedPlanned,
			required: year.qipp.required
		}))
	};
}

const workstreamKey = (name: string) => `workstream:${name}`;
const ragKey = (rag: Rag) => `rag:${rag}`;

/** Stacks segments in order: each positive one on top of the last, each negative one below. */
function stacked<T extends { amount: number }>(segments: readonly T[]): (T & { from: number; to: number })[] {
	let up = 0;
	let down = 0;
	return segments.map((s) => {
		const from = s.amount < 0 ? down : up;
		const to = from + s.amount;
		if (s.amount < 0) down = to;
		else up = to;
		return { ...s, from, to };
	});
}

/**
 * The QIPP chart of one organisation (or CONSOLIDATED) in `unit`, split by workstream or by RAG
 * rating. A workstream keeps its colour whichever organisation is shown: colours follow the order
 * workstreams first appear in `input`.
 * @example qippChartData(input, evaluateModel(input, 'plan'), 'north', 'm').years[0]
 * // { year: '2026/27', identified: '12', unidentified: '24.498175', required: '36.498175', ... }
 */
export function qippChartData(
	input: Pick<ModelInput, 'organisations'>,
	result: ModelResult,
	organisation: string,
	unit: MoneyUnit,
	{ colourBy = 'workstream', negatives = 'brackets' }: QippChartChoices = {}
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
			text: showAmount(value, dp, negatives)
		};
	};
	const identified =
		colourBy === 'rag'
			? RAGS.map((rag) => ({ key: ragKey(rag), label: RAG_LABEL[rag], colour: RAG_COLOURS[rag] }))
			: workstreams.map((w) => ({ key: workstreamKey(w), label: w, colour: colourOf(w) }));
	const amountOf = (y: PoundsYear, key: string) =>
		(colourBy === 'rag'
			? y.rags.get(RAGS.find((rag) => ragKey(rag) === key) ?? 'green')
			: y.workstreams.get(workstreams.find((w) => workstreamKey(w) === key) ?? '')) ?? ZERO;
	const segments: QippSegment[] = years.flatMap((y) =>
		stacked([
			...identified.map((series) =>
				segment(y.year, series.key, series.label, 'identified', amountOf(y, series.key))
			),
			segment(y.year, UNIDENTIFIED_KEY, 'Unidentified QIPP', 'unidentified', y.unidentified)
		])
	);
	return {
		organisation,
		organisationName: name,
		unit,
		colourBy,
		series: [
			...identified,
			{ key: UNIDENTIFIED_KEY, label: 'Unidentified QIPP', colour: UNIDENTIFIED_COLOUR }
		],
		segments,
		years: years.map((y) => {
			const positives = sum([...y.workstreams.values(), y.unidentified].filter((v) => v.isPositive()));
			const shownIn = (pounds: Dec) => showAmount(fromPounds(pounds, unit), dp, negatives);
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

/** A segment's value written on the chart: inside the segment, or beside the bar. */
export interface SegmentLabel {
	readonly year: string;
	readonly key: string;
	/** Where the label sits on the money axis (the segment's middle, or nudged clear of a neighbour). */
	readonly y: number;
	readonly text: string;
	/** Black or white, whichever reads better on the segment's colour. */
	readonly fill: string;
}

const MARGIN = { top: 28, bottom: 32, left: 56, right: 16 } as const;
/** The band padding of the year axis: a bar takes 65% of its year's width. */
const PADDING = 0.35;
/** A label needs this many pixels of segment (or of gap from the label below it) to be read. */
const LABEL_ROOM = FONT_SIZE + 3;

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white text on `background`, whichever has the greater contrast. */
export function textOn(background: string): '#000000' | '#ffffff' {
	const l = luminance(background);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/**
 * Every non-zero segment's value, inside the segment when it is tall enough to hold a line of
 * text, otherwise beside its bar, nudged apart so labels beside one bar never overlap.
 */
export function segmentLabels(
	chart: QippChart,
	scale: MoneyScale,
	height: number
): { inside: SegmentLabel[]; beside: SegmentLabel[] } {
	const perUnit = (height - MARGIN.top - MARGIN.bottom) / (scale.domain[1] - scale.domain[0]);
	const colour = new Map(chart.series.map((s) => [s.key, s.colour]));
	const inside: SegmentLabel[] = [];
	const beside: SegmentLabel[] = [];
	for (const year of chart.years) {
		const thin: SegmentLabel[] = [];
		for (const s of chart.segments.filter((x) => x.year === year.year && x.amount !== 0)) {
			const label = { year: s.year, key: s.key, y: (s.from + s.to) / 2, text: s.text };
			if (Math.abs(s.to - s.from) * perUnit >= LABEL_ROOM)
				inside.push({ ...label, fill: textOn(colour.get(s.key) ?? UNIDENTIFIED_COLOUR) });
			else thin.push({ ...label, fill: REQUIRED_COLOUR });
		}
		// Bottom-up, each label at least a line above the one below it.
		thin.sort((a, b) => a.y - b.y);
		let floor = -Infinity;
		for (const label of thin) {
			const y = Math.max(label.y, floor);
			beside.push({ ...label, y });
			floor = y + LABEL_ROOM / perUnit;
		}
	}
	return { inside, beside };
}

/**
 * Observable Plot options for the QIPP chart: x is the model year, y the saving in the chart's
 * unit, segments stacked bottom-up in series order with their values, the requirement as a tick
 * with its label.
 * @example Plot.plot(qippChartOptions(qippChartData(input, result, CONSOLIDATED, 'm'), { width: 800 }))
 */
export function qippChartOptions(
	chart: QippChart,
	{ width = 800, height = 360, negatives }: QippChartLayout = {}
): Plot.PlotOptions {
	const unit = UNIT_SYMBOL[chart.unit];
	const scale = moneyScale(
		[...chart.segments.flatMap((s) => [s.from, s.to]), ...chart.years.map((y) => y.requiredAmount)],
		chart.unit,
		Math.max(2, Math.round(height / 50))
	);
	const labels = segmentLabels(chart, scale, height);
	// Half a bar's width, in pixels, to put a label just right of its bar.
	const step = (width - MARGIN.left - MARGIN.right) / (chart.years.length + PADDING);
	const besideBar = (step * (1 - PADDING)) / 2 + 5;
	return {
		width,
		height,
		marginLeft: MARGIN.left,
		marginRight: MARGIN.right,
		marginTop: MARGIN.top,
		marginBottom: MARGIN.bottom,
		style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', overflow: 'visible' },
		ariaLabel: `QIPP by ${chart.colourBy === 'rag' ? 'RAG rating' : 'workstream'}, ${chart.organisationName}`,
		ariaDescription: qippChartDescription(chart),
		x: { domain: chart.years.map((y) => y.year), padding: PADDING, label: null },
		y: { label: unit, domain: scale.domain },
		color: { domain: chart.series.map((s) => s.key), range: chart.series.map((s) => s.colour) },
		marks: [
			...yearAxes(chart.unit, scale, negatives),
			// Stacked in data order: workstreams (or green, amber, red) bottom-up, unidentified on top.
			Plot.barY(chart.segments, {
				x: 'year',
				y1: 'from',
				y2: 'to',
				fill: 'key',
				stroke: 'white',
				strokeWidth: 1,
				title: (s: QippSegment) => `${s.year} ${s.label}: ${s.text} ${unit}`
			}),
			Plot.ruleY([0], { stroke: '#212b32', strokeWidth: 1 }),
			Plot.text(labels.inside, { x: 'year', y: 'y', text: 'text', fill: 'fill', fontSize: FONT_SIZE }),
			Plot.text(labels.beside, {
				x: 'year',
				y: 'y',
				text: 'text',
				fill: 'fill',
				dx: besideBar,
				textAnchor: 'start',
				fontSize: FONT_SIZE
			}),
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
