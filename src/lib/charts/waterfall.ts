// The bridge as a waterfall: one bar per line, from the running total before the line to the
// running total after it; opening and closing drawn from zero as totals. Pure: a report in, Plot
// options out. This is the only place a Decimal becomes a JS number, and only for drawing.
import * as Plot from '@observablehq/plot';
import { D, type Dec, displayDp, showAmount, UNIT_SYMBOL, type NegativeStyle } from '../engine/index';
import type { BridgeReport, ReportLine } from '../io/bridge-report';
import { moneyAxisY, moneyScale } from './money-axis';

export type BarKind = 'total' | 'increase' | 'decrease';

/** NHS identity colours: blue for totals, green for steps that improve the position, red for the rest. */
export const WATERFALL_COLOURS: Readonly<Record<BarKind, string>> = {
	total: '#005eb8',
	increase: '#007f3b',
	decrease: '#d5281b'
};

export const BAR_KIND_LABEL: Readonly<Record<BarKind, string>> = {
	total: 'Position',
	increase: 'Improves the position',
	decrease: 'Worsens the position'
};

export interface WaterfallBar {
	readonly key: string;
	readonly label: string;
	readonly kind: BarKind;
	/** Where the bar starts and ends, in the report's unit (numbers for drawing only). */
	readonly start: number;
	readonly end: number;
	/** The line's value rounded half-up for display, negatives as the page shows them. */
	readonly text: string;
}

export interface WaterfallLayout {
	readonly width?: number;
	readonly height?: number;
	/** Key of a line to outline, e.g. the one whose explanation is open. */
	readonly selected?: string;
	/** How the axis writes negatives, as the page does. */
	readonly negatives?: NegativeStyle;
}

/**
 * One bar per bridge line, in bridge order. Running totals are summed in Decimal and only the
 * bar ends are turned into numbers, so the closing bar ends exactly where the table says.
 * @example waterfallBars(report)[0] // { key: 'opening', kind: 'total', start: 0, end: 3.1, ... }
 */
export function waterfallBars(
	report: Pick<BridgeReport, 'lines' | 'unit'>,
	negatives: NegativeStyle = 'brackets'
): WaterfallBar[] {
	const dp = displayDp(report.unit);
	let running: Dec = D(0);
	return report.lines.map((line: ReportLine) => {
		const value = D(line.value);
		const text = showAmount(value, dp, negatives);
		if (line.kind === 'opening' || line.kind === 'closing') {
			running = value;
			return { key: line.key, label: line.label, kind: 'total', start: 0, end: value.toNumber(), text };
		}
		const start = running;
		running = running.plus(value);
		return {
			key: line.key,
			label: line.label,
			kind: value.isNegative() ? 'decrease' : 'increase',
			start: start.toNumber(),
			end: running.toNumber(),
			text
		};
	});
}

/**
 * Whether a bridge has nothing to draw: every line, opening and closing included, is zero (a new
 * model before anything is entered). Plot would stretch such bars over the whole plot.
 * @example nothingToDraw({ unit: 'm', lines: [{ kind: 'opening', key: 'opening', label: 'Opening', value: '0' }] }) // true
 */
export function nothingToDraw(report: Pick<BridgeReport, 'lines'>): boolean {
	return report.lines.every((line) => D(line.value).isZero());
}

/** Label sits above a bar, except below a total that goes under zero. */
function labelAnchor(bar: WaterfallBar): { y: number; below: boolean } {
	const below = bar.kind === 'total' && bar.end < 0;
	return { y: below ? Math.min(bar.start, bar.end) : Math.max(bar.start, bar.end), below };
}

const FONT_SIZE = 12;
/** The share of a bar's band an x label may take before it wraps. */
export const LABEL_SHARE = 0.75;
const LINE_HEIGHT = 1.1 * FONT_SIZE;

/** Lines a label takes when wrapped to `width` ems, guessing 0.6 em a character (Plot wraps at spaces). */
export function wrappedLines(label: string, width: number): number {
	const perLine = Math.max(1, Math.floor(width / 0.6));
	let lines = 1;
	let used = 0;
	// Plot also breaks after a hyphen ("in-" / "year").
	for (const word of label.split(/\s+|(?<=-)/).filter(Boolean)) {
		const needed = used === 0 ? word.length : used + 1 + word.length;
		if (used > 0 && needed > perLine) {
			lines += 1;
			used = word.length;
		} else used = needed;
	}
	return lines;
}

