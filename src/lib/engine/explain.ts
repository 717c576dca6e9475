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

/**
 * An explanation. Pass the inputs as a function when there are many (one per cost line or
 * scheme): they are then made on first read and kept, because an evaluation makes thousands of
 * explanations and a reader looks at a handful. Either way the object reads the same (`inputs`
 * is an ordinary enumerable property, so JSON, spreads and deep equality see the list).
 * @example explain('As entered', () => [{ label: 'Target', value: D(5), unit: 'gbp' }]).inputs.length // 1
 */
export function explain(
	formula: string,
	inputs: readonly ExplainedInput[] | (() => readonly ExplainedInput[]) = []
): Explanation {
	if (typeof inputs !== 'function') return { formula, inputs };
	let made: readonly ExplainedInput[] | undefined;
	return {
		formula,
		get inputs() {
			return (made ??= inputs());
		}
	};
}
