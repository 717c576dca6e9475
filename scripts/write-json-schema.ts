// Writes static/model.schema.json from the zod schema (npm run schema).
import { writeFileSync } from 'node:fs';
import { modelJsonSchemaText } from '../src/lib/model/json-schema';

writeFileSync('static/model.schema.json', modelJsonSchemaText());
console.log('wrote static/model.schema.json');
