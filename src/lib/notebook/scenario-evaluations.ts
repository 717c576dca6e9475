// The evaluations of one validated model, each scenario worked out on first use and kept: a bridge
// block and its waterfall that ask for the same scenario share one evaluation.
import { evaluateScenario, type ScenarioEvaluation } from '../model/evaluate-scenario';
import type { ValidModel } from '../model/valid-model';

export class ScenarioEvaluations {
	readonly #model: ValidModel;
	readonly #done = new Map<string, ScenarioEvaluation>();

	constructor(model: ValidModel) {
		this.#model = model;
	}

	get(scenario: string): ScenarioEvaluation {
		let found = this.#done.get(scenario);
		if (!found) this.#done.set(scenario, (found = evaluateScenario(this.#model, scenario)));
		return found;
	}
}
