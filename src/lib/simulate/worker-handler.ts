// What a simulation worker does with each message: check the model it is sent (as the page does),
// then run each block of iterations it is given, posting progress and the figures back. Kept apart
// from the Worker's global scope so tests can run it in-process.
import { validateModel } from '../model/valid-model';
import { runIterations } from './iterations';
import { prepareSimulation, type PreparedSimulation } from './simulate';
import type { FromWorker, ToWorker } from './worker-protocol';

export type Post = (message: FromWorker, transfer?: Transferable[]) => void;

/** A worker's message handler, holding the simulation it was started with. */
export function simulationWorker(post: Post): (message: ToWorker) => void {
	let prepared: PreparedSimulation | undefined;
	return (data) => {
		if (data.type === 'start') {
			const model = validateModel(data.file);
			const made = model.ok ? prepareSimulation(model.value, data.options) : model;
			if (!made.ok) return post({ type: 'problems', problems: made.problems });
			prepared = made.value;
			return post({ type: 'ready' });
		}
		if (!prepared) return;
		const p = prepared;
		const { from, to } = data;
		const block = runIterations(p.evaluator, p.inputs, p.years.length, p.seed, from, to, (done) =>
			post({ type: 'progress', from, done })
		);
		const { engine, reason, exactIterations } = p.evaluator;
		post({ type: 'block', block, note: { engine, exactIterations, ...(reason ? { reason } : {}) } }, [
			block.draws.buffer,
			block.position.buffer,
			block.headroom.buffer
		]);
	};
}
