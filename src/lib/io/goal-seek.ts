// Goal seek: the value of one input that sets the chosen output to a target. Where the output is
// exactly linear in the input (three evaluations on one straight line, checked in exact decimals)
// the answer is solved for and then verified by evaluating it; otherwise, or when the solved value
// does not hit the target exactly, a bisection over the input's grid (a penny, or 0.01 percentage
// point) finds the grid value nearest the target. Every answer is an evaluation of a valid model.
import { D, fromPounds, type Dec } from '../engine/index';
import { readAt, type Json } from '../model/json-path';
import type { Problem, Result } from '../model/problems';
import { scenarioFile, type ValidModel } from '../model/valid-model';
import { outputAt, outputProblems, type InputValue, type OutputAt, type OutputChoice } from './output-at';
import type { InputMeasure } from './sensitivity-inputs';

export interface GoalSeekOptions {
	readonly scenario: string;
	readonly output: OutputChoice;
	/** The input path to change: one figure, or a field by year (then every year takes the value). */
	readonly input: string;
	/** What the output should be, in pounds. */
	readonly target: Dec;
	/** The allowed range of the input, as the file writes it (percent for a rate, else the entry unit). */
	readonly min?: Dec;
	readonly max?: Dec;
	/** The step the answer is given to; a penny (in the entry unit) or 0.01 percentage point by default. */
	readonly precision?: Dec;
	readonly evaluate?: OutputAt;
}

export type GoalSeekAnswer =
	| {
			/** exact: the output equals the target; nearest: no grid value does, this is the closest. */
			readonly kind: 'exact' | 'nearest';
			/** The input's value, as the file writes it. */
			readonly value: Dec;
			/** The output with that value, in pounds. */
			readonly output: Dec;
			/** Whether the output was found exactly linear in the input over the range. */
			readonly linear: boolean;
			/** The override that applies the answer. */
			readonly override: InputValue;
			readonly evaluations: number;
	  }
	| {
			/** No value in the range reaches the target: the output at each end of the range. */
			readonly kind: 'none';
			readonly min: Dec;
			readonly max: Dec;
			readonly minOutput: Dec;
			readonly maxOutput: Dec;
			readonly evaluations: number;
	  };

export interface GoalSeek {
	readonly options: GoalSeekOptions;
	readonly measure: InputMeasure;
	/** The grid the answer lies on: a penny in the entry unit, 0.01 percentage point, or as asked. */
	readonly step: Dec;
	/** The input's value as the scenario has it, and the output with it. */
	readonly current: Dec;
	readonly currentOutput: Dec;
	readonly answer: GoalSeekAnswer;
}

const isFigure = (value: Json) =>
	typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));

/** The input's one value: a figure, or a by-year object whose years all hold the same figure. */
function currentValue(value: Json): Dec | undefined {
	if (isFigure(value)) return D(value as string | number);
	if (typeof value !== 'object' || value === null) return undefined;
	const figures = Object.values(value);
	const first = figures[0];
	if (first === undefined || !figures.every(isFigure)) return undefined;
	return figures.every((f) => D(f as string | number).equals(D(first as string | number)))
		? D(first as string | number)
		: undefined;
}

/** `x` in the shape the input had: one figure, or the same figure in every year. */
function shaped(value: Json, x: Dec): Json {
	return typeof value === 'object' && value !== null
		? Object.fromEntries(Object.keys(value).map((year) => [year, x.toString()]))
		: x.toString();
}

/** Whether the path names a rate (percent), from its last field. */
const isRatePath = (path: string) =>
	/(^|\.)(activityGrowth|inflation|efficiency|rate|growth|green|amber|red|unidentified)$/.test(path) &&
	!path.includes('.qipp.');

