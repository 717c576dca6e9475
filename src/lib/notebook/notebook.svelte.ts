// The notebook being edited: the model file, the scenario in the bar, display choices, undo/redo
// and autosave. Every edit is a new file, validated once before it is taken (a refused edit leaves
// the old one and says why), recorded for undo, and saved shortly after; neither undo nor the save
// checks it again. Figures are derived from the file, so every block is live after every edit.
import type { MoneyUnit, NegativeStyle } from '../engine/index';
import type { ScenarioEvaluation } from '../model/evaluate-scenario';
import type { Json } from '../model/json-path';
import { validateModel, type ValidModel } from '../model/valid-model';
import { describeProblems } from '../model/problems';
import { renameCell } from '../model/rename-cell';
import { BASELINE } from '../model/scenario';
import type { BlockFile, CellFile, ModelFile, Override } from '../model/schema';
import type { ModelStore } from '../storage/store';
import { Autosave } from './autosave.svelte';
import { ScenarioEvaluations } from './scenario-evaluations';
import { parseField, storedValue, type FieldKind } from './fields';
import { History } from './history';
import { inputReader, type InputReader } from './input-reader';
import { sameJson } from '../model/same-json';
import { ownOverrides, resetInput, scenarioView, writeChange, writeInput } from './inputs';
import { parseRelativeEntry } from './relative-entry';
import { deleteBlock, insertBlock, layoutOf, moveBlock, updateBlock } from './layout';
import { addRow, duplicateRow, moveRow, removeRow, renameRow, type RowList } from './rows';
import { withDetails, type ModelDetails } from './model-details';
import { addYear, removeYear } from './model-years';
import {
	addOrganisation,
	moveOrganisation,
	removeOrganisation,
	renameOrganisation,
	type OrganisationSource
} from './organisations';
import { addChange, createScenario, deleteScenario, removeChange, renameScenario } from './scenarios';

/** One input typed into the page: where it goes, what kind it is, and the text as typed. */
export interface InputEdit {
	readonly path: string;
	readonly kind: FieldKind;
	readonly text: string;
	/** A missing per-year field's effective value in each year (see inputs.ts placeEdit). */
	readonly fill?: (year: string) => Json;
	/** Replace the object holding the input with `{ [wrap]: value }` (a year's allocation entry). */
	readonly wrap?: string;
	/** Delete: in a scenario the override goes (the parent's value comes back); in the baseline `text` is the default. */
	readonly clear?: boolean;
}

/** An input edit that was refused, and why; the old value stays. */
export interface Refusal {
	readonly path: string;
	readonly message: string;
}

export interface NotebookOptions {
	readonly store: ModelStore;
	readonly id: string | undefined;
	readonly revision: number;
	readonly scenario?: string;
	readonly oncreated?: (id: string) => void;
	readonly onsaved?: (revision: number) => void;
	readonly saveDelay?: number;
}

export class NotebookState {
	#file = $state.raw<ValidModel>() as ValidModel;
	#scenario = $state(BASELINE);
	#unit = $state<MoneyUnit>('m');
	#negatives = $state<NegativeStyle>('brackets');
	readonly #history = new History<ValidModel>();
	// History is plain data; this counter tells the page when undo/redo availability may change.
	#historyTick = $state(0);
	readonly autosave: Autosave;

	#layout = $derived(layoutOf(this.#file));
	#evaluations = $derived(new ScenarioEvaluations(this.#file));
	#view = $derived(scenarioView(this.#file, this.#scenario));
	#overrides = $derived(ownOverrides(this.#file, this.#scenario));
	#current = $derived(this.#evaluations.get(this.#scenario));
	#inputs = $derived(inputReader(this.#view, this.#scenario, this.#overrides, this.#current.problems));

	constructor(file: ValidModel, options: NotebookOptions) {
		this.#file = file;
		if (options.scenario && file.scenarios.some((s) => s.id === options.scenario))
			this.#scenario = options.scenario;
		this.autosave = new Autosave({
			store: options.store,
			id: options.id,
			revision: options.revision,
			delay: options.saveDelay,
			oncreated: options.oncreated,
			onsaved: options.onsaved
		});
	}

	get file(): ValidModel {
		return this.#file;
	}
	get layout(): readonly BlockFile[] {
		return this.#layout;
	}
	get scenario(): string {
		return this.#scenario;
	}
	get unit(): MoneyUnit {
		return this.#unit;
	}
	set unit(unit: MoneyUnit) {
		this.#unit = unit;
	}
	get negatives(): NegativeStyle {
		return this.#negatives;
	}
	set negatives(style: NegativeStyle) {
		this.#negatives = style;
	}
	/** The model as the scenario in the bar sees it (overrides applied, not yet validated). */
	get view(): Json {
		return this.#view;
	}
	/** The scenario in the bar, evaluated. */
	get current(): ScenarioEvaluation {
		return this.#current;
	}
	get canUndo(): boolean {
		void this.#historyTick;
		return this.#history.canUndo;
	}
	get canRedo(): boolean {
		void this.#historyTick;
		return this.#history.canRedo;
	}

