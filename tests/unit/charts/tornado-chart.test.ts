// tornadoBars(): the bars of the hand-worked model's tornado (tests/unit/io/sensitivity-model.ts),
// as data: each from the base output (88) to the output at the input's low and high.
import { describe, expect, it } from 'vitest';
import { tornadoBars, tornadoChartOptions } from '../../../src/lib/charts/tornado-chart';
import { tornado } from '../../../src/lib/io/tornado';
import { sensitivityModel } from '../io/sensitivity-model';

const made = tornado(sensitivityModel(), {
	scenario: 'baseline',
	output: { measure: 'risk_surplus', year: '2020/21', organisation: 'org' },
	inputs: ['assumptions.inflation', 'organisations.org.reserves.contingency.rate']
});
if (!made.ok) throw new Error(JSON.stringify(made.problems));

describe('tornadoBars(tornado)', () => {
	it('draws each input from the base to its low and its high, largest swing first', () => {
		// contingency 0%/2%: 99/77 (swing 22); inflation 1%/3%: 96/80 (swing 16)
		expect(tornadoBars(made.value, 'gbp')).toEqual([
			{ input: 'Contingency rate', end: 'low', from: 88, to: 99 },
			{ input: 'Contingency rate', end: 'high', from: 88, to: 77 },
			{ input: 'Assumed inflation', end: 'low', from: 88, to: 96 },
			{ input: 'Assumed inflation', end: 'high', from: 88, to: 80 }
		]);
	});

	it('orders the y axis by swing and sizes the chart to the inputs', () => {
		const options = tornadoChartOptions(made.value, 'gbp');
		expect(options.y?.domain).toEqual(['Contingency rate', 'Assumed inflation']);
		expect(options.height).toBe(40 + 28 * 2);
	});
});
