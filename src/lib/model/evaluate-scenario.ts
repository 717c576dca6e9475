// The one way figures are made: a validated model and a scenario in, everything a caller needs
// out — the file as the scenario sees it, its cells' values, the file with formula inputs worked
// out, the engine input, the results of each view asked for, and the problems that stopped any of
// it. The CLI, the notebook, the goldens and the bench all call this. It validates nothing: the
// model was checked, every scenario with it, when it was made (valid-model.ts).
import { evaluateCells, type Values } from '../engine/index';
import { evaluateModel, type ModelResult } from '../engine/index';
import { referencedNames } from '../engine/index';
import type { ModelInput, View } from '../engine/index';
import { cellDefs } from './cells';
import { formulaInputs, type FormulaInput } from './formula-inputs';
import { modelProvider } from './model-provider';
import type { Problem } from './problems';
import { resultNames } from './result-names';
import type { ModelFile } from './schema';
import { scenarioFile, scenarioIds, type ValidModel } from './valid-model';

export interface ScenarioEvaluation {
	readonly scenario: string;
	/** The model as the scenario sees it (its overrides applied), unless there is no such scenario. */
	readonly resolved?: ModelFile;
	/** The named cells' values, and the model's results as names. */
	readonly values?: Values;
	/** The file with every formula input replaced by its value, when they all evaluated. */
	readonly literals?: ModelFile;
	/** The engine input, when every input could be worked out. */
	readonly input?: ModelInput;
	/** Why there is no input: each problem says where and what. */
	readonly problems: readonly Problem[];
	/** The finance model's results in `view`, made on first ask (the risk view reuses the plan). */
	result(view: View): ModelResult | undefined;
}

/** Evaluate `model` as scenario `scenario` sees it. */
export function evaluateScenario(model: ValidModel, scenario: string): ScenarioEvaluation {
	const resolved = scenarioFile(model, scenario);
	if (!resolved) {
		const problems = [
			{
				path: 'scenario',
				message: `there is no scenario "${scenario}"; choose ${scenarioIds(model).join(', ')}`
			}
		];
		return { scenario, problems, result: () => undefined };
	}
	const provider = modelProvider(resolved);
	const values = evaluateCells(resolved.years, cellDefs(resolved.cells, resolved.unit, resolved.years), [
		provider
	]);
	const { literals, input, plan, problems } = provider.last();
	const results = new Map<View, ModelResult>(plan ? [['plan', plan]] : []);
	const result = (view: View): ModelResult | undefined => {
		if (!input) return undefined;
		let made = results.get(view);
		if (!made) results.set(view, (made = evaluateModel(input, view, plan)));
		return made;
	};
	const base = { scenario, resolved, values, result };
	if (input || problems.length > 0) return { ...base, literals, input, problems };
	return { ...base, problems: loopProblems(resolved, values) };
}

/** The model never ran: it sits on a circular definition. Name the inputs that close the loop. */
function loopProblems(file: ModelFile, values: Values): Problem[] {
	const surplus = values.byName.get('surplus');
	const loop = surplus?.kind === 'error' ? surplus.message : 'the model could not be evaluated';
	const names = new Set(resultNames(file));
	const culprits = formulaInputs(file).filter((i) => i.parsed.ok && reachesModel(i, names, values));
	const where = culprits.length > 0 ? culprits.map((i) => `${i.where} (=${i.text})`) : ['cells'];
	return where.map((path) => ({
		path,
		message: `this input depends on the model's own results, so it can never be worked out (${loop}). Use a figure that does not come from the model, such as a cell.`
	}));
}

/** Whether a formula input reads a model result, or a cell whose value is caught in the loop. */
function reachesModel(input: FormulaInput, results: ReadonlySet<string>, values: Values): boolean {
	if (!input.parsed.ok) return false;
	return referencedNames(input.parsed.ast).some((name) => {
		if (results.has(name)) return true;
		const value = values.byName.get(name);
		return value?.kind === 'error' && value.code === 'cycle';
	});
}