	/** A scenario worked out (once per file). */
	evaluation(scenario: string): ScenarioEvaluation {
		return this.#evaluations.get(scenario);
	}

	/** What grid cells read about inputs, as the scenario in the bar sees them. */
	get inputs(): InputReader {
		return this.#inputs;
	}

	/** The raw value of an input as the scenario in the bar sees it. */
	valueAt(path: string): Json {
		return this.#inputs.valueAt(path);
	}

	/** Whether the scenario in the bar overrides `path` itself (not through its parent). */
	isOverridden(path: string): boolean {
		return this.#inputs.isOverridden(path);
	}

	/** The problem found at `path` when the scenario in the bar was worked out, if any. */
	problemAt(path: string): string | undefined {
		return this.#inputs.problemAt(path);
	}

	chooseScenario(id: string): void {
		if (id === BASELINE || this.#file.scenarios.some((s) => s.id === id)) this.#scenario = id;
	}

	/**
	 * Take `next` as the new file if it is a valid model; otherwise keep the old one and return why.
	 * Every accepted edit can be undone.
	 */
	change(next: ModelFile | { error: string }): string | undefined {
		if ('error' in next) return next.error;
		// Typing the same value again, or moving the first block up, is not an edit worth undoing.
		if (sameJson(next, this.#file)) return undefined;
		const parsed = validateModel(next);
		if (!parsed.ok) return describeProblems(parsed.problems);
		this.#history.record(this.#file);
		this.#commit(parsed.value);
		return undefined;
	}

	/**
	 * Type into inputs (one cell, or a pasted block as one undo step); bad entries are refused.
	 * Written for the scenario in the bar unless told another (model settings write the baseline).
	 */
	setInputs(edits: readonly InputEdit[], scenario = this.#scenario): Refusal[] {
		const refusals: Refusal[] = [];
		let next: ModelFile = this.#file;
		for (const edit of edits) {
			if (edit.clear && this.#scenario !== BASELINE) {
				next = resetInput(next, this.#scenario, edit.path);
				continue;
			}
			const relative = parseRelativeEntry(edit.kind, edit.text, this.#file.unit);
			if (relative !== undefined) {
				const moved = relative.ok
					? writeChange(next, scenario, edit.path, relative.change, edit.fill)
					: { error: relative.message };
				if ('error' in moved) refusals.push({ path: edit.path, message: moved.error });
				else next = moved.file;
				continue;
			}
			const entry = parseField(edit.kind, edit.text, this.#file.unit);
			if (!entry.ok) {
				refusals.push({ path: edit.path, message: entry.message });
				continue;
			}
			const value = storedValue(edit.kind, entry.value);
			// An allocation year is { value } or { growth }: typing one replaces the whole entry.
			const [path, stored] = edit.wrap
				? [edit.path.slice(0, edit.path.lastIndexOf('.')), { [edit.wrap]: value }]
				: [edit.path, value];
			const written = writeInput(next, scenario, path, stored, edit.fill);
			if ('error' in written) refusals.push({ path: edit.path, message: written.error });
			else next = written.file;
		}
		if (next === this.#file) return refusals;
		const why = this.change(next);
		if (why === undefined) return refusals;
		// The whole edit was refused: every entry not already refused for its own reason gets why.
		const fresh = edits.filter((e) => !refusals.some((r) => r.path === e.path));
		return [...refusals, ...fresh.map((e) => ({ path: e.path, message: why }))];
	}

	/** Set one input to a value as the file writes it (a goal seek's answer) in the scenario in the bar; one undo step. */
	setValue(path: string, value: Json): string | undefined {
		const written = writeInput(this.#file, this.#scenario, path, value);
		return 'error' in written ? written.error : this.change(written.file);
	}

	/** Give `path` its parent scenario's value again. */
	resetInput(path: string): void {
		this.change(resetInput(this.#file, this.#scenario, path));
	}

	undo(): void {
		const previous = this.#history.undo(this.#file);
		if (previous) this.#commit(previous);
	}

	redo(): void {
		const next = this.#history.redo(this.#file);
		if (next) this.#commit(next);
	}

	// Layout
	addBlock(block: BlockFile, index?: number): string | undefined {
		return this.change(insertBlock(this.#file, block, index));
	}
	moveBlock(id: string, by: -1 | 1): void {
		this.change(moveBlock(this.#file, id, by));
	}
	updateBlock(id: string, patch: Partial<BlockFile>): string | undefined {
		return this.change(updateBlock(this.#file, id, patch));
	}
	deleteBlock(id: string): void {
		this.change(deleteBlock(this.#file, id));
	}

	// Named cells
	/** Add a named cell and a block showing it, at `index` of the layout. */
	addCell(cell: CellFile, blockId: string, index?: number): string | undefined {
		const withCell = { ...this.#file, cells: [...this.#file.cells, cell] };
		return this.change(insertBlock(withCell, { id: blockId, type: 'cell', cell: cell.id }, index));
	}
	/** Replace cell `id` (its value, unit, formula or note); a new name rewrites every reference. */
	updateCell(id: string, cell: CellFile): string | undefined {
		const old = this.#file.cells.find((c) => c.id === id);
		if (!old) return `there is no cell "${id}"`;
		const renamed = old.name === cell.name ? this.#file : renameCell(this.#file, id, cell.name);
		return this.change({ ...renamed, cells: renamed.cells.map((c) => (c.id === id ? cell : c)) });
	}

	// Rows of an organisation's lists
	addRow(org: string, list: RowList, name: string): string | undefined {
		return this.change(addRow(this.#file, org, list, name));
	}
	removeRow(org: string, list: RowList, id: string): string | undefined {
		return this.change(removeRow(this.#file, org, list, id));
	}

	renameRow(org: string, list: RowList, id: string, name: string): string | undefined {
		return this.change(renameRow(this.#file, org, list, id, name));
	}
	moveRow(org: string, list: RowList, id: string, by: -1 | 1): void {
		this.change(moveRow(this.#file, org, list, id, by));
	}
	duplicateRow(org: string, list: RowList, id: string): string | undefined {
		return this.change(duplicateRow(this.#file, org, list, id));
	}

	// Model settings
	updateDetails(details: ModelDetails): string | undefined {
		return this.change(withDetails(this.#file, details));
	}
	addYear(at: 'start' | 'end'): string | undefined {
		return this.change(addYear(this.#file, at));
	}
	removeYear(year: string): string | undefined {
		return this.change(removeYear(this.#file, year));
	}

	// Organisations
	addOrganisation(name: string, source: OrganisationSource): string | undefined {
		const added = addOrganisation(this.#file, name, source);
		return this.change('error' in added ? added : added.file);
	}
	renameOrganisation(id: string, name: string): string | undefined {
		return this.change(renameOrganisation(this.#file, id, name));
	}
	moveOrganisation(id: string, by: -1 | 1): void {
		this.change(moveOrganisation(this.#file, id, by));
	}
	removeOrganisation(id: string): string | undefined {
		return this.change(removeOrganisation(this.#file, id));
	}

	// Scenarios
	createScenario(name: string, parent: string): string | undefined {
		if (name.trim() === '') return 'Give the scenario a name';
		const made = createScenario(this.#file, name, parent);
		const why = this.change(made.file);
		if (why === undefined) this.#scenario = made.id;
		return why;
	}
	renameScenario(id: string, name: string): string | undefined {
		if (name.trim() === '') return 'A scenario needs a name';
		return this.change(renameScenario(this.#file, id, name));
	}
	deleteScenario(id: string): void {
		const parent = this.#file.scenarios.find((s) => s.id === id)?.parent ?? BASELINE;
		const why = this.change(deleteScenario(this.#file, id));
		if (why === undefined && this.#scenario === id) this.#scenario = parent;
	}

	/** Add `change` at the end of the scenario in the bar's changes (it wins over those before it). */
	addChange(change: Override): string | undefined {
		if (this.#scenario === BASELINE)
			return 'Choose or make a scenario first: the baseline is the model itself';
		return this.change(addChange(this.#file, this.#scenario, change));
	}
	/** Take change `index` out of the scenario in the bar; one undo step. */
	removeChange(index: number): string | undefined {
		return this.change(removeChange(this.#file, this.#scenario, index));
	}

	/** Replace the whole file with the stored one (after another tab saved it): not undoable. */
	replaceFile(file: ValidModel, revision: number): void {
		this.#file = file;
		this.autosave.adopt(revision);
		if (!file.scenarios.some((s) => s.id === this.#scenario)) this.#scenario = BASELINE;
	}

	#commit(file: ValidModel): void {
		this.#file = file;
		// A scenario the undo took away is no longer choosable.
		if (this.#scenario !== BASELINE && !file.scenarios.some((s) => s.id === this.#scenario))
			this.#scenario = BASELINE;
		this.#historyTick += 1;
		this.autosave.schedule(file);
	}
}
