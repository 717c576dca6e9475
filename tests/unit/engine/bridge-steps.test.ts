// The bridge-step table: its order, default labels, which lines an organisation has, and that the
// projection makes exactly the lines the table says it has (the names formulas may read depend on it).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRIDGE_ORDER, bridgeLineKeys, bridgeRank, stepLabel } from '../../../src/lib/engine/bridge-steps';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { modelInputArb } from './arbitraries';
import { amounts, costLine, model, org, py } from './fixtures';

describe('BRIDGE_ORDER', () => {
	it('lists the lines in the documented order, specific allocations after the reserves and before QIPP', () => {
		expect(BRIDGE_ORDER).toEqual([
			'opening',
			'growth_received',
			'normalisation',
			'qipp_full_year_effect',
			'reserve_provisions',
			'activity_growth',
			'inflation',
			'efficiency',
			'other_pressures',
			'contingency',
			'non_recurrent_reserve',
			'specific',
			'qipp',
			'closing'
		]);
	});
});

describe('bridgeRank', () => {
	it('ranks lines in the documented order, every specific allocation at "specific" (after the reserves, before QIPP)', () => {
		const keys = [
			'closing',
			'qipp',
			'specific:ir',
			'non_recurrent_reserve',
			'contingency',
			'other_pressures',
			'efficiency',
			'inflation',
			'activity_growth',
			'reserve_provisions',
			'qipp_full_year_effect',
			'normalisation',
			'growth_received',
			'opening'
		];
		expect([...keys].sort((a, b) => bridgeRank(a) - bridgeRank(b))).toEqual(
			BRIDGE_ORDER.map((k) => (k === 'specific' ? 'specific:ir' : k))
		);
		expect(bridgeRank('specific:bcf')).toBe(bridgeRank('specific:ir'));
		expect(bridgeRank('specific:ir')).toBeGreaterThan(bridgeRank('non_recurrent_reserve'));
		expect(bridgeRank('specific:ir')).toBeLessThan(bridgeRank('qipp'));
	});

	it('does not rank keys that are not bridge lines, nor an item key on a step without items', () => {
		expect(bridgeRank('allocation')).toBe(-1);
		expect(bridgeRank('contingency:x')).toBe(-1);
	});
});

describe('stepLabel', () => {
	it('gives the default labels the bridge and the reserves sheet show', () => {
		expect(stepLabel('contingency')).toBe('Contingency');
		expect(stepLabel('non_recurrent_reserve')).toBe('Non-recurrent (risk) reserve');
		expect(stepLabel('closing')).toBe('Planned in-year surplus/(deficit)');
	});

	it('is what a line shows unless the model names the reserve', () => {
		const named = org({
			contingency: { rate: {}, base: 'current', label: 'Contingency (0.5%)' }
		});
		const [year] = evaluateModel(model({ organisations: [named] })).organisations[0]!.years;
		const label = (key: string) => year!.lines.find((l) => l.key === key)?.label;
		expect(label('contingency')).toBe('Contingency (0.5%)');
		expect(label('non_recurrent_reserve')).toBe('Non-recurrent (risk) reserve');
	});
});

describe('bridgeLineKeys', () => {
	it('leaves out the full-year effect in a one-year model and other pressures when no line has them', () => {
		expect(bridgeLineKeys(org(), 1)).toEqual([
			'opening',
			'growth_received',
			'normalisation',
			'reserve_provisions',
			'activity_growth',
			'inflation',
			'efficiency',
			'contingency',
			'non_recurrent_reserve',
			'qipp',
			'closing'
		]);
	});

	it('has the full-year effect with a second year, other pressures with a line that has them, and one line per specific allocation', () => {
		const ccg = org({
			costLines: [costLine({ id: 'a', base: D(1) }), costLine({ id: 'b', base: D(1), otherPressures: {} })],
			specificAllocations: [
				amounts({ id: 'ir', values: py({ '2017/18': 1 }) }),
				amounts({ id: 'bcf', values: {} })
			]
		});
		expect(bridgeLineKeys(ccg, 2)).toEqual([
			'opening',
			'growth_received',
			'normalisation',
			'qipp_full_year_effect',
			'reserve_provisions',
			'activity_growth',
			'inflation',
			'efficiency',
			'other_pressures',
			'contingency',
			'non_recurrent_reserve',
			'specific:ir',
			'specific:bcf',
			'qipp',
			'closing'
		]);
	});

	it('names exactly the lines an evaluation makes, in bridge order, for any model', () => {
		fc.assert(
			fc.property(modelInputArb({ maxOrganisations: 2, maxYears: 3 }), (input) => {
				const result = evaluateModel(input, 'plan');
				input.organisations.forEach((o, i) => {
					const years = result.organisations[i]!.years;
					const made = new Set(years.flatMap((y) => y.lines.map((l) => l.key)));
					expect([...made].sort()).toEqual(bridgeLineKeys(o, input.years.length).sort());
					for (const y of years) {
						const ranks = y.lines.map((l) => bridgeRank(l.key));
						expect(ranks.every((r, j) => r >= 0 && (j === 0 || r >= ranks[j - 1]!))).toBe(true);
					}
				});
			}),
			{ numRuns: 30 }
		);
	});
});
