// JSON text to a value, with a syntax error reported by line and column.
import type { Problem, Result } from './problems';

/** Parse JSON text, reporting a syntax error with its line and column. */
export function parseJsonText(text: string): Result<unknown> {
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message);
		const problem = (what: string): Result<unknown> => ({
			ok: false,
			problems: [{ path: '(file)', message: what } satisfies Problem]
		});
		if (!position) return problem(`not valid JSON: ${message}`);
		const before = text.slice(0, Number(position[1])).split('\n');
		const where = `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
		return problem(
			`not valid JSON at ${where}: ${message.replace(/\s*(at|in JSON at) position \d+.*$/, '')}`
		);
	}
}
