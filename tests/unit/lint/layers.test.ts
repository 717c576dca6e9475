import { RuleTester } from 'eslint';
import ts from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../../eslint-rules/layers.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
	languageOptions: { parser: ts.parser, ecmaVersion: 2024, sourceType: 'module' }
});
const inEngine = 'src/lib/engine/bridge.ts';
const upward = [{ messageId: 'upward' }];
const deep = [{ messageId: 'deepEngine' }];
const impure = [{ messageId: 'impureEngine' }];

tester.run('layers', rule, {
	valid: [
		// The engine: decimal.js and its own files, deep or not.
		{ code: "import Decimal from 'decimal.js';", filename: inEngine },
		{ code: "import { sum } from './decimal';", filename: inEngine },
		{ code: "export { D } from './decimal';", filename: inEngine },
		{ code: "import { lex } from '../lexer';", filename: 'src/lib/engine/formula/parser.ts' },
		// Everything else: the engine through its index only, in any spelling.
		{ code: "import { D } from '../engine';", filename: 'src/lib/model/cells.ts' },
		{ code: "import { D } from '../engine/index';", filename: 'src/lib/io/csv.ts' },
		{ code: "import { D } from '../engine/index.ts';", filename: 'src/lib/charts/waterfall.ts' },
		{ code: "import { D } from '$lib/engine';", filename: 'src/lib/components/Grid.svelte' },
		{ code: "import { D } from '../../lib/engine/index';", filename: 'src/cli/commands/bridge.ts' },
		// Downward and sideways within a layer.
		{ code: "import { z } from 'zod';", filename: 'src/lib/model/schema.ts' },
		{ code: "import type { ModelFile } from './schema';", filename: 'src/lib/model/parse.ts' },
		{ code: "import { bridgeReports } from '../io/bridge-report';", filename: 'src/lib/charts/waterfall.ts' },
		{ code: "import { loadModel } from '$lib/model/parse';", filename: 'src/lib/state/library.svelte.ts' },
		{ code: "import { seed } from '$lib/storage/seed';", filename: 'src/lib/state/templates.ts' },
		{ code: "import { examples } from '$lib/examples';", filename: 'src/lib/state/templates.ts' },
		{
			code: "import { NotebookState } from '$lib/notebook/notebook.svelte';",
			filename: 'src/lib/components/notebook/Block.svelte'
		},
		{
			code: "import Notebook from '$lib/components/notebook/Notebook.svelte';",
			filename: 'src/routes/+page.svelte'
		},
		{ code: "import type { PageLoad } from './$types';", filename: 'src/routes/+page.ts' },
		{ code: "import { textTable } from '../../lib/io/text-table';", filename: 'src/cli/commands/qipp.ts' },
		{ code: "import { loadModel } from '../lib/model/parse';", filename: 'src/cli/load.ts' },
		{ code: "import { UsageError } from '../io';", filename: 'src/cli/commands/qipp.ts' },
		{ code: "import { parseArgs } from 'node:util';", filename: 'src/cli/options.ts' },
		// Files outside the layers are not checked.
		{ code: "import { x } from '../src/lib/components/amounts';", filename: 'tests/unit/x.test.ts' }
	],
	invalid: [
		// The engine stays pure.
		{ code: "import { z } from 'zod';", filename: inEngine, errors: impure },
		{ code: "import { mount } from 'svelte';", filename: inEngine, errors: impure },
		{ code: "import { readFileSync } from 'node:fs';", filename: inEngine, errors: impure },
		{ code: "import { parseModel } from '../model/parse';", filename: inEngine, errors: impure },
		{ code: "export * from '../io/csv';", filename: inEngine, errors: impure },
		{ code: "const m = await import('zod');", filename: inEngine, errors: impure },
		{ code: 'const m = await import(name);', filename: inEngine, errors: impure },
		// Deep imports into the engine from outside it.
		{ code: "import { D } from '../engine/decimal';", filename: 'src/lib/model/cells.ts', errors: deep },
		{
			code: "import type { Unit } from '../engine/formula/values';",
			filename: 'src/lib/model/cells.ts',
			errors: deep
		},
		{
			code: "import { parse } from '$lib/engine/formula/index';",
			filename: 'src/lib/components/X.svelte',
			errors: deep
		},
		{ code: "export { D } from '../engine/decimal.ts';", filename: 'src/lib/io/csv.ts', errors: deep },
		{
			code: "import { D } from '../../lib/engine/units';",
			filename: 'src/cli/commands/bridge.ts',
			errors: deep
		},
		// Upward imports.
		{
			code: "import { displayDp } from '../components/amounts';",
			filename: 'src/lib/notebook/sheets.ts',
			errors: upward
		},
		{
			code: "import type { GridCell } from '../components/grid/grid';",
			filename: 'src/lib/notebook/sheet.ts',
			errors: upward
		},
		{ code: "import { toCsv } from '../io/csv';", filename: 'src/lib/model/parse.ts', errors: upward },
		{ code: "import { examples } from '../examples';", filename: 'src/lib/model/parse.ts', errors: upward },
		{
			code: "import type { Store } from '$lib/storage/store';",
			filename: 'src/lib/io/csv.ts',
			errors: upward
		},
		{
			code: "const m = await import('$lib/state/templates');",
			filename: 'src/lib/charts/waterfall.ts',
			errors: upward
		},
		{
			code: "export * from '../../routes/model/[id]/dependency';",
			filename: 'src/lib/components/X.svelte',
			errors: upward
		},
		{ code: "import { main } from '../../cli/main';", filename: 'src/lib/io/csv.ts', errors: upward },
		{ code: "import { main } from '../cli/main';", filename: 'src/routes/+page.ts', errors: upward },
		// The CLI stands on engine, model and io only.
		{
			code: "import { waterfall } from '../../lib/charts/waterfall';",
			filename: 'src/cli/commands/bridge.ts',
			errors: upward
		},
		{ code: "import { seed } from '../lib/storage/seed';", filename: 'src/cli/load.ts', errors: upward },
		{ code: "import { examples } from '../lib/examples';", filename: 'src/cli/load.ts', errors: upward }
	]
});
