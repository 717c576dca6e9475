// Sensitivity as a tornado: each input moved to a low and a high value on its own (the others as
// the scenario has them), the chosen output read at both, and the inputs sorted by the swing
// between the two, largest first. Every figure is an exact evaluation of a valid model.
import { D, type Dec } from '../engine/index';
import { readAt, splitYear, type Json } from '../model/json-path';
import type { Problem, Result } from '../model/problems';
import type { ValidModel } from '../model/valid-model';
import { scenarioFile } from '../model/valid-model';
import { outputAt, outputProblems, type OutputAt, type OutputChoice } from './output-at';
import { sensitivityInputs, type SensitivityInput } from './sensitivity-inputs';

/** How far each input moves: ± a percentage of its value, ± percentage points (rates), or given values. */
export type Spread =
	| { readonly kind: 'percent'; readonly by: Dec }
	| { readonly kind: 'points'; readonly by: Dec }
	| { readonly kind: 'values'; readonly low: Json; readonly high: Json };

/** The default: rates ± 1 percentage point, amounts ± 10%. */
export const defaultSpread = (input: SensitivityInput): Spread =>
	input.measure === 'rate' ? { kind: 'points', by: D(1) } : { kind: 'percent', by: D(10) };

export interface TornadoRow {
	readonly input: SensitivityInput;
	readonly low: Json;
	readonly high: Json;
	/** The output with the input at its low and at its high, in pounds. */
	readonly lowOutput: Dec;
	readonly highOutput: Dec;
	/** |highOutput - lowOutput|, in pounds. */
	readonly swing: Dec;
}

export interface Tornado {
	readonly output: OutputChoice;
	/** The output as the scenario has it, in pounds. */
	readonly base: Dec;
	/** Largest swing first; ties in file order. */
	readonly rows: readonly TornadoRow[];
}

export interface TornadoOptions {
	readonly scenario: string;
	readonly output: OutputChoice;
	/** Input paths to vary (an input's one year too, "assumptions.inflation.2018/19"); every default input when left out. */
	readonly inputs?: readonly string[];
	/** The spread of an input; defaultSpread when left out. */
	readonly spread?: (input: SensitivityInput) => Spread;
	/** Evaluate the output; outputAt (the Decimal engine) when left out. */
	readonly evaluate?: OutputAt;
}

/** One figure moved: plus or minus a percentage of itself, or percentage points. */
function moved(value: Json, spread: Spread, sign: 1 | -1, delivery: boolean): Json {
	if (spread.kind === 'values') return sign < 0 ? spread.low : spread.high;
	const one = (figure: Json) => {
		const x = D(figure as string | number);
		const step = spread.kind === 'percent' ? x.abs().times(spread.by).dividedBy(100) : spread.by;
		const to = x.plus(step.times(sign));
		// A delivery factor is a share delivered: it stays between 0% and 100%.
		return (delivery ? D.min(D.max(to, 0), 100) : to).toString();
	};
	if (typeof value === 'object' && value !== null)
		return Object.fromEntries(Object.entries(value).map(([year, figure]) => [year, one(figure)]));
	return one(value);
}

/** An input's one year ("assumptions.inflation.2018/19"), when the input can be varied. */
function oneYear(
	available: readonly SensitivityInput[],
	file: Json,
	path: string
): SensitivityInput | undefined {
	const split = splitYear(path);
	const whole = split && available.find((i) => i.path === split.field);
	const value = readAt(file, path);
	if (!split || !whole?.byYear || (typeof value !== 'string' && typeof value !== 'number')) return undefined;
	return { ...whole, path, label: `${whole.label} ${split.year}`, value };
}

/** The tornado of `options.output` over the chosen inputs of `options.scenario`. */
export function tornado(model: ValidModel, options: TornadoOptions): Result<Tornado> {
	const problems: Problem[] = outputProblems(model, options.output);
	const file = scenarioFile(model, options.scenario);
	if (!file) problems.push({ path: 'scenario', message: `there is no scenario "${options.scenario}"` });
	if (problems.length > 0 || !file) return { ok: false, problems };
	const available = sensitivityInputs(file, options.inputs !== undefined);
	const inputs = options.inputs
		? options.inputs.flatMap((path) => {
				const input = available.find((i) => i.path === path) ?? oneYear(available, file, path);
				if (!input)
					problems.push({
						path,
						message: `"${path}" is not an input that can be varied (a rate, named assumption, delivery factor or amount written as a figure)`
					});
				return input ? [input] : [];
			})
		: available;
	if (problems.length > 0) return { ok: false, problems };
	const evaluate = options.evaluate ?? outputAt(model, options.scenario, options.output);
	const base = evaluate([]);
	if (!base.ok) return base;
	const spread = options.spread ?? defaultSpread;
	const rows: TornadoRow[] = [];
	for (const input of inputs) {
		const delivery = input.path.startsWith('qippDeliveryFactors.');
		const low = moved(input.value, spread(input), -1, delivery);
		const high = moved(input.value, spread(input), 1, delivery);
		const lowOutput = evaluate([{ path: input.path, value: low }]);
		const highOutput = evaluate([{ path: input.path, value: high }]);
		for (const [end, result] of [
			['low', lowOutput],
			['high', highOutput]
		] as const)
			if (!result.ok)
				problems.push(
					...result.problems.map((p) => ({ ...p, message: `${input.label} at its ${end}: ${p.message}` }))
				);
		if (!lowOutput.ok || !highOutput.ok) continue;
		const swing = highOutput.value.minus(lowOutput.value).abs();
		rows.push({ input, low, high, lowOutput: lowOutput.value, highOutput: highOutput.value, swing });
	}
	if (problems.length > 0) return { ok: false, problems };
	// A stable sort: equal swings keep file order.
	rows.sort((a, b) => b.swing.comparedTo(a.swing));
	return { ok: true, value: { output: options.output, base: base.value, rows } };
}
