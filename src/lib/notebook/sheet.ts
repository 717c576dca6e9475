// A sheet: a grid of model inputs (and computed figures beside them) described by paths and kinds.
// The blocks build sheets; this turns one into the grid's cells for the scenario in the bar, and a
// grid's changes back into input edits, refusals mapped to where they were typed.
import type { GridCell, GridChange, GridChoice, GridColumn, GridRefusal, GridRow } from './grid';
import { showEntered, type Explanation, type NegativeStyle } from '../engine/index';
import type { FieldKind } from './fields';
import { readAt, splitYear, type Json } from '../model/json-path';
import { BASELINE } from '../model/scenario';
import { entryWarning, type WarnAs } from './entry-warnings';
import type { InputEdit, NotebookState } from './notebook.svelte';
import type { InputReader } from './input-reader';

/** An input the user edits in place. */
export interface InputSpec {
	readonly path: string;
	readonly kind: FieldKind;
	readonly fill?: (year: string) => Json;
	/** Write `{ [wrap]: value }` in place of the object holding the input (an allocation year). */
	readonly wrap?: string;
	/** Shown when the input is absent from the file, e.g. the model's assumption it falls back to. */
	readonly fallback?: string;
	/** What the input is, when that changes which values look like a slip (entry-warnings.ts). */
	readonly warnAs?: WarnAs;
}

/** How a computed figure was made, shown when it is chosen. */
export interface Working {
	readonly label: string;
	readonly explanation: Explanation;
}

/** A figure worked out from the inputs, shown read-only; with a working, it opens it when chosen. */
export interface ComputedSpec {
	readonly computed: string;
	readonly working?: Working;
	readonly path?: undefined;
}

export type CellSpec = InputSpec | ComputedSpec;

export interface SheetRow {
	readonly key: string;
	readonly header: string;
	readonly cells: readonly CellSpec[];
}

export interface Sheet {
	readonly label: string;
	readonly rowHeaderLabel: string;
	readonly columns: readonly GridColumn[];
	readonly rows: readonly SheetRow[];
	readonly footer?: readonly SheetRow[];
}

const isInput = (spec: CellSpec): spec is InputSpec => spec.path !== undefined;

const TAKES_FORMULAS: ReadonlySet<FieldKind> = new Set([
	'money',
	'rate',
	'count',
	'perHead',
	'unidentified',
	'number'
]);

/**
 * An input's stored value as the grid shows it: amounts grouped with their written decimals, rates
 * with a % sign, yes/no for flags. Formulas are shown by their value (see gridCell).
 * @example showValue('rate', '2.1', 'brackets') // '2.1%'
 */
export function showValue(kind: FieldKind, raw: Json, negatives: NegativeStyle): string {
	if (raw === undefined || raw === null) return '';
	if (typeof raw === 'boolean') return raw ? 'Yes' : 'No';
	const text = String(raw);
	if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
	switch (kind) {
		case 'money':
		case 'unidentified':
			return showEntered('money', text, negatives);
		case 'rate':
		case 'perHead':
		case 'count':
			return showEntered(kind, text, negatives);
		default:
			return text;
	}
}

const MONTH_NAMES = ['Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar'];

/** The options of a choice input, as the text each commits (fields.ts reads it) and its label. */
const CHOICES: Partial<Record<FieldKind, readonly GridChoice[]>> = {
	yesNo: [
		{ value: 'yes', label: 'Yes' },
		{ value: 'no', label: 'No' }
	],
	rag: ['green', 'amber', 'red'].map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
	month: MONTH_NAMES.map((name, i) => {
		const value = `M${String(i + 1).padStart(2, '0')}`;
		return { value, label: `${value} (${name})` };
	})
};

/** What Delete puts back in the baseline, as typed; undefined when the input has no default. */
const DEFAULT_TEXT: Partial<Record<FieldKind, string>> = {
	money: '0',
	rate: '0',
	count: '0',
	perHead: '0',
	number: '0',
	unidentified: 'balance'
};

