// The settings dialog's details written into the file: empty text fields leave the file, sources
// are one a line, and the illustrative mark is kept only when set.
import { describe, expect, it } from 'vitest';
import { detailsOf, withDetails } from '../../../src/lib/notebook/model-details';
import { twoOrgs } from './plan-setup.fixture';

describe('withDetails', () => {
	it('round-trips the details and drops blank sources', () => {
		const file = withDetails(twoOrgs(), {
			name: ' Our plan ',
			description: 'Draft for the board',
			sources: 'Plan 2026/27 p. 4\n\n  Board paper  ',
			illustrative: true,
			unit: 'k',
			convention: 'additive'
		});
		if ('error' in file) throw new Error(file.error);
		expect(file).toMatchObject({
			name: 'Our plan',
			description: 'Draft for the board',
			sources: ['Plan 2026/27 p. 4', 'Board paper'],
			illustrative: true,
			unit: 'k',
			convention: 'additive'
		});
		expect(detailsOf(file).sources).toBe('Plan 2026/27 p. 4\nBoard paper');
	});

	it('leaves out what is empty or false, and refuses an empty name', () => {
		const details = { ...detailsOf(twoOrgs()), description: ' ', sources: '', illustrative: false };
		const file = withDetails({ ...twoOrgs(), description: 'old', illustrative: true }, details);
		expect(file).not.toHaveProperty('description');
		expect(file).not.toHaveProperty('sources');
		expect(file).not.toHaveProperty('illustrative');
		expect(withDetails(twoOrgs(), { ...details, name: '' })).toEqual({ error: 'The model needs a name' });
	});
});
