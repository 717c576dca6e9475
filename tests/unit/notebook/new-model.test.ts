// A new model from the dialog's choices: the years asked for, one blank organisation per name, the
// blank plan's entry unit and reserve rates, and no illustrative mark (nothing in it is made up).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readModel, validateModel } from '../../../src/lib/model/valid-model';
import { newModel } from '../../../src/lib/notebook/new-model';

const blank = () => {
	const read = readModel(readFileSync('models/blank-plan.json', 'utf8'));
	if (!read.ok) throw new Error('blank plan must load');
	return read.value;
};

describe('newModel', () => {
	it('two organisations, three years from 2026/27', () => {
		const made = newModel(blank(), {
			name: 'Our plan',
			organisations: ['North', ' South '],
			firstYear: '2026/27',
			years: 3
		});
		if ('error' in made) throw new Error(made.error);
		expect(validateModel(made).ok).toBe(true);
		expect(made.name).toBe('Our plan');
		expect(made.illustrative).toBeUndefined();
		expect(made.description).toBeUndefined();
		expect(made.years).toEqual(['2026/27', '2027/28', '2028/29']);
		expect(made.organisations.map((o) => [o.id, o.name])).toEqual([
			['north', 'North'],
			['south', 'South']
		]);
		expect(made.organisations[0]!.reserves.contingency).toEqual({ rate: '0.5', base: 'current' });
		expect(made.unit).toBe('m');
	});

	it.each([
		[{ name: '', organisations: ['A'], firstYear: '2026/27', years: 2 }, 'Give the model a name'],
		[{ name: 'X', organisations: [' '], firstYear: '2026/27', years: 2 }, 'Name at least one organisation'],
		[
			{ name: 'X', organisations: ['A'], firstYear: '2026', years: 2 },
			'"2026" is not a financial year: write it like 2026/27'
		],
		[{ name: 'X', organisations: ['A'], firstYear: '2026/27', years: 11 }, 'A model covers 1 to 10 years']
	])('refuses %o', (choices, error) => {
		expect(newModel(blank(), choices)).toEqual({ error });
	});
});
