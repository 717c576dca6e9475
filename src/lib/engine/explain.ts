// How a figure was made: a formula in words and the inputs it used, each pointing at the place in
// the model where it is edited. Every bridge line and QIPP figure carries one.
import type { Dec } from './decimal';

/** gbp: money in pounds; perHead: pounds per registered head; fraction: a rate (0.021 = 2.1%). */
export type InputUnit = 'gbp' | 'perHead' | 'fraction' | 'count' | 'months';

export interface ExplainedInput {
	readonly label: string;
	readonly value: Dec;
	readonly unit: InputUnit;
	/** Dotted path of the model input this came from, e.g. "organisations.portsmouth.openingPosition". */
	readonly source?: string;
}

export interface Explanation {
	readonly formula: string;
	readonly inputs: readonly ExplainedInput[];
}

export function explain(formula: string, inputs: readonly ExplainedInput[] = []): Explanation {
	return { formula, inputs };
}
