import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import enginePurity from './eslint-rules/engine-purity.js';

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
		files: ['src/lib/engine/**/*.ts'],
		plugins: { bridgebook: { rules: { 'engine-purity': enginePurity } } },
		rules: {
			'bridgebook/engine-purity': 'error',
			'no-restricted-globals': [
				'error',
				{ name: 'parseFloat', message: 'Money stays Decimal in the engine.' },
				{ name: 'window', message: 'The engine runs in Node and Workers too.' },
				{ name: 'document', message: 'The engine runs in Node and Workers too.' }
			]
		}
	}
);
