import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/lib/model/json-text';
import { validateModel } from '../../../src/lib/model/valid-model';
import { exampleModels, goldenPath, goldenText } from '../../../scripts/golden';

describe('example models', () => {
	const models = exampleModels();

	it('are found in models/', () => {
		expect(models.length).toBeGreaterThanOrEqual(2);
	});

	for (const model of models) {
		it(`${model} is a valid model file`, () => {
			const json = parseJsonText(readFileSync(model, 'utf8'));
			const parsed = json.ok ? validateModel(json.value) : json;
			expect(parsed.ok ? [] : parsed.problems).toEqual([]);
		});

		it(`${model} gives its golden bridge and QIPP figures for every scenario and view (npm run golden to update)`, () => {
			expect(goldenText(model)).toBe(readFileSync(goldenPath(model), 'utf8'));
		});
	}
});
