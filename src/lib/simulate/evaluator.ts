// Evaluating one iteration: the scenario's model with each drawn input set, and the risk-adjusted
// position and its headroom over the control total read per year, in whole pence. The integer-pence
// kernel does it when it can hold the model and set every drawn input in place; otherwise each
// draw is written into the file, checked and evaluated the exact Decimal way (the one evaluation
// path), and the result says which was used and why.
import { BASELINE } from '../model/scenario';
import {
	compileKernel,
	D,
	KERNEL_RATE_UNIT,
	lineValue,
	type Dec,
	type Kernel,
	type KernelFigures
} from '../engine/index';
import { evaluateScenario } from '../model/evaluate-scenario';
import { setAtPath, type Json } from '../model/json-path';
import type { Problem } from '../model/problems';
import type { ModelFile } from '../model/schema';
import { validateModel, type ValidModel } from '../model/valid-model';
import { CONSOLIDATED } from '../io/bridge-report';
import { measureValues } from '../io/comparison';
import { kernelTargets, type KernelTarget } from './kernel-targets';
import type { SimInput } from './inputs';

/** One iteration's figures per year, in pence: the risk-adjusted position and it less the target. */
export interface IterationFigures {
	readonly position: number[];
	readonly headroom: number[];
}

/** Evaluates iterations of one simulation: draws (whole steps, one per input) in, figures out. */
export interface Evaluator {
	/** 'kernel' while every iteration so far ran on it; 'exact' when none can. */
	readonly engine: 'kernel' | 'exact';
	/** Why the kernel is not used (for all iterations, or the first that fell back). */
	readonly reason?: string;
	/** Iterations the kernel could not run, evaluated exactly instead. */
	readonly exactIterations: number;
	evaluate(steps: ArrayLike<number>): IterationFigures | { problems: Problem[] };
}

/** A drawn value in the file's terms: "2.13" (percent), "3.10000001" (£m). */
export function drawnValue(input: SimInput, steps: number): Dec {
	return D(steps).times(input.step);
}

/** Pounds (a Dec of whole pence) as a count of pence. */
const toPence = (pounds: Dec) => pounds.times(100).toNumber();

/** The exact evaluation of one draw: the values written into the file, checked, evaluated. */
function exactEvaluation(file: ModelFile, inputs: readonly SimInput[], organisation: string) {
	return (steps: ArrayLike<number>): IterationFigures | { problems: Problem[] } => {
		let changed: Json = file;
		for (let i = 0; i < inputs.length; i++) {
			const input = inputs[i]!;
			const set = setAtPath(changed, input.path, drawnValue(input, steps[i]!).toString(), file.years);
			if ('error' in set) return { problems: [{ path: `${input.where}.path`, message: set.error }] };
			changed = set.file;
		}
		const valid = validateModel(changed);
		if (!valid.ok) return { problems: valid.problems };
		const evaluation = evaluateScenario(valid.value, BASELINE);
		const plan = evaluation.result('plan');
		const risk = evaluation.result('risk');
		if (!plan || !risk) return { problems: [...evaluation.problems] };
		const position: number[] = [];
		const headroom: number[] = [];
		file.years.forEach((_, y) => {
			const m = measureValues(plan, risk, organisation, y);
			position.push(toPence(m.risk_surplus));
			headroom.push(toPence(m.risk_gap));
		});
		return { position, headroom };
	};
}

/** A drawn value as the kernel takes it: pounds, or a fraction. */
function kernelValue(input: SimInput, target: KernelTarget, value: Dec, unit: ModelFile['unit']): Dec {
	if (target.value === 'rate') return value.div(100);
	const scale = unit === 'm' ? 1_000_000 : unit === 'k' ? 1_000 : 1;
	return input.kind === 'money' ? value.times(scale) : value;
}

/** The kernel figures of `organisation` (or their consolidated total) in a run. */
function figuresOf(
	run: { organisations: readonly KernelFigures[]; consolidated: KernelFigures },
	index: number
) {
	return index < 0 ? run.consolidated : run.organisations[index]!;
}

/**
 * The evaluator of `file` (a scenario's resolved, valid file) for `organisation` (an id or
 * "consolidated"): on the kernel when it can, else exact.
 */
export function makeEvaluator(
	file: ValidModel,
	inputs: readonly SimInput[],
	organisation: string,
	options: { readonly exact?: boolean } = {}
): Evaluator {
	// Each exact iteration checks the drawn file again: without scenarios or layout, only the model.
	const exact = exactEvaluation({ ...file, scenarios: [], notebook: undefined }, inputs, organisation);
	const exactOnly = (reason: string): Evaluator => ({
		engine: 'exact',
		reason,
		exactIterations: 0,
		evaluate: exact
	});
	if (options.exact) return exactOnly('the exact evaluation was asked for');
	const input = evaluateScenario(file, BASELINE).input;
	if (!input) return exactOnly('the model could not be worked out');
	const compiled = compileKernel(input);
	if (!compiled.ok) return exactOnly(compiled.reason);
	const kernel: Kernel = compiled.kernel;
	// Each drawn input's setters, found once, and how many kernel units one step of it is (a rate's
	// 0.01 pp is 1,000 units of 10^-7; an amount's penny is one penny), so a draw sets whole numbers.
	const setters: { set: (held: number) => string | undefined; perStep: number }[][] = [];
	for (const i of inputs) {
		const found = kernelTargets(file, i.path);
		if (!found) return exactOnly(`the kernel cannot set ${i.path} in place`);
		const row = [];
		for (const target of found) {
			const set = kernel.heldSetter(target.path);
			if (typeof set === 'string') return exactOnly(set);
			const unit = kernelValue(i, target, i.step, file.unit).times(
				target.value === 'rate' ? KERNEL_RATE_UNIT : 100
			);
			if (!unit.isInteger())
				return exactOnly(`a step of ${i.path} is not a whole number of the kernel's units`);
			row.push({ set, perStep: unit.toNumber() });
		}
		setters.push(row);
	}
	const orgIndex = organisation === CONSOLIDATED ? -1 : kernel.organisations.indexOf(organisation);
	const years = file.years.length;
	let reason: string | undefined;
	let exactIterations = 0;
	const fallBack = (why: string, steps: ArrayLike<number>) => {
		reason ??= why;
		exactIterations += 1;
		return exact(steps);
	};
	return {
		get engine() {
			return 'kernel' as const;
		},
		get reason() {
			return reason;
		},
		get exactIterations() {
			return exactIterations;
		},
		evaluate(steps) {
			kernel.reset();
			for (let i = 0; i < inputs.length; i++) {
				for (const { set, perStep } of setters[i]!) {
					const refused = set(steps[i]! * perStep);
					if (refused !== undefined) return fallBack(refused, steps);
				}
			}
			const plan = kernel.run('plan');
			if (!plan.ok) return fallBack(plan.reason, steps);
			const risk = kernel.run('risk');
			if (!risk.ok) return fallBack(risk.reason, steps);
			const figures = figuresOf(risk.run, orgIndex);
			const position: number[] = [];
			const headroom: number[] = [];
			for (let y = 0; y < years; y++) {
				position.push(lineValue(figures, 'closing', y)! + 0); // + 0: a -0 is plain 0, as pence are
				headroom.push(figures.headroom[y]! + 0);
			}
			return { position, headroom };
		}
	};
}
