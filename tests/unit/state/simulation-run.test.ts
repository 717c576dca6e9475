// SimulationRun over in-process stand-ins for Web Workers (the real worker's handler, answering
// on a timer like a worker): the same summary as one thread for any number of workers, progress,
// and Cancel ending every worker so no block runs after it.
import { describe, expect, it } from 'vitest';
import { SimulationRun, type WorkerLike } from '../../../src/lib/state/simulation-run.svelte';
import { simulate } from '../../../src/lib/simulate/simulate';
import { simulationWorker } from '../../../src/lib/simulate/worker-handler';
import type { FromWorker, ToWorker } from '../../../src/lib/simulate/worker-protocol';
import { shipped, valid } from '../simulate/models';

/** A worker stand-in; `ran` counts the blocks it ran, `terminated` whether it was ended. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: { data: FromWorker }) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	ran = 0;
	terminated = false;
	#handle = simulationWorker((data) => {
		if (!this.terminated) this.onmessage?.({ data });
	});
	postMessage(message: ToWorker) {
		setTimeout(() => {
			if (this.terminated) return;
			if (message.type === 'run') this.ran++;
			this.#handle(message);
		}, 0);
	}
	terminate() {
		this.terminated = true;
	}
}

const model = valid(shipped('portsmouth-ccg-2017-19'));

function running(workers: number) {
	const made: FakeWorker[] = [];
	const run = new SimulationRun(() => {
		const w = new FakeWorker();
		made.push(w);
		return w;
	}, workers);
	return { run, made };
}

const settled = (run: SimulationRun) =>
	new Promise<void>((resolve) => {
		const wait = () => (run.status === 'running' ? setTimeout(wait, 5) : resolve());
		wait();
	});

describe('SimulationRun', () => {
	it('gives the one-thread summary with 1, 2 and 4 workers, each working', async () => {
		const alone = simulate(model, { runs: 1_200, seed: 4 });
		if (!alone.ok) throw new Error('not run');
		for (const workers of [1, 2, 4]) {
			const { run, made } = running(workers);
			run.start(model, { runs: 1_200, seed: 4 });
			expect(run.status).toBe('running');
			await settled(run);
			expect(run.status).toBe('done');
			expect(run.done).toBe(1_200);
			expect(run.last?.summary).toEqual(alone.value.summary);
			expect(run.last?.note.engine).toBe('kernel');
			expect(made).toHaveLength(workers);
			expect(made.every((w) => w.ran > 0 && w.terminated)).toBe(true);
		}
	});

	it('stops every worker on Cancel: no block runs after it, and the last finished run stays', async () => {
		const { run, made } = running(2);
		run.start(model, { runs: 400, seed: 1 });
		await settled(run);
		const before = run.last;
		run.start(model, { runs: 20_000, seed: 2 });
		await new Promise<void>((resolve) => {
			const wait = () => (run.done > 0 ? resolve() : setTimeout(wait, 2));
			wait();
		});
		run.cancel();
		expect(run.status).toBe('cancelled');
		const second = made.slice(2);
		expect(second.every((w) => w.terminated)).toBe(true);
		const ran = second.map((w) => w.ran);
		const done = run.done;
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(second.map((w) => w.ran)).toEqual(ran);
		expect(run.done).toBe(done);
		expect(done).toBeLessThan(20_000);
		expect(run.last).toBe(before);
	});

	it('says what is wrong, and runs nothing, when the ranges cannot run', () => {
		const file = shipped('portsmouth-ccg-2017-19');
		file.uncertainty.ranges.push({
			path: 'nothing.here',
			distribution: { type: 'uniform', low: '0', high: '1' }
		});
		const { run, made } = running(2);
		run.start(valid(file), {});
		expect(run.status).toBe('failed');
		expect(run.problems[0]?.path).toBe('uncertainty.ranges[5].path');
		expect(made).toHaveLength(0);
	});
});
