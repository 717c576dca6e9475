// The parser and evaluator never throw, whatever the text. How long the parser takes on long and
// deeply nested text is measured by the bench (bench/formula-parse.ts), not asserted here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateFormula, parseFormula, referencedNames, type Value } from '../../../src/lib/engine/formula';
import { formulaText } from './arbitraries';
import { one, perYear, YEARS } from './helpers';

const formulaChars = fc.constantFrom(
	...'0123456789abcxyz_.,£%+-*/<>=!()[] \n/mkb'.split(''),
	'//',
	'2018/19',
	'if(',
	'sum(',
	'prev(',
	'round('
);
const formulaish = fc.array(formulaChars, { maxLength: 80 }).map((parts) => parts.join(''));

function parsesOrSaysWhere(text: string): void {
	const parsed = parseFormula(text);
	if (parsed.ok) {
		expect(referencedNames(parsed.ast)).toBeInstanceOf(Array);
	} else {
		expect(parsed.error.code).toBe('parse');
		expect(parsed.error.position!.start).toBeGreaterThanOrEqual(0);
		expect(parsed.error.position!.end).toBeLessThanOrEqual(text.length);
		expect(parsed.error.position!.start).toBeLessThanOrEqual(parsed.error.position!.end);
	}
}

const anyValue = fc.constantFrom<Value>(
	one('0', 'number'),
	one('3', 'money'),
	one('0.02', 'percent'),
	one('1000', 'count'),
	one('1', 'boolean'),
	perYear(['0', '1', '2'], 'money'),
	perYear(['1', '0', '1'], 'boolean'),
	perYear(['0.01', '0', '-0.02'], 'percent'),
	{ kind: 'error', code: 'cycle', message: 'circular definition' }
);

describe('parseFormula (fuzz)', () => {
	it('parseFormula(any string) is ok or a parse error with a position, never a throw', () => {
		fc.assert(fc.property(fc.string({ maxLength: 200 }), parsesOrSaysWhere), { numRuns: 2000 });
	});

	it('parseFormula(any unicode, lone surrogates included) is ok or a parse error, never a throw', () => {
		fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), parsesOrSaysWhere), {
			numRuns: 1000
		});
	});

	it('parseFormula(formula-ish text) is ok or a parse error with a position, never a throw', () => {
		fc.assert(fc.property(formulaish, parsesOrSaysWhere), { numRuns: 3000 });
	});

	it('parseFormula(long or deeply nested text) is ok or a parse error with a position, never a throw', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('(', '-', 'abs(', '1+', 'x[', '£', '/', '//', ',', 'if(a,'),
				fc.integer({ min: 1, max: 20_000 }),
				(unit, count) => parsesOrSaysWhere(unit.repeat(count))
			),
			{ numRuns: 50 }
		);
	});

	it('parseFormula(well-formed formula) is ok (property)', () => {
		fc.assert(
			fc.property(formulaText, (text) => {
				expect(parseFormula(text).ok).toBe(true);
			})
		);
	});

	it('evaluateFormula never throws: any parsed formula over any values gives a value or an error value', () => {
		const text = fc.oneof(formulaText, formulaish);
		fc.assert(
			fc.property(
				text,
				fc.dictionary(fc.constantFrom('a', 'b', 'pop', 'x_1', 'flags'), anyValue),
				(t, names) => {
					const parsed = parseFormula(t);
					if (!parsed.ok) return;
					const value = evaluateFormula(parsed.ast, {
						years: YEARS,
						lookup: (n) => (Object.hasOwn(names, n) ? names[n] : undefined)
					});
					expect(['scalar', 'series', 'error']).toContain(value.kind);
					if (value.kind === 'series') expect(value.values).toHaveLength(YEARS.length);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
