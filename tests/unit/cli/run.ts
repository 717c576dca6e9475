// Runs the CLI in-process with captured output, reading files from disk or from a given map.
import { readFileSync, writeFileSync } from 'node:fs';
import { run } from '../../../src/cli/main';

export function cli(argv: string[], files: Record<string, string> = {}) {
	let out = '';
	let err = '';
	const code = run(argv, {
		out: (t) => (out += t),
		err: (t) => (err += t),
		readFile: (path) => files[path] ?? readFileSync(path, 'utf8'),
		writeFile: (path, data) => writeFileSync(path, data)
	});
	return { code, out, err };
}
