import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelJsonSchemaText } from '../../../src/lib/model/json-schema';

describe('static/model.schema.json', () => {
	it('is the JSON Schema generated from the zod schema (npm run schema to update)', () => {
		expect(readFileSync('static/model.schema.json', 'utf8')).toBe(modelJsonSchemaText());
	});

	it('describes the decimal strings with a pattern editors can check', () => {
		expect(modelJsonSchemaText()).toContain('"pattern": "^-?\\\\d+(\\\\.\\\\d+)?$"');
	});
});
