// What a simulation says, from every iteration's figures in iteration order: P10 / P50 / P90 and
// the mean of the risk-adjusted position per year, the chance of meeting the control total, a
// histogram, a fan chart's percentiles and the inputs that drive the spread (Spearman's rank
// correlation). Percentiles are nearest-rank, so each is one iteration's exact figure.
import { D, pounds, type Dec } from '../engine/index';

export interface YearSummary {
	readonly year: string;
	readonly p10: Dec;
	readonly p50: Dec;
	readonly p90: Dec;
	readonly mean: Dec;
	/** Iterations whose position met or beat the control total (headroom 0 or more). */
	readonly meets: number;
	/** meets / runs. */
	readonly probability: Dec;
	/** The control total (its median, should a range move it). */
	readonly target: Dec;
}

export interface FanPoint {
	readonly year: string;
	readonly p5: Dec;
	readonly p10: Dec;
	readonly p25: Dec;
	readonly p50: Dec;
	readonly p75: Dec;
	readonly p90: Dec;
	readonly p95: Dec;
}

export interface HistogramBin {
	/** The bin holds positions from `from` up to, not including, `to` (pounds). */
	readonly from: Dec;
	readonly to: Dec;
	readonly count: number;
}

export interface Driver {
	readonly path: string;
	readonly label: string;
	/** Spearman's rank correlation of the input's draws with the position, -1 to 1. */
	readonly correlation: number;
}

export interface SimulationSummary {
	readonly runs: number;
	readonly years: readonly YearSummary[];
	readonly fan: readonly FanPoint[];
	/** The year the histogram and drivers are of. */
	readonly year: string;
	readonly histogram: readonly HistogramBin[];
	/** Largest |correlation| first. */
	readonly drivers: readonly Driver[];
}

/** The nearest-rank `p`-quantile (0 < p <= 1) of ascending `sorted`. */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
	const rank = Math.max(1, Math.ceil(p * sorted.length - 1e-9));
	return sorted[Math.min(sorted.length, rank) - 1]!;
}

/** Ranks 1..n of `values`, ties sharing their average rank. */
export function ranks(values: ArrayLike<number>): Float64Array {
	const n = values.length;
	const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
	const out = new Float64Array(n);
	for (let i = 0; i < n;) {
		let j = i;
		while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) out[order[k]!] = rank;
		i = j + 1;
	}
	return out;
}

/** Pearson correlation of two equal-length series; 0 when either does not vary. */
function correlation(a: Float64Array, b: Float64Array): number {
	const n = a.length;
	let ma = 0;
	let mb = 0;
	for (let i = 0; i < n; i++) {
		ma += a[i]!;
		mb += b[i]!;
	}
	ma /= n;
	mb /= n;
	let ab = 0;
	let aa = 0;
	let bb = 0;
	for (let i = 0; i < n; i++) {
		const da = a[i]! - ma;
		const db = b[i]! - mb;
		ab += da * db;
		aa += da * da;
		bb += db * db;
	}
	return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
}

/** One year's column (iteration by year, in pence) of `table`. */
function column(table: Float64Array, years: number, y: number, runs: number): Float64Array {
	const out = new Float64Array(runs);
	for (let i = 0; i < runs; i++) out[i] = table[i * years + y]!;
	return out;
}

const BINS = 30;

/** The smallest width of 1, 2, 2.5 or 5 x 10^k pence that covers `span` in at most BINS bins. */
export function binWidth(span: number): number {
	const raw = Math.max(1, span / BINS);
	for (let power = 1; ; power *= 10)
		for (const m of [1, 2, 2.5, 5]) if (m * power >= raw && Number.isInteger(m * power)) return m * power;
}

/** Bins of a round width in whole pence, from a multiple of it at or below the lowest position. */
function histogram(sorted: Float64Array): HistogramBin[] {
	const min = sorted[0]!;
	const max = sorted[sorted.length - 1]!;
	const width = binWidth(max - min + 1);
	const start = Math.floor(min / width) * width;
	const bins = Math.floor((max - start) / width) + 1;
	const counts = new Array<number>(bins).fill(0);
	for (const v of sorted) counts[Math.floor((v - start) / width)]! += 1;
	return counts.map((count, i) => ({
		from: pounds(start + i * width),
		to: pounds(start + (i + 1) * width),
		count
	}));
}

/**
 * Summarise `runs` iterations: `position` and `headroom` are iteration by year, `draws` iteration
 * by input, all in iteration order; `year` is the index of the year the histogram and drivers show.
 */
export function summarise(
	yearLabels: readonly string[],
	inputs: readonly { readonly path: string; readonly label: string }[],
	runs: number,
	position: Float64Array,
	headroom: Float64Array,
	draws: Float64Array,
	year: number
): SimulationSummary {
	const n = yearLabels.length;
	const sortedByYear = yearLabels.map((_, y) => column(position, n, y, runs).sort());
	const years = yearLabels.map((label, y): YearSummary => {
		const sorted = sortedByYear[y]!;
		let total = D(0);
		let chunk = 0;
		// Whole pence add exactly in a double up to 2^53; a Decimal takes each chunk's total.
		for (let i = 0; i < runs; i++) {
			chunk += sorted[i]!;
			if (i % 64 === 63) {
				total = total.plus(chunk);
				chunk = 0;
			}
		}
		total = total.plus(chunk);
		let meets = 0;
		const targets = new Float64Array(runs);
		for (let i = 0; i < runs; i++) {
			if (headroom[i * n + y]! >= 0) meets++;
			targets[i] = position[i * n + y]! - headroom[i * n + y]!;
		}
		return {
			year: label,
			p10: pounds(nearestRank(sorted, 0.1)),
			p50: pounds(nearestRank(sorted, 0.5)),
			p90: pounds(nearestRank(sorted, 0.9)),
			mean: total.div(runs).div(100),
			meets,
			probability: D(meets).div(runs),
			target: pounds(nearestRank(targets.sort(), 0.5))
		};
	});
	const fan = yearLabels.map((label, y): FanPoint => {
		const s = sortedByYear[y]!;
		const q = (p: number) => pounds(nearestRank(s, p));
		return {
			year: label,
			p5: q(0.05),
			p10: q(0.1),
			p25: q(0.25),
			p50: q(0.5),
			p75: q(0.75),
			p90: q(0.9),
			p95: q(0.95)
		};
	});
	const outputRanks = ranks(column(position, n, year, runs));
	const drivers = inputs
		.map((input, j): Driver => ({
			path: input.path,
			label: input.label,
			correlation: correlation(ranks(column(draws, inputs.length, j, runs)), outputRanks)
		}))
		.sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));
	return {
		runs,
		years,
		fan,
		year: yearLabels[year]!,
		histogram: histogram(sortedByYear[year]!),
		drivers
	};
}
