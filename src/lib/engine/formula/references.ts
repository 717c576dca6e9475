// The names a formula refers to, read from its syntax tree with one exhaustive switch.
// Function names are not references. No evaluation, no text.
import type { Expr } from './ast';

/**
 * The names `ast` refers to, each once, in order of first appearance in the text.
 * @example referencedNames(ast('£3 * population + prev(x, £0)')) // ['population', 'x']
 */
export function referencedNames(ast: Expr): string[] {
	const names = new Set<string>();
	collect(ast, names);
	return [...names];
}

function collect(node: Expr, names: Set<string>): void {
	switch (node.kind) {
		case 'literal':
			return;
		case 'name':
			names.add(node.name);
			return;
		case 'negate':
			collect(node.operand, names);
			return;
		case 'binary':
			collect(node.left, names);
			collect(node.right, names);
			return;
		case 'call':
			for (const arg of node.args) collect(arg, names);
			return;
		case 'index':
			collect(node.target, names);
			return;
		default: {
			const unknown: never = node;
			return unknown;
		}
	}
}
