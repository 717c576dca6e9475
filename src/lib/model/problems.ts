// A problem found in a model file: where (a readable JSON path) and what (a plain-English reason).
import type { z } from 'zod';
import { formatPath } from './json-path';

export interface Problem {
	/** e.g. "organisations[0].costLines[2].base", or "(file)" for the whole file. */
	readonly path: string;
	readonly message: string;
}

/** zod's generic messages, reworded for people who edit model files by hand. */
function reason(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		const keys = issue.keys.map((k) => `"${k}"`).join(', ');
		return `unknown field${issue.keys.length === 1 ? '' : 's'} ${keys}: check the spelling (see docs/model-format.md)`;
	}
	if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
		if (issue.input === undefined) return `is missing (expected ${issue.expected})`;
		const received =
			issue.input === null ? 'null' : Array.isArray(issue.input) ? 'a list' : typeof issue.input;
		return `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${received}`;
	}
	return issue.message;
}

/**
 * A union with no message of its own ("Invalid input") says why through the option nearest to
 * fitting: the one with the fewest problems (a scenario change with "each" is read as a set).
 */
function nearest(issue: z.core.$ZodIssue): readonly z.core.$ZodIssue[] {
	if (issue.code !== 'invalid_union' || issue.message !== 'Invalid input' || issue.errors.length === 0)
		return [issue];
	const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
	return best.flatMap((inner) => nearest({ ...inner, path: [...issue.path, ...inner.path] }));
}

export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
	return issues.flatMap(nearest).map((issue) => ({ path: formatPath(issue.path), message: reason(issue) }));
}

/** One line per problem, for terminals and alerts. */
export function describeProblems(problems: readonly Problem[]): string {
	return problems.map((p) => `${p.path}: ${p.message}`).join('\n');
}

/** What a check or a reading gives: the value, or every problem found, each with where and what. */
export type Result<T> =
	{ readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: Problem[] };
