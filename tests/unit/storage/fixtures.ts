// Shared fixtures for the storage tests: the shipped example models, a stepping clock, and a helper
// that turns a StoreResult into `{ value }` or `{ error: kind }` so each assertion is one line.
import { readFileSync } from 'node:fs';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { ModelFile } from '../../../src/lib/model/schema';
import type { StoreError, StoreResult } from '../../../src/lib/storage/store';

/** The text of a file under the repository root. */
export function readText(path: string): string {
	return readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
}

function load(path: string): ModelFile {
	const parsed = validateModel(JSON.parse(readText(path)));
	if (!parsed.ok) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
	return parsed.value;
}

export const PORTSMOUTH_PATH = 'models/portsmouth-ccg-2017-19.json';
export const ICB_PATH = 'models/icb-template-2026-29.json';

/** A fresh copy each call, so no test can change another's file. */
export const portsmouth = (): ModelFile => load(PORTSMOUTH_PATH);
export const icb = (): ModelFile => load(ICB_PATH);

/** A clock that moves on one minute per reading, from 2026-04-01. */
export function steppingClock(): () => Date {
	let minutes = 0;
	return () => new Date(Date.UTC(2026, 3, 1, 9, minutes++));
}

/** Ids m1, m2, ... in order of creation. */
export function countingIds(): () => string {
	let n = 0;
	return () => `m${++n}`;
}

/** `{ value }` for success, `{ error: kind }` for failure. */
export function outcome<T>(result: StoreResult<T>): { value: T } | { error: StoreError['kind'] } {
	return result.ok ? { value: result.value } : { error: result.error.kind };
}

/** The value of a result that must have succeeded (fails the test with the error otherwise). */
export function valueOf<T>(result: StoreResult<T>): T {
	if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
	return result.value;
}

/** The error of a result that must have failed. */
export function errorOf<T>(result: StoreResult<T>): StoreError {
	if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value).slice(0, 200)}`);
	return result.error;
}
