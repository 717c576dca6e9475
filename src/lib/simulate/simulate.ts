// A Monte Carlo simulation of a scenario: its ranges drawn `runs` times from a seed, each iteration
// an exact evaluation of a valid model (the kernel's, or the Decimal engine's when the kernel cannot
// hold it), summarised. `prepareSimulation` and `runIterations` are what a worker repeats on its
// share of the iterations; `simulate` runs them all in one thread (the CLI, tests, the bench).
import { readAt, setAtPath, type Json } from '../model/json-path';
import type { Problem, Result } from '../model/problems';
import { BASELINE, scenarioName } from '../model/scenario';
import { scenarioFile, validateModel, type ValidModel } from '../model/valid-model';
import { CONSOLIDATED } from '../io/bridge-report';
import { quantile } from './distribution';
import { drawnValue, makeEvaluator, type Evaluator } from './evaluator';
import { simulationInputs, type SimInput } from './inputs';
import { runIterations, type IterationBlock } from './iterations';
import { summarise, type SimulationSummary } from './summary';

export const DEFAULT_RUNS = 10_000;
export const DEFAULT_SEED = 1;
export const MAX_RUNS = 100_000;

export interface SimulationOptions {
	readonly runs?: number;
	readonly seed?: number;
	readonly scenario?: string;
	/** An organisation id or "consolidated"; the only organisation, or consolidated, when left out. */
	readonly organisation?: string;
	/** The year the histogram and drivers show; the last year when left out. */
	readonly year?: string;
	/** Whether the ranges' paths were checked already (by the page, before it starts workers). */
	readonly pathsChecked?: boolean;
}

export interface PreparedSimulation {
	readonly runs: number;
	readonly seed: number;
	readonly scenario: string;
	readonly scenarioName: string;
	readonly organisation: string;
	readonly years: readonly string[];
	readonly year: number;
	readonly inputs: readonly SimInput[];
	readonly evaluator: Evaluator;
}

/** Which engine the iterations ran on, in words: "integer-pence kernel" or why not. */
export interface EngineNote {
	readonly engine: 'kernel' | 'exact';
	readonly reason?: string;
	readonly exactIterations: number;
}

export interface SimulationResult extends EngineNote {
	readonly prepared: PreparedSimulation;
	readonly summary: SimulationSummary;
}

const isWhole = (n: number, lo: number, hi: number) => Number.isInteger(n) && n >= lo && n <= hi;

/** Problems with a range's path: it must name a numeric input the file can take a value at. */
function pathProblems(file: ValidModel, inputs: readonly SimInput[]): Problem[] {
	const middle = (input: SimInput) =>
		drawnValue(input, Math.round(quantile(input.distribution, 0.5))).toString();
	const setAll = (chosen: readonly SimInput[]) => {
		let changed: Json = file;
		for (const input of chosen) {
			const current = readAt(changed, input.path);
			if (typeof current === 'string' && !/^(=|-?\d|balance$)/.test(current))
				return { path: `${input.where}.path`, message: `"${input.path}" is text, not a numeric input` };
			const set = setAtPath(changed, input.path, middle(input), file.years);
			if ('error' in set) return { path: `${input.where}.path`, message: set.error };
			changed = set.file;
		}
		const valid = validateModel(changed);
		return valid.ok ? undefined : valid.problems[0]!;
	};
	if (setAll(inputs) === undefined) return [];
	// Something is wrong: find each range that is wrong on its own.
	return inputs.flatMap((input) => {
		const problem = setAll([input]);
		return problem ? [{ path: `${input.where}.path`, message: `"${input.path}": ${problem.message}` }] : [];
	});
}

