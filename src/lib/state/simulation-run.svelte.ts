// A simulation running in Web Workers, as the page sees it: progress, Cancel, and the summary when
// every block is in. The iterations are cut into blocks handed to whichever worker is free; each
// block's figures depend only on the seed and its iteration numbers, so the summary is the same
// for any number of workers. Cancel ends every worker at once (terminate), so no work goes on.
import type { Problem } from '$lib/model/problems';
import type { ValidModel } from '$lib/model/valid-model';
import type { IterationBlock } from '$lib/simulate/iterations';
import {
	joinBlocks,
	prepareSimulation,
	summariseRuns,
	type EngineNote,
	type PreparedSimulation,
	type SimulationOptions
} from '$lib/simulate/simulate';
import type { SimulationSummary } from '$lib/simulate/summary';
import type { FromWorker, ToWorker } from '$lib/simulate/worker-protocol';

/** What the run needs of a Worker (a real one, or an in-process stand-in in tests). */
export interface WorkerLike {
	postMessage(message: ToWorker): void;
	terminate(): void;
	onmessage: ((event: { data: FromWorker }) => void) | null;
	onerror: ((event: unknown) => void) | null;
}

export type RunStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface FinishedRun {
	readonly prepared: PreparedSimulation;
	readonly summary: SimulationSummary;
	readonly note: EngineNote;
	/** Wall-clock milliseconds from Run to the summary, workers' start included. */
	readonly milliseconds: number;
	readonly workers: number;
}

/** Iterations per block handed to a worker: small enough for steady progress and a quick share-out. */
export const BLOCK_SIZE = 250;

export class SimulationRun {
	#makeWorker: () => WorkerLike;
	#workers: WorkerLike[] = [];
	#generation = 0;

	status = $state<RunStatus>('idle');
	done = $state(0);
	total = $state(0);
	problems = $state.raw<readonly Problem[]>([]);
	last = $state.raw<FinishedRun>();

	/** `makeWorker` makes one worker; `workers` is how many to use (every core, say). */
	constructor(
		makeWorker: () => WorkerLike,
		readonly workers: number
	) {
		this.#makeWorker = makeWorker;
	}

	/** Start a run of `model` (ending any run under way); the summary arrives in `last`. */
	start(model: ValidModel, options: SimulationOptions): void {
		this.#stop();
		const generation = ++this.#generation;
		const began = performance.now();
		const prepared = prepareSimulation(model, options);
		if (!prepared.ok) {
			this.problems = prepared.problems;
			this.status = 'failed';
			return;
		}
		const p = prepared.value;
		this.problems = [];
		this.status = 'running';
		this.done = 0;
		this.total = p.runs;
		const queue: [number, number][] = [];
		for (let from = 0; from < p.runs; from += BLOCK_SIZE)
			queue.push([from, Math.min(p.runs, from + BLOCK_SIZE)]);
		const blocks: IterationBlock[] = [];
		// Bookkeeping of this run only, never shown as it is: plain records, not reactive ones.
		const partial: Record<number, number> = {};
		const notes: EngineNote[] = [];
		let finished = 0;
		const count = Math.max(1, Math.min(this.workers, queue.length));
		const file = JSON.parse(JSON.stringify(model)) as unknown;
		const startMessage: ToWorker = { type: 'start', file, options: { ...options, pathsChecked: true } };
		const next = (worker: WorkerLike) => {
			const block = queue.shift();
			if (block) worker.postMessage({ type: 'run', from: block[0], to: block[1] });
		};
		const progress = () => {
			let partly = 0;
			for (const n of Object.values(partial)) partly += n;
			this.done = finished + partly;
		};
		const fail = (problems: readonly Problem[]) => {
			this.#stop();
			this.problems = problems;
			this.status = 'failed';
		};
		for (let w = 0; w < count; w++) {
			const worker = this.#makeWorker();
			this.#workers.push(worker);
			worker.onerror = () =>
				generation === this.#generation &&
				fail([{ path: 'simulation', message: 'a simulation worker stopped with an error' }]);
			worker.onmessage = ({ data }) => {
				if (generation !== this.#generation) return;
				switch (data.type) {
					case 'problems':
						return fail(data.problems);
					case 'ready':
						return next(worker);
					case 'progress':
						partial[data.from] = data.done;
						return progress();
					case 'block': {
						if (data.block.problem) return fail([data.block.problem]);
						delete partial[data.block.from];
						blocks.push(data.block);
						notes[w] = data.note;
						finished += data.block.to - data.block.from;
						progress();
						if (finished < p.runs) return next(worker);
						this.#stop();
						const reason = notes.find((n) => n.reason !== undefined)?.reason;
						const note: EngineNote = {
							engine: notes.every((n) => n.engine === 'kernel') ? 'kernel' : 'exact',
							exactIterations: notes.reduce((n, e) => n + e.exactIterations, 0),
							...(reason === undefined ? {} : { reason })
						};
						const summary = summariseRuns(p, joinBlocks(blocks, p.inputs.length, p.years.length, p.runs));
						this.last = {
							prepared: p,
							summary,
							note,
							milliseconds: performance.now() - began,
							workers: count
						};
						this.status = 'done';
						return;
					}
				}
			};
			worker.postMessage(startMessage);
		}
	}

	/** Stop the run under way: every worker ends now; the last finished run stays. */
	cancel(): void {
		if (this.status !== 'running') return;
		this.#stop();
		this.#generation++;
		this.status = 'cancelled';
	}

	/** End the workers (a page leaving calls this too). */
	dispose(): void {
		this.#stop();
		this.#generation++;
	}

	#stop() {
		for (const w of this.#workers) w.terminate();
		this.#workers = [];
	}
}
