import { describe, expect, it } from 'vitest';
import { carryForward } from '../../../src/lib/engine/carry-forward';
import { D } from '../../../src/lib/engine/decimal';

describe('carryForward', () => {
	it('adds every adjustment to the closing position', () => {
		const result = carryForward(D('0.5'), [
			{ label: 'Contingency', value: D('1.5315') },
			{ label: 'Non-recurrent (risk) reserve', value: D('3.063') },
			{ label: 'IR and HRG4+ allocation', value: D('-2.1') },
			{ label: 'Scheme X (one-off QIPP)', value: D('-0.4') }
		]);
		// 0.5 + 1.5315 + 3.063 - 2.1 - 0.4 = 2.5945
		expect(result.opening.toString()).toBe('2.5945');
		expect(result.closing.toString()).toBe('0.5');
	});

	it('opens at the closing position when nothing is non-recurrent', () => {
		expect(carryForward(D('-7.25'), []).opening.toString()).toBe('-7.25');
	});

	it('drops zero adjustments from its items and its explanation', () => {
		const result = carryForward(D(1), [
			{ label: 'Contingency', value: D(0) },
			{ label: 'Risk reserve', value: D(2) }
		]);
		expect(result.items.map((i) => i.label)).toEqual(['Risk reserve']);
		expect(result.opening.toString()).toBe('3');
		expect(result.explanation.inputs.map((i) => [i.label, i.value.toString()])).toEqual([
			["Last year's closing position", '1'],
			['Risk reserve', '2']
		]);
	});
});