/**
 * Observable Plot options for the waterfall of one bridge: x is the line in bridge order (labels
 * wrapped to the width of a band), y the amount in the report's unit.
 */
export function waterfallOptions(
	report: Pick<BridgeReport, 'lines' | 'unit'>,
	{ width = 900, height = 420, selected, negatives }: WaterfallLayout = {}
): Plot.PlotOptions {
	const bars = waterfallBars(report, negatives);
	const labels = new Map(bars.map((b) => [b.key, b.label]));
	const marginLeft = 56;
	const marginRight = 16;
	const band = (width - marginLeft - marginRight) / Math.max(bars.length, 1);
	// Plot measures lineWidth in ems, guessing glyph widths from Helvetica; the page's sans-serif
	// (DejaVu Sans on Linux) runs about a fifth wider, so wrap to three quarters of a band, which
	// leaves clear air between neighbouring labels (at 1920 px "2016/17 Surplus" and "Growth
	// received" ran together on one line at 92%).
	const lineWidth = Math.max(4, (band * LABEL_SHARE) / FONT_SIZE);
	const above = bars.filter((b) => !labelAnchor(b).below);
	const below = bars.filter((b) => labelAnchor(b).below);
	const unit = UNIT_SYMBOL[report.unit];
	const scale = moneyScale(
		bars.flatMap((b) => [b.start, b.end]),
		report.unit,
		Math.max(2, Math.round(height / 50))
	);
	return {
		width,
		height,
		marginLeft,
		marginRight,
		marginTop: 28,
		// Room for the longest wrapped label, so none is cut off.
		marginBottom: 16 + LINE_HEIGHT * Math.max(2, ...bars.map((b) => wrappedLines(b.label, lineWidth))),
		style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', overflow: 'visible' },
		ariaLabel: 'Bridge waterfall',
		ariaDescription: bars.map((b) => `${b.label} ${b.text}`).join('; '),
		x: { domain: bars.map((b) => b.key), padding: 0.22, label: null },
		y: { label: unit, domain: scale.domain },
		color: {
			domain: Object.keys(WATERFALL_COLOURS),
			range: Object.values(WATERFALL_COLOURS)
		},
		marks: [
			Plot.axisX({
				tickFormat: (key: string) => labels.get(key) ?? key,
				lineWidth,
				tickSize: 0,
				tickPadding: 8,
				fontSize: FONT_SIZE,
				fill: '#212b32'
			}),
			...moneyAxisY(report.unit, scale, negatives),
			// Connectors from each bar's end to the next bar, drawn first so the bars cover them.
			Plot.link(bars.slice(0, -1), {
				x1: 'key',
				x2: (_b: WaterfallBar, i: number) => bars[i + 1]?.key,
				y1: 'end',
				y2: 'end',
				stroke: '#768692',
				strokeDasharray: '3,3',
				strokeWidth: 1
			}),
			Plot.barY(bars, {
				x: 'key',
				y1: 'start',
				y2: 'end',
				fill: 'kind',
				stroke: (b: WaterfallBar) => (b.key === selected ? '#212b32' : 'none'),
				strokeWidth: 2.5,
				title: (b: WaterfallBar) => `${b.label}: ${b.text} ${unit}`
			}),
			Plot.ruleY([0], { stroke: '#212b32', strokeWidth: 1 }),
			...[
				{ data: above.filter((b) => b.kind !== 'total'), dy: -8, fontWeight: 400 },
				{ data: above.filter((b) => b.kind === 'total'), dy: -8, fontWeight: 700 },
				{ data: below, dy: 10, fontWeight: 700 }
			].map(({ data, dy, fontWeight }) =>
				Plot.text(data, {
					x: 'key',
					y: (b: WaterfallBar) => labelAnchor(b).y,
					text: 'text',
					dy,
					fontWeight,
					fill: '#212b32'
				})
			)
		]
	};
}
