// A model file evaluated for a scenario and a view, worked out once per file and reused by every
// block that asks for the same pair (a bridge and its waterfall, say).
import { evaluateModel, type ModelResult, type View } from '../engine/index';
import { evaluateNotebook, type Notebook } from '../model/notebook';
import { resolveScenario } from '../model/parse';
import type { Problem } from '../model/problems';
import type { ModelFile } from '../model/schema';

export interface Evaluation {
	readonly scenario: string;
	readonly view: View;
	/** The model as the scenario sees it, when its overrides apply cleanly. */
	readonly resolved?: ModelFile;
	/** Cells, formula inputs and the engine input, when the scenario resolved. */
	readonly notebook?: Notebook;
	/** The finance model's results, when every input could be worked out. */
	readonly result?: ModelResult;
	/** Why there is no result: each problem says where and what. */
	readonly problems: readonly Problem[];
}

/** Evaluate `file` as scenario `scenario` sees it, in `view`. */
export function evaluate(file: ModelFile, scenario: string, view: View): Evaluation {
	const resolved = resolveScenario(file, scenario);
	if (!resolved.ok) return { scenario, view, problems: resolved.problems };
	const notebook = evaluateNotebook(resolved.value);
	const result = notebook.input ? evaluateModel(notebook.input, view) : undefined;
	return { scenario, view, resolved: resolved.value, notebook, result, problems: notebook.problems };
}

/** Evaluations of one file, each scenario and view worked out on first use. */
export class Evaluations {
	readonly #file: ModelFile;
	readonly #done = new Map<string, Evaluation>();

	constructor(file: ModelFile) {
		this.#file = file;
	}

	get(scenario: string, view: View): Evaluation {
		const key = `${scenario}\u0000${view}`;
		let found = this.#done.get(key);
		if (!found) {
			// The cells do not depend on the view: the risk view reuses the plan's notebook.
			const plan = view === 'risk' ? this.get(scenario, 'plan') : undefined;
			found = plan?.notebook?.input
				? { ...plan, view, result: evaluateModel(plan.notebook.input, view) }
				: evaluate(this.#file, scenario, view);
			this.#done.set(key, found);
		}
		return found;
	}
}