/**
 * The text Delete commits for an input (ADR 0015): in a scenario, the parent's value (the override
 * goes) when there is an override; in the baseline, a rate that falls back to the model's
 * assumption goes back to it, and other numbers to zero ("balance" for unidentified QIPP). An
 * allocation year (a value or a growth), a name and a choice have no default and are kept.
 */
function clearedText(spec: InputSpec, raw: Json, baseline: boolean, overridden: boolean): string | undefined {
	if (!baseline) return overridden ? '' : undefined;
	if (spec.wrap !== undefined) return undefined;
	if (spec.fill) {
		const year = splitYear(spec.path)?.year;
		if (raw === undefined || year === undefined) return undefined;
		return String(spec.fill(year));
	}
	const text = DEFAULT_TEXT[spec.kind];
	return text === undefined || String(raw) === text ? undefined : text;
}

/** One grid cell for `spec` as the scenario in the bar sees it. */
export function gridCell(
	nb: NotebookState,
	spec: CellSpec,
	onexplain?: (working: Working) => void,
	inputs: InputReader = nb.inputs,
	literals: Json = nb.current.literals,
	negatives: NegativeStyle = nb.negatives,
	baseline: boolean = nb.scenario === BASELINE
): GridCell {
	if (!isInput(spec)) {
		const { working } = spec;
		return {
			display: spec.computed,
			edit: '',
			editable: false,
			onexplain: working && onexplain ? () => onexplain(working) : undefined
		};
	}
	const raw = inputs.valueAt(spec.path);
	// Only numeric inputs take formulas: a workstream named "=£2m" is that text.
	const formula = TAKES_FORMULAS.has(spec.kind) && typeof raw === 'string' && raw.startsWith('=');
	const literal = formula ? readAt(literals, spec.path) : raw;
	const shown = literal === undefined ? (spec.fallback ?? '') : showValue(spec.kind, literal, negatives);
	const overridden = inputs.isOverridden(spec.path);
	return {
		// A formula that could not be worked out shows as written.
		display: formula ? (literal === undefined ? String(raw) : `ƒ ${shown}`) : shown,
		edit: typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : raw === undefined ? '' : String(raw),
		editable: true,
		path: spec.path,
		overridden,
		error: inputs.problemAt(spec.path),
		warning: entryWarning(spec.kind, literal, spec.warnAs),
		cleared: clearedText(spec, raw, baseline, overridden),
		choices: CHOICES[spec.kind]
	};
}

/** The grid rows of `rows`. */
export function gridRows(
	nb: NotebookState,
	rows: readonly SheetRow[],
	onexplain?: (working: Working) => void
): GridRow[] {
	// Read the notebook's state once for the whole grid, here, so a change to it makes new rows. A
	// row's cells are made when first read: a grid draws its first rows only (Grid.svelte), and
	// cells read only these plain values, so a row made later shows the same as one made now.
	const { inputs, negatives } = nb;
	const { literals } = nb.current;
	const baseline = nb.scenario === BASELINE;
	return rows.map((row) => {
		let cells: GridCell[] | undefined;
		return {
			key: row.key,
			header: row.header,
			get cells() {
				return (cells ??= row.cells.map((c) =>
					gridCell(nb, c, onexplain, inputs, literals, negatives, baseline)
				));
			}
		};
	});
}

/** Apply a grid's changes as one edit; refused entries come back where they were typed. */
export function commitSheet(nb: NotebookState, sheet: Sheet, changes: readonly GridChange[]): GridRefusal[] {
	const edits: (InputEdit & { row: number; col: number })[] = [];
	for (const change of changes) {
		const spec = sheet.rows[change.row]?.cells[change.col];
		if (spec && isInput(spec))
			edits.push({ ...spec, text: change.text, clear: change.clear, row: change.row, col: change.col });
	}
	const refusals = nb.setInputs(edits);
	return refusals.flatMap((r) =>
		edits.filter((e) => e.path === r.path).map((e) => ({ row: e.row, col: e.col, message: r.message }))
	);
}

/** Reset the input at a grid position to the parent scenario's value. */
export function resetSheetCell(nb: NotebookState, sheet: Sheet, row: number, col: number): void {
	const spec = sheet.rows[row]?.cells[col];
	if (spec && isInput(spec)) nb.resetInput(spec.path);
}
