// The shipped models as the library uses them: templates for "New model", and the examples that
// seed an empty library on first run (every shipped model except the blank template).
import { examples, type ExampleModel } from '$lib/examples';
import type { ExampleText } from '$lib/storage/seed';
import type { Template } from './library.svelte';

/** The id (file name) of the blank CCG/ICB plan in models/. */
export const BLANK_TEMPLATE_ID = 'blank-plan';

/** Every shipped model that loads, blank plan first. */
export function shippedTemplates(models: readonly ExampleModel[] = examples): Template[] {
	const templates = models.flatMap((e) =>
		e.loaded.ok ? [{ id: e.id, name: e.loaded.value.name, file: e.loaded.value }] : []
	);
	return [
		...templates.filter((t) => t.id === BLANK_TEMPLATE_ID),
		...templates.filter((t) => t.id !== BLANK_TEMPLATE_ID)
	];
}

/** The examples to seed on first run. */
export function seedTexts(models: readonly ExampleModel[] = examples): ExampleText[] {
	return models.filter((e) => e.id !== BLANK_TEMPLATE_ID).map((e) => ({ key: e.id, text: e.text }));
}
