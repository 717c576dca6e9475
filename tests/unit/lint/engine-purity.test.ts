import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import rule from '../../../eslint-rules/engine-purity.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });
const inEngine = 'src/lib/engine/bridge.ts';

tester.run('engine-purity', rule, {
	valid: [
		{ code: "import Decimal from 'decimal.js';", filename: inEngine },
		{ code: "import { sum } from './decimal';", filename: inEngine },
		{ code: "export { D } from './decimal';", filename: inEngine },
		{ code: "import { z } from 'zod';", filename: 'src/lib/model/schema.ts' }
	],
	invalid: [
		{ code: "import { z } from 'zod';", filename: inEngine, errors: [{ messageId: 'forbidden' }] },
		{ code: "import { mount } from 'svelte';", filename: inEngine, errors: [{ messageId: 'forbidden' }] },
		{
			code: "import { readFileSync } from 'node:fs';",
			filename: inEngine,
			errors: [{ messageId: 'forbidden' }]
		},
		{
			code: "import { parseModel } from '../model/parse';",
			filename: inEngine,
			errors: [{ messageId: 'forbidden' }]
		},
		{ code: "export * from '../io/csv';", filename: inEngine, errors: [{ messageId: 'forbidden' }] },
		{ code: "const m = await import('zod');", filename: inEngine, errors: [{ messageId: 'forbidden' }] },
		{ code: 'const m = await import(name);', filename: inEngine, errors: [{ messageId: 'forbidden' }] }
	]
});
