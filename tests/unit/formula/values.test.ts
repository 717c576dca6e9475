import { describe, expect, it } from 'vitest';
import {
	arithmeticUnit,
	choiceUnit,
	comparisonUnit,
	type ArithmeticOp,
	type Unit,
	type UnitOutcome
} from '../../../src/lib/engine/formula/values';

const UNITS: Unit[] = ['money', 'percent', 'count', 'number', 'boolean'];

/**
 * A unit table as text: rows are the left operand, columns the right operand (in UNITS order),
 * each cell the result unit or '-' for a unit error.
 */
function cells(table: string): [Unit, Unit, string][] {
	const rows = table
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.trim().split(/\s+/));
	return rows.flatMap(([left, ...results]) =>
		results.map((result, i): [Unit, Unit, string] => [left as Unit, UNITS[i]!, result])
	);
}

const outcome = (result: UnitOutcome) => (result.ok ? result.unit : '-');

const PLUS_MINUS = `
            money    percent  count    number   boolean
  money     money    -        -        -        -
  percent   -        percent  -        number   -
  count     -        -        count    count    -
  number    -        number   count    number   -
  boolean   -        -        -        -        -
`;

const TIMES = `
            money    percent  count    number   boolean
  money     -        money    money    money    -
  percent   money    percent  count    percent  -
  count     money    count    -        count    -
  number    money    percent  count    number   -
  boolean   -        -        -        -        -
`;

const DIVIDE = `
            money    percent  count    number   boolean
  money     number   money    money    money    -
  percent   -        number   -        number   -
  count     -        count    number   count    -
  number    -        number   -        number   -
  boolean   -        -        -        -        -
`;

const COMPARE = `
            money    percent  count    number   boolean
  money     boolean  -        -        -        -
  percent   -        boolean  -        boolean  -
  count     -        -        boolean  boolean  -
  number    -        boolean  boolean  boolean  -
  boolean   -        -        -        -        -
`;

const CHOOSE = `
            money    percent  count    number   boolean
  money     money    -        -        -        -
  percent   -        percent  -        percent  -
  count     -        -        count    -        -
  number    -        percent  -        number   -
  boolean   -        -        -        -        boolean
`;

describe('arithmeticUnit', () => {
	const cases: [ArithmeticOp, string][] = [
		['+', PLUS_MINUS],
		['-', PLUS_MINUS],
		['*', TIMES],
		['/', DIVIDE]
	];
	it.each(cases.flatMap(([op, table]) => cells(table).map(([l, r, want]) => [l, op, r, want] as const)))(
		'arithmeticUnit: %s %s %s gives %s',
		(left, op, right, want) => {
			expect(outcome(arithmeticUnit(op, left, right))).toBe(want);
		}
	);

	it.each([
		['+', 'money', 'number', 'cannot add £ to a plain number: write £1000 or use a percentage'],
		['+', 'number', 'money', 'cannot add a plain number to £: write £1000 or use a percentage'],
		['-', 'money', 'number', 'cannot subtract a plain number from £: write £1000 or use a percentage'],
		['+', 'money', 'percent', 'cannot add £ to a percentage: to apply a rate, multiply (£100 * 2%)'],
		['+', 'count', 'money', 'cannot add a count to £'],
		['+', 'count', 'percent', 'cannot add a count to a percentage'],
		['*', 'money', 'money', 'cannot multiply £ by £: one side should be a rate, a count or a plain number'],
		['*', 'count', 'count', 'cannot multiply a count by a count'],
		['/', 'number', 'money', 'cannot divide a plain number by £: only £ can be divided by £'],
		['/', 'percent', 'count', 'cannot divide a percentage by a count'],
		['*', 'boolean', 'number', 'cannot use true/false in arithmetic: use if(condition, a, b)']
	] as const)('arithmeticUnit: %s of %s and %s explains %j', (op, left, right, message) => {
		expect(arithmeticUnit(op, left, right)).toEqual({ ok: false, message });
	});
});

describe('comparisonUnit', () => {
	it.each(cells(COMPARE))('comparisonUnit: %s against %s gives %s', (left, right, want) => {
		expect(outcome(comparisonUnit(left, right))).toBe(want);
	});

	it('comparisonUnit explains money against a plain number', () => {
		expect(comparisonUnit('money', 'number')).toEqual({
			ok: false,
			message: 'cannot compare £ with a plain number: write amounts with £, e.g. surplus > £0'
		});
	});
});

describe('choiceUnit', () => {
	it.each(cells(CHOOSE))('choiceUnit: choosing between %s and %s gives %s', (left, right, want) => {
		expect(outcome(choiceUnit('if', [left, right]))).toBe(want);
	});

	it('choiceUnit names the function and both kinds', () => {
		expect(choiceUnit('max', ['money', 'money', 'count'])).toEqual({
			ok: false,
			message: 'max needs values of the same kind, got £ and a count'
		});
	});
});
