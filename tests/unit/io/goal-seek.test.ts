// goalSeek(): the input value that sets an output to a target, on the hand-worked model in
// sensitivity-model.ts (plan closing 93 = 100 - 800 x 2% - 1,100 x 1% + 20; risk closing 88).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/index';
import { goalSeek } from '../../../src/lib/io/goal-seek';
import { outputAt } from '../../../src/lib/io/output-at';
import { sensitivityModel } from './sensitivity-model';

const Y = '2020/21';
const risk = { measure: 'risk_surplus', year: Y, organisation: 'org' } as const;
const plan = { measure: 'surplus', year: Y, organisation: 'org' } as const;

function seek(options: Omit<Parameters<typeof goalSeek>[1], 'scenario'>, startMonth = 'M01') {
	const sought = goalSeek(sensitivityModel(startMonth), { scenario: 'baseline', ...options });
	if (!sought.ok) throw new Error(JSON.stringify(sought.problems));
	return sought.value;
}

describe('goalSeek(model)', () => {
	it('solves a linear relationship exactly: the contingency rate that breaks even, risk-adjusted', () => {
		// 100 - 16 - 1,100 x r% + 15 = 0, so 11 r = 99 and r = 9
		const found = seek({ output: risk, input: 'organisations.org.reserves.contingency.rate', target: D(0) });
		expect(found.answer).toMatchObject({ kind: 'exact', linear: true });
		if (found.answer.kind === 'none') throw new Error('no answer');
		expect(found.answer.value.toString()).toBe('9');
		expect(found.answer.output.toString()).toBe('0');
		expect(found.answer.override).toEqual({
			path: 'organisations.org.reserves.contingency.rate',
			value: '9'
		});
		expect(found.currentOutput.toString()).toBe('88');
	});

	it('gives the nearest 0.01 percentage point: the highest inflation the plan absorbs', () => {
		// 100 - 800 x i% - 11 + 20 = 0 gives i = 109 / 8 = 13.625, between grid points:
		// 13.62%: 800 x 0.1362 = 108.96, surplus 0.04; 13.63%: 109.04, surplus -0.04 (a tie: the lower)
		const found = seek({ output: plan, input: 'assumptions.inflation', target: D(0) });
		expect(found.answer.kind).toBe('nearest');
		if (found.answer.kind === 'none') throw new Error('no answer');
		expect([found.answer.value.toString(), found.answer.output.toString()]).toEqual(['13.62', '0.04']);
	});

	it('finds the QIPP needed for a surplus of 100, part-year from M07 (half a year)', () => {
		// 100 - 16 - 11 + v x 6/12 = 100 gives v = 54
		const found = seek(
			{ output: plan, input: `organisations.org.qipp.schemes.s1.values.${Y}`, target: D(100) },
			'M07'
		);
		if (found.answer.kind === 'none') throw new Error('no answer');
		expect([found.answer.kind, found.answer.value.toString()]).toEqual(['exact', '54']);
		expect(found.answer.override.value).toBe('54');
	});

	it('searches to the penny where the in-year effect rounds: a target no penny reaches', () => {
		// 73 + v/2 to the penny: v = 54.00 gives 100.00 (0.003 short), v = 54.01 gives 27.005 -> 27.01,
		// so 100.01 (0.007 over); the nearest is 54.00
		const found = seek(
			{ output: plan, input: `organisations.org.qipp.schemes.s1.values.${Y}`, target: D('100.003') },
			'M07'
		);
		if (found.answer.kind === 'none') throw new Error('no answer');
		expect([found.answer.kind, found.answer.value.toString(), found.answer.output.toString()]).toEqual([
			'nearest',
			'54',
			'100'
		]);
	});

	it('says plainly when no value in the range works', () => {
		// break-even needs 9%; at 0% the position is 99, at 5% it is 100 - 16 - 55 + 15 = 44
		const found = seek({
			output: risk,
			input: 'organisations.org.reserves.contingency.rate',
			target: D(0),
			min: D(0),
			max: D(5)
		});
		expect(found.answer.kind).toBe('none');
		if (found.answer.kind !== 'none') throw new Error('an answer');
		expect([found.answer.minOutput.toString(), found.answer.maxOutput.toString()]).toEqual(['99', '44']);
	});

	it('verifies its answer by evaluating the model with the override', () => {
		const model = sensitivityModel();
		const found = goalSeek(model, {
			scenario: 'baseline',
			output: risk,
			input: 'assumptions.inflation',
			target: D(40)
		});
		if (!found.ok || found.value.answer.kind === 'none') throw new Error('no answer');
		// 100 - 8 i - 11 + 15 = 40 gives i = 8
		expect(found.value.answer.value.toString()).toBe('8');
		const check = outputAt(model, 'baseline', risk)([found.value.answer.override]);
		expect(check.ok && check.value.toString()).toBe('40');
	});

	it('names an input that is not one figure', () => {
		const sought = goalSeek(sensitivityModel(), {
			scenario: 'baseline',
			output: risk,
			input: 'organisations.org.name',
			target: D(0)
		});
		expect(sought.ok).toBe(false);
		if (!sought.ok) expect(sought.problems[0]!.path).toBe('organisations.org.name');
	});
});

describe('goalSeek(model) for any target', () => {
	it('answers the contingency rate on the 0.01 grid nearest 99 - 11 r = T', () => {
		// Risk-adjusted closing 99 - 1,100 x r% = 99 - 11 r, exact to the penny for r on the grid,
		// so the answer is (99 - T) / 11 rounded to 0.01 (ties to the lower rate), within ± 20 points.
		const model = sensitivityModel();
		fc.assert(
			fc.property(fc.integer({ min: -12000, max: 30000 }), (cents) => {
				const target = D(cents).dividedBy(100);
				const sought = goalSeek(model, {
					scenario: 'baseline',
					output: risk,
					input: 'organisations.org.reserves.contingency.rate',
					target
				});
				if (!sought.ok || sought.value.answer.kind === 'none') return false;
				const { value, output } = sought.value.answer;
				const exact = D(99).minus(target).dividedBy(11);
				return (
					output.equals(D(99).minus(value.times(11))) &&
					value.minus(exact).abs().lessThanOrEqualTo('0.005') &&
					value.decimalPlaces() <= 2
				);
			}),
			{ numRuns: 40 }
		);
	});
});
