// Layers import downward only, so each layer can be used, tested and changed without the ones
// above it: engine < model < io/charts < notebook/state/storage < components < routes, and the
// CLI on engine/model/io. See docs/architecture.md.
// - The engine runs unchanged in Node, a Web Worker and the browser: it imports only decimal.js
//   and its own files.
// - Everything else reaches the engine only through its public API, src/lib/engine/index.ts, so
//   the engine's files can be split, merged and renamed freely.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * @typedef {{ name: string, path: string, rank: number, uses?: readonly string[] }} Area
 * Each area of the source, its layer (lower number = lower layer) and, when it may use fewer
 * layers than its rank allows, the areas it may import.
 */

/** @type {readonly Area[]} */
const AREAS = /** @type {Area[]} */ ([
	{ name: 'engine', path: 'src/lib/engine', rank: 0 },
	{ name: 'model', path: 'src/lib/model', rank: 1 },
	{ name: 'io', path: 'src/lib/io', rank: 2 },
	{ name: 'charts', path: 'src/lib/charts', rank: 2 },
	// Monte Carlo sampling and its summary, outside the engine; runs in Node and in Web Workers.
	{ name: 'simulate', path: 'src/lib/simulate', rank: 2 },
	// The shipped example models: model files read with Vite's import.meta.glob, beside io.
	{ name: 'examples', path: 'src/lib/examples', rank: 2 },
	{ name: 'notebook', path: 'src/lib/notebook', rank: 3 },
	{ name: 'state', path: 'src/lib/state', rank: 3 },
	{ name: 'storage', path: 'src/lib/storage', rank: 3 },
	{ name: 'components', path: 'src/lib/components', rank: 4 },
	{ name: 'routes', path: 'src/routes', rank: 5 },
	// The command runs in Node: the engine, the model format and io, nothing made for the page.
	{ name: 'cli', path: 'src/cli', rank: 6, uses: ['engine', 'model', 'io', 'simulate', 'cli'] }
]).map((area) => ({ ...area, path: path.join(ROOT, area.path) }));

const ORDER =
	'engine < model < io/charts/simulate < notebook/state/storage < components < routes; cli on engine/model/io/simulate';
const ENGINE = /** @type {Area} */ (AREAS[0]);
const ENGINE_API = path.join(ENGINE.path, 'index');
const LIB = path.join(ROOT, 'src/lib');
const ENGINE_PACKAGES = new Set(['decimal.js']);

/** A path without its source extension, so `x.ts`, `x.svelte.ts` and `x` name one module. @param {string} file */
function stripExtension(file) {
	return file.replace(/(\.svelte)?\.(ts|js)$/, '').replace(/\.svelte$/, '');
}

/** The area a file (absolute path, no extension) belongs to, if any. @param {string} file */
function areaOf(file) {
	return AREAS.find((a) => file === a.path || file.startsWith(a.path + path.sep));
}

/** The absolute module path an import names (no extension), or undefined for a package. @param {string} source @param {string} filename */
function resolveSource(source, filename) {
	if (source === '$lib' || source.startsWith('$lib/')) return stripExtension(path.join(LIB, source.slice(4)));
	if (source.startsWith('.')) return stripExtension(path.resolve(path.dirname(filename), source));
	return undefined;
}

/** @param {Area} from @param {Area} to */
function mayImport(from, to) {
	if (from === to) return true;
	return from.uses ? from.uses.includes(to.name) : to.rank <= from.rank;
}

/** @type {import('eslint').Rule.RuleModule} */
export default {
	meta: {
		type: 'problem',
		docs: { description: `layers import downward only (${ORDER}); the engine only through its index.ts` },
		messages: {
			impureEngine:
				"'{{source}}' may not be imported from src/lib/engine: the engine stays pure (decimal.js and its own files only) so it runs in Node, a Worker and the browser alike.",
			upward:
				"'{{source}}' is in {{to}}, which {{from}} may not import: layers import downward only ({{order}}), so each layer works without the ones above it. Move what both need down to the lower layer.",
			deepEngine:
				"'{{source}}' reaches inside the engine: import from its public API (src/lib/engine/index.ts, e.g. '$lib/engine'), exporting from there what is missing, so the engine's files can change freely."
		},
		schema: []
	},
	create(context) {
		const filename = path.resolve(ROOT, context.filename);
		const from = areaOf(stripExtension(filename));
		if (!from) return {};

		/** @param {import('estree').Node & { source?: unknown }} node */
		const check = (node) => {
			const literal = /** @type {{ type?: string, value?: unknown } | null | undefined} */ (node.source);
			const source =
				literal?.type === 'Literal' && typeof literal.value === 'string' ? literal.value : undefined;
			if (source === undefined) {
				// A computed dynamic import can load anything: the engine cannot afford that.
				if (node.type === 'ImportExpression' && from === ENGINE)
					context.report({ node, messageId: 'impureEngine', data: { source: '(dynamic import)' } });
				return;
			}
			const target = resolveSource(source, filename);
			const to = target === undefined ? undefined : areaOf(target);
			if (from === ENGINE) {
				const allowed = target === undefined ? ENGINE_PACKAGES.has(source) : to === ENGINE;
				if (!allowed) context.report({ node, messageId: 'impureEngine', data: { source } });
				return;
			}
			if (!to) return;
			if (!mayImport(from, to)) {
				context.report({
					node,
					messageId: 'upward',
					data: { source, from: from.name, to: to.name, order: ORDER }
				});
			} else if (to === ENGINE && target !== ENGINE.path && target !== ENGINE_API) {
				context.report({ node, messageId: 'deepEngine', data: { source } });
			}
		};
		return {
			ImportDeclaration: check,
			ExportNamedDeclaration: check,
			ExportAllDeclaration: check,
			ImportExpression: check
		};
	}
};
