import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioName } from '../../../src/lib/model/scenario';
import type { ModelFile } from '../../../src/lib/model/schema';

describe('scenarioName', () => {
	const icb = JSON.parse(readFileSync('models/icb-template-2026-29.json', 'utf8')) as ModelFile;

	it('is "Baseline" for the baseline and the name the file gives any other scenario', () => {
		expect(scenarioName(icb, 'baseline')).toBe('Baseline');
		expect(scenarioName(icb, 'worst')).toBe('Worst case');
	});

	it('is the id for a scenario the file does not have', () => {
		expect(scenarioName(icb, 'gone')).toBe('gone');
	});
});
