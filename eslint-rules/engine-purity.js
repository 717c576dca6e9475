// The engine must run unchanged in Node, a Web Worker and the browser, so it may import only
// decimal.js and its own files: no Svelte, DOM, storage, zod or Node built-ins.
import path from 'node:path';

const ENGINE_DIR = path.resolve('src/lib/engine');
const ALLOWED_PACKAGES = new Set(['decimal.js']);

/** @param {string} source @param {string} filename */
function isAllowed(source, filename) {
	if (ALLOWED_PACKAGES.has(source)) return true;
	if (!source.startsWith('.')) return false;
	const target = path.resolve(path.dirname(filename), source);
	return target === ENGINE_DIR || target.startsWith(ENGINE_DIR + path.sep);
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'problem',
		docs: { description: 'src/lib/engine imports only decimal.js and its own files' },
		messages: {
			forbidden:
				"'{{source}}' may not be imported from src/lib/engine: the engine stays pure (decimal.js and its own files only) so it runs in Node, a Worker and the browser alike."
		},
		schema: []
	},
	create(context) {
		const filename = context.filename;
		if (!path.resolve(filename).startsWith(ENGINE_DIR + path.sep)) return {};
		/** @param {import('estree').Node & { source?: unknown }} node */
		function check(node) {
			const literal = /** @type {{ type?: string, value?: unknown } | null | undefined} */ (node.source);
			if (!literal || literal.type !== 'Literal' || typeof literal.value !== 'string') {
				if (node.type === 'ImportExpression') {
					context.report({ node, messageId: 'forbidden', data: { source: '(dynamic import)' } });
				}
				return;
			}
			if (!isAllowed(literal.value, filename)) {
				context.report({ node, messageId: 'forbidden', data: { source: literal.value } });
			}
		}
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};
