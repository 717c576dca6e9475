// A model evaluated as a whole: its named cells and the finance model in one graph of names, so
// cells can feed model inputs and read model results. Also gives the engine input for the bridge.
import { evaluateCells, type Values, type ModelInput, referencedNames } from '../engine/index';
import { cellDefs } from './cells';
import type { Problem } from './problems';
import { modelProvider } from './results';
import { resultNames } from './result-names';
import { formulaInputs, type FormulaInput } from './formula-inputs';
import type { ModelFile } from './schema';

export interface Notebook {
	readonly values: Values;
	/** The engine input with every formula input evaluated, unless a problem stopped it. */
	readonly input?: ModelInput;
	/** The file with every formula input replaced by its value, to show beside the formula. */
	readonly literals?: ModelFile;
	readonly problems: readonly Problem[];
}

/** Evaluate a (scenario-resolved) model file: cells, formula inputs and results. */
export function evaluateNotebook(file: ModelFile): Notebook {
	const provider = modelProvider(file);
	const values = evaluateCells(file.years, cellDefs(file.cells, file.unit, file.years), [provider]);
	const { input, literals, problems } = provider.last();
	if (input || problems.length > 0) return { values, input, literals, problems };
	// The model never ran: it sits on a circular definition. Name the inputs that close the loop.
	const surplus = values.byName.get('surplus');
	const loop = surplus?.kind === 'error' ? surplus.message : 'the model could not be evaluated';
	const names = new Set(resultNames(file));
	const culprits = formulaInputs(file).filter((i) => i.parsed.ok && reachesModel(i, names, values));
	const where = culprits.length > 0 ? culprits.map((i) => `${i.where} (=${i.text})`) : ['cells'];
	return {
		values,
		problems: where.map((path) => ({
			path,
			message: `this input depends on the model's own results, so it can never be worked out (${loop}). Use a figure that does not come from the model, such as a cell.`
		}))
	};
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
