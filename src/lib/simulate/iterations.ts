// Running a block of iterations: for each, the draws from its own random stream (seed, i) and the
// evaluation of the model with them. A block's results depend only on the seed and the iteration
// numbers, so blocks can run in any order, on any number of workers, and join to the same figures.
import { drawSteps } from './distribution';
import type { Evaluator } from './evaluator';
import type { SimInput } from './inputs';
import { iterationRandom } from './random';

/** The draws of iteration `i`: one whole number of steps per input, in input order. */
export function iterationDraws(inputs: readonly SimInput[], seed: number, i: number): number[] {
	const random = iterationRandom(seed, i);
	return inputs.map((input) => drawSteps(input.distribution, random()));
}

/** Iterations `from` to `to - 1`: draws (iteration by input), positions and headroom (iteration by year), in pence. */
export interface IterationBlock {
	readonly from: number;
	readonly to: number;
	readonly draws: Float64Array;
	readonly position: Float64Array;
	readonly headroom: Float64Array;
	/** The first problem that stopped an iteration, if any did (the block stops there). */
	readonly problem?: { readonly path: string; readonly message: string };
}

/** Run iterations `from` to `to - 1`, calling `progress` with the count done every `every` iterations. */
export function runIterations(
	evaluator: Evaluator,
	inputs: readonly SimInput[],
	years: number,
	seed: number,
	from: number,
	to: number,
	progress?: (done: number) => void,
	every = 100
): IterationBlock {
	const n = to - from;
	const draws = new Float64Array(n * inputs.length);
	const position = new Float64Array(n * years);
	const headroom = new Float64Array(n * years);
	for (let k = 0; k < n; k++) {
		const steps = iterationDraws(inputs, seed, from + k);
		draws.set(steps, k * inputs.length);
		const figures = evaluator.evaluate(steps);
		if ('problems' in figures)
			return { from, to: from + k, draws, position, headroom, problem: figures.problems[0] };
		position.set(figures.position, k * years);
		headroom.set(figures.headroom, k * years);
		if (progress && (k + 1) % every === 0) progress(k + 1);
	}
	return { from, to, draws, position, headroom };
}
