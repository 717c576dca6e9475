import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import layers from './eslint-rules/layers.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench/.bundle/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// The service worker is type-checked on its own, with the worker's lib (tsconfig.worker.json).
		files: ['src/service-worker.ts'],
		languageOptions: {
			parserOptions: { projectService: false, project: './tsconfig.worker.json' }
		}
	},
	{
		// Nothing builds code from text: a model file or a pasted table is data, never a program.
		rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' }
	},
	{
		// Layers import downward only; the engine is pure and used through its index (docs/architecture.md).
		files: ['src/**/*.ts', 'src/**/*.svelte', 'src/**/*.js'],
		plugins: { bridgebook: { rules: { layers } } },
		rules: { 'bridgebook/layers': 'error' }
	},
	{
		files: ['src/lib/engine/**/*.ts'],
		rules: {
			'no-restricted-globals': [
				'error',
				{ name: 'parseFloat', message: 'Money stays Decimal in the engine.' },
				{ name: 'window', message: 'The engine runs in Node and Workers too.' },
				{ name: 'document', message: 'The engine runs in Node and Workers too.' }
			]
		}
	}
);
