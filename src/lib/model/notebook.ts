// A model evaluated as a whole: its named cells and the finance model in one graph of names, so
// cells can feed model inputs and read model results. Also gives the engine input for the bridge.
import { evaluateCells, type Values } from '../engine/cells/evaluate';
import type { ModelInput } from '../engine/types';
import { cellDefs } from './cells';
import type { Problem } from './problems';
import { modelProvider } from './results';
import type { ModelFile } from './schema';

export interface Notebook {
	readonly values: Values;
	/** The engine input with every formula input evaluated, unless a problem stopped it. */
	readonly input?: ModelInput;
	readonly problems: readonly Problem[];
}

/** Evaluate a (scenario-resolved) model file: cells, formula inputs and results. */
export function evaluateNotebook(file: ModelFile): Notebook {
	const provider = modelProvider(file);
	const values = evaluateCells(file.years, cellDefs(file.cells, file.unit, file.years), [provider]);
	const { input, problems } = provider.last();
	if (input || problems.length > 0) return { values, input, problems };
	// The model never ran: it sits on a circular definition with the cells.
	const surplus = values.byName.get('surplus');
	const message = surplus?.kind === 'error' ? surplus.message : 'the model could not be evaluated';
	return { values, problems: [{ path: 'cells', message }] };
}
