// The model format as JSON Schema, generated from the zod schema so the two cannot drift.
// Published as static/model.schema.json for editors; a test checks the file is current.
import { z } from 'zod';
import { modelFileSchema, SCHEMA_VERSION } from './schema';

export function modelJsonSchema(): Record<string, unknown> {
	return {
		...z.toJSONSchema(modelFileSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
		$id: `https://bridgebook.invalid/model.schema.v${SCHEMA_VERSION}.json`,
		title: `Bridgebook model file, schemaVersion ${SCHEMA_VERSION}`
	};
}

/** The text written to static/model.schema.json. */
export function modelJsonSchemaText(): string {
	return JSON.stringify(modelJsonSchema(), null, '\t') + '\n';
}
