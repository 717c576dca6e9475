// Adding a year at either end copies the neighbouring year's rates, allocation entries and targets
// into the new year and leaves its savings empty; removing an end year takes its figures, its
// scenario changes and its block choices with it, and the warning counts what goes.
import { describe, expect, it } from 'vitest';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { ModelFile } from '../../../src/lib/model/schema';
import { addYear, removeYear, yearLoss } from '../../../src/lib/notebook/model-years';
import { twoOrgs } from './plan-setup.fixture';

function ok(result: ModelFile | { error: string }): ModelFile {
	if ('error' in result) throw new Error(result.error);
	const valid = validateModel(result);
	if (!valid.ok) throw new Error(JSON.stringify(valid.problems));
	return valid.value;
}

describe('addYear', () => {
	it("at the end: a third year, with the last year's rates, allocation growth and target, and no new savings", () => {
		const file = ok(addYear(twoOrgs(), 'end'));
		expect(file.years).toEqual(['2026/27', '2027/28', '2028/29']);
		expect(file.assumptions.inflation).toEqual({ '2026/27': '5', '2027/28': '4', '2028/29': '4' });
		const [north, south] = file.organisations;
		expect(south!.allocation.years['2028/29']).toEqual({ growth: '1' });
		// North's allocation names 2026/27 only: later years repeat it, so there is nothing to copy.
		expect(north!.allocation.years).toEqual({ '2026/27': { value: '102' } });
		expect(north!.target).toEqual({ '2026/27': '0', '2027/28': '0', '2028/29': '0' });
		// A saving belongs to its year: the scheme has no 2028/29 tranche; unidentified is not copied.
		expect(north!.qipp.schemes[0]!.values).toEqual({ '2026/27': '1' });
		expect(north!.qipp.unidentified).toEqual({ '2026/27': '0', '2027/28': '0' });
		// Published figures are never made up.
		expect(north!.stated).toEqual({ '2026/27': { closing: '0.4' } });
		// A scenario's per-year value carries on too; a change of one year stays that year's.
		expect(file.scenarios[0]!.overrides).toEqual([
			{ path: 'organisations.south.allocation.years.2027/28', value: { growth: '0' } },
			{ path: 'assumptions.inflation', value: { '2026/27': '6', '2027/28': '5', '2028/29': '5' } }
		]);
	});

	it('at the start: a year before the first, its keys first in every per-year record', () => {
		const file = ok(addYear(twoOrgs(), 'start'));
		expect(file.years).toEqual(['2025/26', '2026/27', '2027/28']);
		expect(Object.keys(file.assumptions.inflation as object)).toEqual(['2025/26', '2026/27', '2027/28']);
		expect(file.organisations[1]!.allocation.years['2025/26']).toEqual({ growth: '1' });
	});

	it('refuses an eleventh year', () => {
		const ten = { ...twoOrgs(), years: Array.from({ length: 10 }, (_, i) => `20${26 + i}/${27 + i}`) };
		expect(addYear(ten, 'end')).toEqual({ error: 'A model covers at most 10 years' });
	});
});

describe('removeYear', () => {
	it('the last year: its figures, its scenario changes and block choices naming it go', () => {
		const before = { ...twoOrgs(), notebook: [{ id: 'b', type: 'bridge' as const, year: '2027/28' }] };
		const file = ok(removeYear(before, '2027/28'));
		expect(file.years).toEqual(['2026/27']);
		expect(file.assumptions.inflation).toEqual({ '2026/27': '5' });
		expect(file.organisations[1]!.allocation.years).toEqual({ '2026/27': { growth: '1' } });
		expect(file.scenarios[0]!.overrides).toEqual([
			{ path: 'assumptions.inflation', value: { '2026/27': '6' } }
		]);
		expect(file.notebook).toEqual([{ id: 'b', type: 'bridge' }]);
	});

	it('the first year, with its published figures', () => {
		const file = ok(removeYear(twoOrgs(), '2026/27'));
		expect(file.years).toEqual(['2027/28']);
		expect(file.organisations[0]!.stated).toEqual({});
		expect(file.organisations[0]!.qipp.schemes[0]!.values).toEqual({});
	});

	it('refuses a middle year and the only year', () => {
		const three = ok(addYear(twoOrgs(), 'end'));
		expect(removeYear(three, '2027/28')).toHaveProperty('error');
		const one = ok(removeYear(twoOrgs(), '2027/28'));
		expect(removeYear(one, '2026/27')).toEqual({ error: 'A model needs at least one year' });
	});
});

describe('yearLoss', () => {
	it('counts what removing a year takes, by hand from the fixture', () => {
		// 2026/27 inputs: inflation; North: allocation, scheme value, unidentified, target;
		// South: allocation, unidentified, target = 1 + 4 + 3 = 8. Published: North's closing = 1.
		// Scenario changes naming 2026/27 alone: none (the inflation change covers both years).
		expect(yearLoss(twoOrgs(), '2026/27')).toEqual({ figures: 8, published: 1, changes: 0 });
		// 2027/28: inflation; North: unidentified, target; South: allocation, unidentified, target = 6.
		expect(yearLoss(twoOrgs(), '2027/28')).toEqual({ figures: 6, published: 0, changes: 1 });
	});
});
