// First-run seeding: put the shipped example models into an empty library once, and remember in
// `meta` that it happened, so an example the user deletes never comes back.
import { readModel } from '../model/valid-model';
import { notSavedError } from './errors';
import { ok, type ModelStore, type SavedModel, type StoreError, type StoreResult } from './store';

/** The `meta` key recording that seeding has happened (value: when, and which examples). */
export const SEED_META_KEY = 'examples-seeded';

/** One shipped example: a stable key (e.g. its file name) and the file's JSON text. */
export interface ExampleText {
	readonly key: string;
	readonly text: string;
}

/** What seeding did. */
export interface SeedReport {
	/** True only on the one call that seeded; false if seeding happened before or the library had models. */
	readonly seeded: boolean;
	readonly created: readonly SavedModel[];
	/** Examples that could not be added, and why; the others are added regardless. */
	readonly failed: readonly { readonly key: string; readonly error: StoreError }[];
}

/**
 * On first run, create each example in the store. Runs at most once per browser profile, even with
 * two tabs starting together (the `meta` claim is atomic); never adds to a library that has models.
 * @example
 * await seedExamples(store, examples.map((e) => ({ key: e.id, text: e.text })));
 */
export async function seedExamples(
	store: ModelStore,
	examples: readonly ExampleText[],
	now: () => Date = () => new Date()
): Promise<StoreResult<SeedReport>> {
	const listed = await store.list();
	if (!listed.ok) return listed;
	const claimed = await store.claimMeta(SEED_META_KEY, {
		at: now().toISOString(),
		examples: listed.value.length === 0 ? examples.map((e) => e.key) : []
	});
	if (!claimed.ok) return claimed;
	if (!claimed.value || listed.value.length > 0) return ok({ seeded: false, created: [], failed: [] });

	const created: SavedModel[] = [];
	const failed: { key: string; error: StoreError }[] = [];
	for (const { key, text } of examples) {
		const parsed = readModel(text);
		if (!parsed.ok) {
			failed.push({ key, error: notSavedError(`The example "${key}"`, parsed.problems) });
			continue;
		}
		const result = await store.create(parsed.value);
		if (result.ok) created.push(result.value);
		else failed.push({ key, error: result.error });
	}
	return ok({ seeded: true, created, failed });
}