/** Find the value of `options.input` that sets `options.output` to `options.target`. */
export function goalSeek(model: ValidModel, options: GoalSeekOptions): Result<GoalSeek> {
	const problems: Problem[] = outputProblems(model, options.output);
	const file = scenarioFile(model, options.scenario);
	if (!file) problems.push({ path: 'scenario', message: `there is no scenario "${options.scenario}"` });
	if (problems.length > 0 || !file) return { ok: false, problems };
	const written = readAt(file, options.input);
	const current = currentValue(written);
	if (current === undefined)
		return {
			ok: false,
			problems: [
				{
					path: options.input,
					message:
						written === undefined
							? 'does not name an input of the model'
							: 'is not one figure (a formula, "balance", or different figures by year): name one year, e.g. ".2017/18"'
				}
			]
		};
	const cellUnit = file.cells.find((c) => options.input === `cells.${c.id}.value`)?.unit;
	const measure: InputMeasure =
		cellUnit !== undefined
			? cellUnit === 'percent'
				? 'rate'
				: 'amount'
			: isRatePath(options.input)
				? 'rate'
				: 'amount';
	const precision = options.precision ?? (measure === 'rate' ? D('0.01') : fromPounds(D('0.01'), model.unit));
	const reach =
		measure === 'rate'
			? D(20)
			: current
					.abs()
					.times(10)
					.plus(fromPounds(D(1000000), model.unit));
	const min = options.min ?? current.minus(reach);
	const max = options.max ?? current.plus(reach);
	if (!precision.isPositive() || min.greaterThan(max))
		return {
			ok: false,
			problems: [{ path: 'range', message: `the range ${min} to ${max} at step ${precision} is empty` }]
		};

	const evaluate = options.evaluate ?? outputAt(model, options.scenario, options.output);
	let evaluations = 0;
	let failed: Problem[] | undefined;
	const gap = (x: Dec): Dec | undefined => {
		evaluations += 1;
		const result = evaluate([{ path: options.input, value: shaped(written, x) }]);
		if (!result.ok) {
			failed ??= result.problems.map((p) => ({
				...p,
				message: `with ${options.input} = ${x}: ${p.message}`
			}));
			return undefined;
		}
		return result.value.minus(options.target);
	};
	const currentOutput = evaluate([]);
	if (!currentOutput.ok) return currentOutput;
	const snap = (x: Dec) => x.toNearest(precision, D.ROUND_HALF_UP);
	const lo = snap(min).lessThan(min) ? snap(min).plus(precision) : snap(min);
	const hi = snap(max).greaterThan(max) ? snap(max).minus(precision) : snap(max);
	const answer = (kind: 'exact' | 'nearest', value: Dec, off: Dec, linear: boolean): GoalSeekAnswer => ({
		kind,
		value,
		output: off.plus(options.target),
		linear,
		override: { path: options.input, value: shaped(written, value) },
		evaluations
	});
	const done = (a: GoalSeekAnswer): Result<GoalSeek> => ({
		ok: true,
		value: { options, measure, step: precision, current, currentOutput: currentOutput.value, answer: a }
	});

	// Already there: the input need not change.
	if (currentOutput.value.equals(options.target))
		return done(answer('exact', current, currentOutput.value.minus(options.target), false));
	const fLo = gap(lo);
	const fHi = gap(hi);
	const mid = snap(lo.plus(hi).dividedBy(2));
	const fMid = gap(mid);
	if (fLo === undefined || fHi === undefined || fMid === undefined)
		return { ok: false, problems: failed ?? [] };
	const linear =
		hi.equals(lo) ||
		fMid
			.minus(fLo)
			.times(hi.minus(lo))
			.equals(fHi.minus(fLo).times(mid.minus(lo)));
	if (fLo.isZero()) return done(answer('exact', lo, fLo, linear));
	if (fHi.isZero()) return done(answer('exact', hi, fHi, linear));
	if (fLo.isPositive() === fHi.isPositive())
		return done({
			kind: 'none',
			min: lo,
			max: hi,
			minOutput: fLo.plus(options.target),
			maxOutput: fHi.plus(options.target),
			evaluations
		});
	if (linear) {
		// On a straight line: solve, keep to the grid, and verify by evaluating.
		const solved = snap(lo.minus(fLo.times(hi.minus(lo)).dividedBy(fHi.minus(fLo))));
		const fSolved = gap(solved);
		if (fSolved === undefined) return { ok: false, problems: failed ?? [] };
		if (fSolved.isZero()) return done(answer('exact', solved, fSolved, true));
	}
	// Bisection over whole steps of the grid, keeping a change of sign between the ends.
	let [a, fa, b, fb] = [lo, fLo, hi, fHi];
	while (b.minus(a).greaterThan(precision)) {
		const m = snap(a.plus(b).dividedBy(2));
		const fm = gap(m);
		if (fm === undefined) return { ok: false, problems: failed ?? [] };
		if (fm.isZero()) return done(answer('exact', m, fm, linear));
		if (fm.isPositive() === fa.isPositive()) [a, fa] = [m, fm];
		else [b, fb] = [m, fm];
	}
	return done(
		fb.abs().lessThan(fa.abs()) ? answer('nearest', b, fb, linear) : answer('nearest', a, fa, linear)
	);
}
