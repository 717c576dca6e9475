// The surplus/(deficit) position over the model years: a bar per year for the closing position of
// the bridge (below zero when in deficit), the target (control total) as a second series and the
// zero line. Pure: results in, Plot options out; a figure becomes a JS number only for drawing.
import * as Plot from '@observablehq/plot';
import {
	closingOf,
	D,
	type Dec,
	type ModelResult,
	displayDp,
	showAmount,
	UNIT_SYMBOL,
	type MoneyUnit,
	type NegativeStyle
} from '../engine/index';
import { CONSOLIDATED, inUnit } from '../io/bridge-report';
import { WATERFALL_COLOURS } from './waterfall';
import { moneyScale } from './money-axis';
import { FONT_SIZE, yearAxes } from './year-axes';

export type PositionKind = 'surplus' | 'deficit' | 'target';

/** NHS identity colours: blue for a surplus (or break-even), red for a deficit, black for the target. */
export const POSITION_COLOURS: Readonly<Record<PositionKind, string>> = {
	surplus: WATERFALL_COLOURS.total,
	deficit: WATERFALL_COLOURS.decrease,
	target: '#212b32'
};

export const POSITION_LABEL: Readonly<Record<PositionKind, string>> = {
	surplus: 'Surplus',
	deficit: 'Deficit',
	target: 'Target (control total)'
};

/** One model year: exact strings in the chart's unit, numbers for drawing only. */
export interface PositionYear {
	readonly year: string;
	/** The bridge's closing line: the planned in-year surplus/(deficit). */
	readonly closing: string;
	readonly target: string;
	/** closing - target: above zero, the plan beats its control total. */
	readonly headroom: string;
	readonly kind: 'surplus' | 'deficit';
	readonly closingAmount: number;
	readonly targetAmount: number;
	/** Rounded half-up for display, negatives in brackets. */
	readonly text: { readonly closing: string; readonly target: string; readonly headroom: string };
}

export interface PositionChart {
	readonly organisation: string;
	readonly organisationName: string;
	readonly unit: MoneyUnit;
	readonly years: readonly PositionYear[];
}

export interface PositionChartLayout {
	readonly width?: number;
	readonly height?: number;
	/** How the axis writes negatives, as the page does. */
	readonly negatives?: NegativeStyle;
}

/**
 * The position chart of one organisation (or CONSOLIDATED, the sum over organisations) in `unit`.
 * @example positionChartData(evaluateModel(input, 'plan'), 'portsmouth', 'm').years[0]
 * // { year: '2017/18', closing: '0.5045', target: '0', headroom: '0.5045', kind: 'surplus', ... }
 */
export function positionChartData(
	result: ModelResult,
	organisation: string,
	unit: MoneyUnit,
	negatives: NegativeStyle = 'brackets'
): PositionChart {
	let name = 'Consolidated';
	let years: { year: string; closing: Dec; target: Dec; headroom: Dec }[];
	if (organisation === CONSOLIDATED) {
		years = result.consolidated.map((y) => ({
			year: y.year,
			closing: closingOf(y.lines),
			target: y.target,
			headroom: y.headroom
		}));
	} else {
		const org = result.organisations.find((o) => o.id === organisation);
		if (!org) throw new Error(`No organisation "${organisation}" in the model`);
		name = org.name;
		years = org.years.map((y) => ({
			year: y.year,
			closing: closingOf(y.lines),
			target: y.target,
			headroom: y.headroom
		}));
	}
	const dp = displayDp(unit);
	return {
		organisation,
		organisationName: name,
		unit,
		years: years.map((y) => {
			const closing = inUnit(y.closing, unit);
			const target = inUnit(y.target, unit);
			const headroom = inUnit(y.headroom, unit);
			return {
				year: y.year,
				closing,
				target,
				headroom,
				kind: y.closing.isNegative() ? 'deficit' : 'surplus',
				closingAmount: D(closing).toNumber(),
				targetAmount: D(target).toNumber(),
				text: {
					closing: showAmount(closing, dp, negatives),
					target: showAmount(target, dp, negatives),
					headroom: showAmount(headroom, dp, negatives)
				}
			};
		})
	};
}

/** In words for screen readers: each year's position and target. */
export function positionChartDescription(chart: PositionChart): string {
	const unit = UNIT_SYMBOL[chart.unit];
	return chart.years
		.map((y) => `${y.year}: surplus/(deficit) ${y.text.closing}, target ${y.text.target} ${unit}`)
		.join('; ');
}

/**
 * Observable Plot options for the position chart: x is the model year, y the amount in the
 * chart's unit; deficits are red bars below the zero line, the target a dashed line with dots.
 * @example Plot.plot(positionChartOptions(positionChartData(result, CONSOLIDATED, 'm'), { width: 800 }))
 */
export function positionChartOptions(
	chart: PositionChart,
	{ width = 800, height = 320, negatives }: PositionChartLayout = {}
): Plot.PlotOptions {
	const unit = UNIT_SYMBOL[chart.unit];
	const above = chart.years.filter((y) => y.kind === 'surplus');
	const below = chart.years.filter((y) => y.kind === 'deficit');
	// Zero always shows, so a deficit is plainly below the line.
	const scale = moneyScale(
		chart.years.flatMap((y) => [y.closingAmount, y.targetAmount]),
		chart.unit,
		Math.max(2, Math.round(height / 50))
	);
	return {
		width,
		height,
		marginLeft: 56,
		marginRight: 16,
		marginTop: 28,
		marginBottom: 32,
		style: { fontSize: `${FONT_SIZE}px`, fontFamily: 'inherit', overflow: 'visible' },
		ariaLabel: `Surplus/(deficit) position and target, ${chart.organisationName}`,
		ariaDescription: positionChartDescription(chart),
		x: { domain: chart.years.map((y) => y.year), padding: 0.4, label: null },
		y: { label: unit, domain: scale.domain },
		color: { domain: Object.keys(POSITION_COLOURS), range: Object.values(POSITION_COLOURS) },
		marks: [
			...yearAxes(chart.unit, scale, negatives),
			Plot.barY(chart.years, {
				x: 'year',
				y: 'closingAmount',
				fill: 'kind',
				title: (y: PositionYear) =>
					`${y.year} surplus/(deficit): ${y.text.closing} ${unit} (target ${y.text.target}, headroom ${y.text.headroom})`
			}),
			Plot.ruleY([0], { stroke: '#212b32', strokeWidth: 1.5 }),
			Plot.lineY(chart.years, {
				x: 'year',
				y: 'targetAmount',
				stroke: POSITION_COLOURS.target,
				strokeWidth: 2,
				strokeDasharray: '6,4'
			}),
			Plot.dot(chart.years, {
				x: 'year',
				y: 'targetAmount',
				r: 4,
				fill: POSITION_COLOURS.target,
				stroke: 'white',
				title: (y: PositionYear) => `${y.year} target: ${y.text.target} ${unit}`
			}),
			// Labels above a surplus, below a deficit.
			...[
				{ data: above, dy: -10 },
				{ data: below, dy: 12 }
			].map(({ data, dy }) =>
				Plot.text(data, {
					x: 'year',
					y: 'closingAmount',
					text: (y: PositionYear) => y.text.closing,
					dy,
					fontWeight: 700,
					fill: '#212b32'
				})
			)
		]
	};
}
