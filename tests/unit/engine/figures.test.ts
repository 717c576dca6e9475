import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { compareAllStated, figuresOf } from '../../../src/lib/engine/figures';
import { projectOrganisation } from '../../../src/lib/engine/project';
import { model, org, py, scheme } from './fixtures';

const Y1 = '2017/18';

/** Portsmouth-sized: allocation 297.9m -> 306.3m, contingency 0.5% and risk reserve 1% of 306.3m. */
function portsmouth() {
	const ccg = org({
		priorRecurrentAllocation: D('297.9e6'),
		allocations: { [Y1]: { value: D('306.3e6') } },
		openingPosition: D('3.1e6'),
		contingency: { rate: py({ [Y1]: '0.005' }), base: 'current' },
		nonRecurrentReserve: { rate: py({ [Y1]: '0.01' }), base: 'current' },
		schemes: [scheme({ id: 'p', startMonth: 1, values: py({ [Y1]: '2e6' }) })],
		unidentified: { [Y1]: { amount: D(0) } }
	});
	const [result] = projectOrganisation(model({ organisations: [ccg] }), ccg, 'plan');
	if (!result) throw new Error('one year');
	return result;
}

describe('figuresOf', () => {
	it('names every bridge, context and QIPP figure by key', () => {
		const figures = figuresOf(portsmouth());
		// growth 306.3m - 297.9m = 8.4m; contingency 1.5315m; risk reserve 3.063m
		expect(figures.get('growth_received')?.toString()).toBe('8400000');
		expect(figures.get('contingency')?.toString()).toBe('-1531500');
		expect(figures.get('non_recurrent_reserve')?.toString()).toBe('-3063000');
		expect(figures.get('allocation')?.toString()).toBe('306300000');
		expect(figures.get('qipp_identified')?.toString()).toBe('2000000');
		// position before QIPP 3.1 + 8.4 - 1.5315 - 3.063 = 6.9055m; required 0 - 6.9055m
		expect(figures.get('qipp_required')?.toString()).toBe('-6905500');
		// -6.9055m - 2m
		expect(figures.get('qipp_unidentified')?.toString()).toBe('-8905500');
		// 6.9055m + 2m
		expect(figures.get('closing')?.toString()).toBe('8905500');
	});
});

describe('compareAllStated', () => {
	it('compares each published figure with the computed one at its printed precision', () => {
		const tenth = D('0.1e6');
		const lines = compareAllStated(portsmouth(), {
			contingency: { value: D('-1.5e6'), precision: tenth },
			non_recurrent_reserve: { value: D('-3.1e6'), precision: tenth },
			growth_received: { value: D('6.8e6'), precision: tenth },
			qipp_full_year_effect: { value: D(0), precision: tenth }
		});
		expect(lines.map((l) => [l.key, l.computed.toString(), l.difference.toString(), l.status])).toEqual([
			// -1.5315m shows as (1.5)
			['contingency', '-1531500', '-31500', 'within rounding'],
			// -3.063m shows as (3.1)
			['non_recurrent_reserve', '-3063000', '37000', 'within rounding'],
			// 8.4m computed against the published 6.8m
			['growth_received', '8400000', '1600000', 'differs'],
			// no full-year effect in a first year: counted as zero
			['qipp_full_year_effect', '0', '0', 'agrees']
		]);
	});

	it('is empty when nothing is stated', () => {
		expect(compareAllStated(portsmouth(), undefined)).toEqual([]);
	});
});
