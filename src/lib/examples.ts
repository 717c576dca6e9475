// The example and template models shipped with the app, read from models/*.json at build time.
// Each is validated once so the library can list it; a file that fails to parse is listed
// with its problems rather than hidden.
import type { Result } from './model/problems';
import { readModel, type ValidModel } from './model/valid-model';

export interface ExampleModel {
	/** URL-safe id: the file name without ".json", e.g. "portsmouth-ccg-2017-19". */
	readonly id: string;
	readonly path: string;
	readonly text: string;
	readonly loaded: Result<ValidModel>;
}

const files = import.meta.glob<string>('/models/*.json', { query: '?raw', import: 'default', eager: true });

function idOf(path: string): string {
	return (path.split('/').at(-1) ?? path).replace(/\.json$/, '');
}

/** Every shipped model: models of published plans first, then illustrative ones, each by file name. */
export const examples: readonly ExampleModel[] = Object.entries(files)
	.sort(([a], [b]) => a.localeCompare(b))
	.map(([path, text]): ExampleModel => ({
		id: idOf(path),
		path: path.replace(/^\//, ''),
		text,
		loaded: readModel(text)
	}))
	.sort((a, b) => (isIllustrative(a) === isIllustrative(b) ? 0 : isIllustrative(a) ? 1 : -1));

function isIllustrative(example: ExampleModel): boolean {
	return example.loaded.ok && example.loaded.value.illustrative === true;
}

/** The shipped model with this id, if any. */
export function exampleById(id: string): ExampleModel | undefined {
	return examples.find((e) => e.id === id);
}
