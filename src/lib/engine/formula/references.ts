// The names a formula refers to, read from its syntax tree with one exhaustive switch.
// Function names are not references. No evaluation, no text.
import type { Expr } from './ast';

/**
 * The names `ast` refers to, each once, in order of first appearance in the text.
 * @example referencedNames(ast('£3 * population + prev(x, £0)')) // ['population', 'x']
 */
export function referencedNames(ast: Expr): string[] {
	// Every occurrence in order, then first occurrences only; most formulas name one or two
	// values, so a Set (allocated per formula on every full evaluation) is only made when needed.
	const names: string[] = [];
	collect(ast, names);
	return names.length < 2 ? names : [...new Set(names)];
}

function collect(node: Expr, names: string[]): void {
	switch (node.kind) {
		case 'literal':
			return;
		case 'name':
			names.push(node.name);
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
