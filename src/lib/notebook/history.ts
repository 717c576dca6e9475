// Undo and redo over whole snapshots. Model files are small and edits replace them immutably, so
// a snapshot per edit is cheap and makes every edit (values, moves, deletions) undoable alike.

export class History<T> {
	#past: T[] = [];
	#future: T[] = [];
	readonly #limit: number;

	constructor(limit = 200) {
		this.#limit = limit;
	}

	get canUndo(): boolean {
		return this.#past.length > 0;
	}

	get canRedo(): boolean {
		return this.#future.length > 0;
	}

	/** Remember `before`, the state an edit is about to replace; a new edit forgets what was undone. */
	record(before: T): void {
		this.#past.push(before);
		if (this.#past.length > this.#limit) this.#past.shift();
		this.#future = [];
	}

	/** The state to go back to from `current`, or undefined when there is none. */
	undo(current: T): T | undefined {
		const previous = this.#past.pop();
		if (previous !== undefined) this.#future.push(current);
		return previous;
	}

	/** The state an undo left, to return to from `current`, or undefined. */
	redo(current: T): T | undefined {
		const next = this.#future.pop();
		if (next !== undefined) this.#past.push(current);
		return next;
	}
}