/** Check the options and the scenario's ranges, and make the evaluator. */
export function prepareSimulation(
	model: ValidModel,
	options: SimulationOptions = {}
): Result<PreparedSimulation> {
	const problems: Problem[] = [];
	const runs = options.runs ?? DEFAULT_RUNS;
	const seed = options.seed ?? DEFAULT_SEED;
	const scenario = options.scenario ?? BASELINE;
	if (!isWhole(runs, 1, MAX_RUNS))
		problems.push({ path: 'runs', message: `must be a whole number from 1 to ${MAX_RUNS}` });
	if (!isWhole(seed, 0, 0xffffffff))
		problems.push({ path: 'seed', message: 'must be a whole number from 0 to 4294967295' });
	const resolved = scenarioFile(model, scenario);
	if (!resolved) problems.push({ path: 'scenario', message: `there is no scenario "${scenario}"` });
	const organisation =
		options.organisation ?? (model.organisations.length === 1 ? model.organisations[0]!.id : CONSOLIDATED);
	if (organisation !== CONSOLIDATED && !model.organisations.some((o) => o.id === organisation))
		problems.push({
			path: 'organisation',
			message: `there is no organisation "${organisation}" (or use "consolidated")`
		});
	const year = options.year === undefined ? model.years.length - 1 : model.years.indexOf(options.year);
	if (year < 0) problems.push({ path: 'year', message: `the model has no year "${options.year}"` });
	if (problems.length > 0 || !resolved) return { ok: false, problems };
	// The baseline is the model itself; another scenario's resolved file, checked again, is its own baseline.
	const file: Result<ValidModel> =
		scenario === BASELINE ? { ok: true, value: model } : validateModel(resolved);
	if (!file.ok) return file;
	const found = simulationInputs(file.value);
	if ('problems' in found) return { ok: false, problems: found.problems };
	// A worker is sent ranges the page has checked already; checking them costs a validation or two.
	const wrong = options.pathsChecked ? [] : pathProblems(file.value, found.inputs);
	if (wrong.length > 0) return { ok: false, problems: wrong };
	const valid = file.value;
	let evaluator: Evaluator | undefined;
	return {
		ok: true,
		value: {
			runs,
			seed,
			scenario,
			scenarioName: scenarioName(model, scenario),
			organisation,
			years: model.years,
			year,
			inputs: found.inputs,
			// Made on first use: the page prepares a run only to check it and summarise the workers'.
			get evaluator() {
				return (evaluator ??= makeEvaluator(valid, found.inputs, organisation));
			}
		}
	};
}

/** Blocks of iterations (any order, covering 0..runs-1 once) joined in iteration order. */
export function joinBlocks(blocks: readonly IterationBlock[], inputs: number, years: number, runs: number) {
	const draws = new Float64Array(runs * inputs);
	const position = new Float64Array(runs * years);
	const headroom = new Float64Array(runs * years);
	for (const b of blocks) {
		draws.set(b.draws.subarray(0, (b.to - b.from) * inputs), b.from * inputs);
		position.set(b.position.subarray(0, (b.to - b.from) * years), b.from * years);
		headroom.set(b.headroom.subarray(0, (b.to - b.from) * years), b.from * years);
	}
	return { draws, position, headroom };
}

/** The summary of joined iterations of a prepared simulation. */
export function summariseRuns(
	p: PreparedSimulation,
	joined: ReturnType<typeof joinBlocks>
): SimulationSummary {
	return summarise(p.years, p.inputs, p.runs, joined.position, joined.headroom, joined.draws, p.year);
}

/** Run a whole simulation in this thread. */
export function simulate(model: ValidModel, options: SimulationOptions = {}): Result<SimulationResult> {
	const prepared = prepareSimulation(model, options);
	if (!prepared.ok) return prepared;
	const p = prepared.value;
	const block = runIterations(p.evaluator, p.inputs, p.years.length, p.seed, 0, p.runs);
	if (block.problem) return { ok: false, problems: [block.problem] };
	const summary = summariseRuns(p, joinBlocks([block], p.inputs.length, p.years.length, p.runs));
	const { engine, reason, exactIterations } = p.evaluator;
	return {
		ok: true,
		value: { prepared: p, summary, engine, exactIterations, ...(reason ? { reason } : {}) }
	};
}
