// The tests' figure reader (pages/figures.ts) on its own, no browser: every e2e figure check
// depends on it reading the page right.
import { expect, test } from '@playwright/test';
import { figureOf } from './pages/figures';

test('figureOf reads brackets and minus as negative, commas, £ and %', () => {
	for (const [text, value] of [
		['0.0', '0'],
		['9.2', '9.2'],
		['(10.4)', '-10.4'],
		['-3.1', '-3.1'],
		['\u22123.1', '-3.1'],
		['1,234.5', '1234.5'],
		['(1,234,567.89)', '-1234567.89'],
		['£1.50', '1.5'],
		['(£2.0)', '-2'],
		['0.5%', '0.5'],
		[' 12 ', '12']
	] as const)
		expect(figureOf(text).toString(), text).toBe(value);
});

test('figureOf refuses what is not a plain figure', () => {
	for (const text of ['', '-', '1,23.4', '12,3456', '1.2.3', '1.2m', '(3.4', 'abc', '--1', '(-1)'])
		expect(() => figureOf(text, 'probe'), text).toThrow(/probe/);
});
