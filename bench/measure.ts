// Timing one function: warm up, then take many samples and keep order statistics. Medians, not
// means, because a single garbage collection or JIT deopt can dominate a mean; p90 shows how
// often such pauses hit.

export interface MeasureOptions {
	/** Calls before sampling starts, so V8 has optimised the code we are about to time. */
	readonly warmup: number;
	/** Samples kept. */
	readonly runs: number;
	/**
	 * Calls per sample. Above 1 only for functions that take a few microseconds, where the cost
	 * of reading the clock would otherwise be part of what we measure.
	 */
	readonly batch?: number;
}

export interface Timing {
	readonly runs: number;
	readonly batch: number;
	readonly medianMs: number;
	readonly p90Ms: number;
	readonly minMs: number;
	readonly maxMs: number;
}

/** One line of the report: a timing, and what it is judged against. */
export interface Row extends Timing {
	readonly name: string;
	/** Median must be under this, in ms; absent for rows that are only context. */
	readonly targetMs?: number;
	readonly pass?: boolean;
	/** Median of this row / median of its baseline row, timed in the same run. */
	readonly ratio?: { readonly of: string; readonly value: number };
	readonly baselineOf?: string;
}

// Every result is stored here so V8 cannot prove the timed call useless and drop it.
let sink: unknown;

/** The sample at quantile q (0..1) of an ascending list, by nearest rank. */
export function quantile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return NaN;
	const rank = Math.ceil(q * sorted.length) - 1;
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

/** Order statistics of the samples, in ms. */
function timing(samples: number[], options: MeasureOptions, batch: number): Timing {
	// Reading the sink keeps it live; a timed call that returns nothing is probably not the real work.
	if (sink === undefined) throw new Error('the timed function returned nothing');
	samples.sort((a, b) => a - b);
	return {
		runs: options.runs,
		batch,
		medianMs: quantile(samples, 0.5),
		p90Ms: quantile(samples, 0.9),
		minMs: samples[0] ?? NaN,
		maxMs: samples.at(-1) ?? NaN
	};
}

/** Time `fn`: `runs` samples after `warmup` calls, each sample the mean of `batch` calls, in ms. */
export function measure(fn: () => unknown, options: MeasureOptions): Timing {
	const batch = options.batch ?? 1;
	for (let i = 0; i < options.warmup; i++) sink = fn();
	const samples: number[] = [];
	for (let r = 0; r < options.runs; r++) {
		// hrtime.bigint has nanosecond resolution; performance.now() may be coarsened.
		const start = process.hrtime.bigint();
		for (let b = 0; b < batch; b++) sink = fn();
		const elapsed = process.hrtime.bigint() - start;
		samples.push(Number(elapsed) / 1e6 / batch);
	}
	return timing(samples, options, batch);
}

/** `measure` for work that ends in a promise (zipping a workbook): each sample awaits one call. */
export async function measureAsync(fn: () => Promise<unknown>, options: MeasureOptions): Promise<Timing> {
	for (let i = 0; i < options.warmup; i++) sink = await fn();
	const samples: number[] = [];
	for (let r = 0; r < options.runs; r++) {
		const start = process.hrtime.bigint();
		sink = await fn();
		samples.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return timing(samples, options, 1);
}

/** Milliseconds with as many places as a figure of that size needs. */
export const ms = (value: number) =>
	value < 0.1 ? value.toFixed(4) : value < 10 ? value.toFixed(3) : value.toFixed(1);

/**
 * Print rows as the bench's table. `tail` names the upper quantile column and picks it from a row
 * (p90 for the engine; p95 for the browser, whose timings have longer tails).
 */
export function printTable<R extends Row>(
	rows: readonly R[],
	tail: { readonly label: string; readonly of: (row: R) => number } = { label: 'p90', of: (r) => r.p90Ms }
): void {
	const header = ['benchmark', 'median ms', `${tail.label} ms`, 'target', 'result', 'ratio'];
	const body = rows.map((r) => [
		r.name,
		ms(r.medianMs),
		ms(tail.of(r)),
		r.targetMs === undefined ? '-' : `< ${r.targetMs} ms`,
		r.pass === undefined ? '-' : r.pass ? 'pass' : 'MISSED TARGET',
		r.ratio !== undefined
			? `${r.ratio.of} = ${r.ratio.value < 10 ? r.ratio.value.toPrecision(2) : r.ratio.value.toFixed(0)}x`
			: r.baselineOf
				? `baseline (${r.baselineOf})`
				: '-'
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => (cells[i] ?? '').length)));
	// Numbers right-aligned so the decimal points line up; words left-aligned.
	const numeric = [false, true, true, false, false, false];
	const format = (cells: readonly string[]) =>
		cells
			.map((c, i) => (numeric[i] ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	console.log(format(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const cells of body) console.log(format(cells));
}
