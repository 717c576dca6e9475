// The example and template models shipped with the app, read from models/*.json at build time.
// Each is validated once so the library can list it; a file that fails to parse is listed
// with its problems rather than hidden.
import type { Problem } from './model/problems';
import { readModel, type ValidModel } from './model/valid-model';

export interface ExampleModel {
	/** URL-safe id: the file name without ".json", e.g. "portsmouth-ccg-2017-19". */
	readonly id: string;
	readonly path: string;
	readonly text: string;
	readonly loaded: { ok: true; file: ValidModel } | { ok: false; problems: Problem[] };
}

const files = import.meta.glob<string>('/models/*.json', { query: '?raw', import: 'default', eager: true });

function idOf(path: string): string {
	return (path.split('/').at(-1) ?? path).replace(/\.json$/, '');
}

/** Every shipped model: models of published plans first, then illustrative ones, each by file name. */
export const examples: readonly ExampleModel[] = Object.entries(files)
	.sort(([a], [b]) => a.localeCompare(b))
	.map(([path, text]): ExampleModel => {
		const result = readModel(text);
		return {
			id: idOf(path),
			path: path.replace(/^\//, ''),
			text,
			loaded: result.ok ? { ok: true, file: result.value } : { ok: false, problems: result.problems }
		};
	})
	.sort((a, b) => (isIllustrative(a) === isIllustrative(b) ? 0 : isIllustrative(a) ? 1 : -1));

function isIllustrative(example: ExampleModel): boolean {
	return example.loaded.ok && example.loaded.file.illustrative === true;
}

/** The shipped model with this id, if any. */
export function exampleById(id: string): ExampleModel | undefined {
	return examples.find((e) => e.id === id);
}
