// The one step sensitivity and goal seek repeat: a scenario's file with some inputs set to other
// values, checked, evaluated, and one output read from it. Tornado and goal seek call only
// `outputAt`, so a faster evaluator (the integer-pence kernel) can stand in for it later.
import type { Dec } from '../engine/index';
import { evaluateScenario } from '../model/evaluate-scenario';
import { setAtPath, type Json } from '../model/json-path';
import type { Problem, Result } from '../model/problems';
import { BASELINE } from '../model/scenario';
import { scenarioFile, validateModel, type ValidModel } from '../model/valid-model';
import { CONSOLIDATED } from './bridge-report';
import { measureValues, MEASURES, type MeasureKey } from './comparison';

/** Which figure to read: a measure of one year, for an organisation or the consolidated total. */
export interface OutputChoice {
	readonly measure: MeasureKey;
	readonly year: string;
	readonly organisation: string;
}

/** An input set to a value for one evaluation, by input path, in the form the file writes it. */
export interface InputValue {
	readonly path: string;
	readonly value: Json;
}

/** Evaluate the chosen output with `inputs` set; a problem names the input that broke the model. */
export type OutputAt = (inputs: readonly InputValue[]) => Result<Dec>;

/** The output's label, as people read it: "Risk-adjusted surplus/(deficit), 2017/18, Portsmouth". */
export function outputLabel(model: ValidModel, output: OutputChoice): string {
	const measure = MEASURES.find((m) => m.key === output.measure)?.label ?? output.measure;
	const org =
		output.organisation === CONSOLIDATED
			? 'consolidated'
			: (model.organisations.find((o) => o.id === output.organisation)?.name ?? output.organisation);
	return `${measure}, ${output.year}, ${org}`;
}

/** Problems with an output choice (no such year, organisation or measure), none when it is sound. */
export function outputProblems(model: ValidModel, output: OutputChoice): Problem[] {
	const problems: Problem[] = [];
	if (!MEASURES.some((m) => m.key === output.measure))
		problems.push({
			path: 'measure',
			message: `there is no measure "${output.measure}"; choose ${MEASURES.map((m) => m.key).join(', ')}`
		});
	if (!model.years.includes(output.year))
		problems.push({ path: 'year', message: `the model has no year "${output.year}"` });
	if (output.organisation !== CONSOLIDATED && !model.organisations.some((o) => o.id === output.organisation))
		problems.push({ path: 'organisation', message: `there is no organisation "${output.organisation}"` });
	return problems;
}

/** The evaluator of `output` in scenario `scenario` of `model`, with any inputs set on top. */
export function outputAt(model: ValidModel, scenario: string, output: OutputChoice): OutputAt {
	const file = scenarioFile(model, scenario);
	const yearIndex = model.years.indexOf(output.year);
	return (inputs) => {
		if (!file)
			return { ok: false, problems: [{ path: 'scenario', message: `there is no scenario "${scenario}"` }] };
		let changed: Json = file;
		for (const input of inputs) {
			const set = setAtPath(changed, input.path, input.value, file.years);
			if ('error' in set) return { ok: false, problems: [{ path: input.path, message: set.error }] };
			changed = set.file;
		}
		const valid = inputs.length === 0 ? { ok: true as const, value: model } : validateModel(changed);
		if (!valid.ok) return valid;
		const evaluation = evaluateScenario(valid.value, inputs.length === 0 ? scenario : BASELINE);
		const plan = evaluation.result('plan');
		const risk = evaluation.result('risk');
		if (!plan || !risk) return { ok: false, problems: [...evaluation.problems] };
		return { ok: true, value: measureValues(plan, risk, output.organisation, yearIndex)[output.measure] };
	};
}
