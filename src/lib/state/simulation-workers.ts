// The page's simulation workers: one Web Worker per core (navigator.hardwareConcurrency), each
// running src/lib/simulate/simulation.worker.ts, which Vite bundles as a worker of its own.
import type { WorkerLike } from './simulation-run.svelte';

/** A new simulation worker. */
export function simulationWorker(): WorkerLike {
	return new Worker(new URL('../simulate/simulation.worker.ts', import.meta.url), {
		type: 'module',
		name: 'simulation'
	}) as unknown as WorkerLike;
}

/** How many workers to run: every core the browser reports (at least one; two if it does not say). */
export function coreCount(): number {
	const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
	return cores > 0 ? cores : 2;
}
