// Rewrites tests/golden/*.golden.json after a deliberate change to the figures (npm run golden).
// Review the diff before committing: every changed number is a changed answer.
import { writeFileSync } from 'node:fs';
import { exampleModels, goldenPath, goldenText } from './golden';

for (const model of exampleModels()) {
	writeFileSync(goldenPath(model), goldenText(model));
	console.log(`wrote ${goldenPath(model)}`);
}
