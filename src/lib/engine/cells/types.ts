// Named cells: inputs (a literal, one value or one per year, with a unit) and formulas (text as
// written), plus providers that define many names at once (the finance model's results).
import type { Dec } from '../decimal';
import type { Unit, Value } from '../formula/index';

export type InputUnit = Exclude<Unit, 'boolean'>;

/** Money in pounds and percentages as fractions (2.1% is 0.021), as everywhere in the engine. */
export type CellSource =
	| { readonly kind: 'input'; readonly unit: InputUnit; readonly value: Dec | readonly Dec[] }
	| { readonly kind: 'formula'; readonly text: string };

export interface CellDef {
	/** Stable across renames. */
	readonly id: string;
	readonly name: string;
	readonly source: CellSource;
}

/** Defines several names from the values of others, e.g. the finance model's bridge lines. */
export interface Provider {
	readonly key: string;
	readonly defines: readonly string[];
	readonly reads: readonly string[];
	/** Every name in `defines` gets a value (an error value when an input is one). */
	compute(lookup: (name: string) => Value | undefined): ReadonlyMap<string, Value>;
}
