// tornado(): each input moved on its own, the output read at both ends, sorted by swing; the
// figures are worked out by hand from the model in sensitivity-model.ts.
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/index';
import { outputAt } from '../../../src/lib/io/output-at';
import { tornado } from '../../../src/lib/io/tornado';
import { sensitivityModel } from './sensitivity-model';

const output = { measure: 'risk_surplus', year: '2020/21', organisation: 'org' } as const;

describe('tornado(model) on the hand-worked model', () => {
	const model = sensitivityModel();
	const made = tornado(model, { scenario: 'baseline', output });
	if (!made.ok) throw new Error(JSON.stringify(made.problems));
	const rows = made.value.rows;
	const row = (path: string) => rows.find((r) => r.input.path === path)!;

	it('starts from the risk-adjusted closing: 100 - 16 - 11 + 20 x 75% = 88', () => {
		expect(made.value.base.toString()).toBe('88');
	});

	it('moves a rate by one percentage point each way', () => {
		// contingency 0%: 100 - 16 - 0 + 15 = 99; 2%: 100 - 16 - 22 + 15 = 77; swing 22
		expect(row('organisations.org.reserves.contingency.rate')).toMatchObject({ low: '0', high: '2' });
		expect(row('organisations.org.reserves.contingency.rate').lowOutput.toString()).toBe('99');
		expect(row('organisations.org.reserves.contingency.rate').highOutput.toString()).toBe('77');
		// inflation 1%: 100 - 8 - 11 + 15 = 96; 3%: 100 - 24 - 11 + 15 = 80; swing 16
		expect(row('assumptions.inflation').swing.toString()).toBe('16');
		// amber 74%: 20 x 0.74 = 14.8, so 87.8; 76%: 15.2, so 88.2; swing 0.4
		expect(row('qippDeliveryFactors.amber').swing.toString()).toBe('0.4');
		// no green or red schemes, no unidentified QIPP, nothing on the non-recurrent reserve's base
		expect(row('qippDeliveryFactors.green').swing.toString()).toBe('0');
	});

	it('sorts by swing, largest first: contingency 22, non-recurrent reserve 22, inflation 16, amber 0.4', () => {
		// non-recurrent reserve -1% to 1% of 1,100: 88 + 11 = 99 to 88 - 11 = 77, swing 22 (ties keep file order)
		expect(rows.slice(0, 4).map((r) => [r.input.path, r.swing.toString()])).toEqual([
			['organisations.org.reserves.contingency.rate', '22'],
			['organisations.org.reserves.nonRecurrent.rate', '22'],
			['assumptions.inflation', '16'],
			['qippDeliveryFactors.amber', '0.4']
		]);
	});

	it('takes ± a percentage of an amount, or explicit values', () => {
		const spread = tornado(model, {
			scenario: 'baseline',
			output,
			inputs: ['organisations.org.costLines.acute.base', 'assumptions.inflation'],
			spread: (i) =>
				i.measure === 'amount' ? { kind: 'percent', by: D(10) } : { kind: 'values', low: '0', high: '5' }
		});
		if (!spread.ok) throw new Error(JSON.stringify(spread.problems));
		// base 720 or 880 at 2%: inflation 14.4 or 17.6 → 89.6 or 86.4, swing 3.2
		// inflation 0% or 5% of 800: 0 or 40 → 104 or 64, swing 40
		expect(
			spread.value.rows.map((r) => [r.input.path, r.lowOutput.toString(), r.highOutput.toString()])
		).toEqual([
			['assumptions.inflation', '104', '64'],
			['organisations.org.costLines.acute.base', '89.6', '86.4']
		]);
	});

	it('varies one year of an input on its own', () => {
		const year = tornado(model, { scenario: 'baseline', output, inputs: ['assumptions.inflation.2020/21'] });
		if (!year.ok) throw new Error(JSON.stringify(year.problems));
		expect(year.value.rows.map((r) => [r.input.label, r.low, r.high, r.swing.toString()])).toEqual([
			['Assumed inflation 2020/21', '1', '3', '16']
		]);
	});

	it('names an input it cannot vary', () => {
		const bad = tornado(model, { scenario: 'baseline', output, inputs: ['organisations.org.name'] });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.problems[0]!.path).toBe('organisations.org.name');
	});

	it('reads the output through the evaluator it is given', () => {
		const calls: number[] = [];
		const real = outputAt(model, 'baseline', output);
		const counted = tornado(model, {
			scenario: 'baseline',
			output,
			evaluate: (inputs) => (calls.push(inputs.length), real(inputs))
		});
		expect(counted.ok).toBe(true);
		// the base, then a low and a high per input
		expect(calls.length).toBe(1 + 2 * (counted.ok ? counted.value.rows.length : 0));
	});
});
