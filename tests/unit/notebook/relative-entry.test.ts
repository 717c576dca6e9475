// What a user types to move a value instead of replacing it (docs/finance-model.md, "Scenarios").
import { describe, expect, it } from 'vitest';
import { parseRelativeEntry } from '../../../src/lib/notebook/relative-entry';

describe('parseRelativeEntry', () => {
	it.each([
		['rate', '+1', { add: '1' }],
		['rate', '+1%', { add: '1' }],
		['rate', '+0.5 pp', { add: '0.5' }],
		['rate', '-0.5pp', { add: '-0.5' }],
		['rate', '−0.25 PP', { add: '-0.25' }],
		['rate', '×0.9', { times: '0.9' }],
		['money', 'x0.9', { times: '0.9' }],
		['money', '*1.1', { times: '1.1' }],
		// −10% keeps 90% of the amount; +5% is 105%.
		['money', '-10%', { times: '0.9' }],
		['money', '+5%', { times: '1.05' }],
		['money', '−100%', { times: '0' }],
		// +£2m in a £m model is 2; +450k is 0.45 (£m).
		['money', '+£2m', { add: '2' }],
		['money', '+450k', { add: '0.45' }],
		['count', '+1000', { add: '1000' }]
	] as const)('%s "%s" is %o', (kind, text, change) => {
		expect(parseRelativeEntry(kind, text, 'm')).toEqual({ ok: true, change });
	});

	it.each([
		['rate', '2.5'],
		['rate', '-0.5'],
		['rate', '-0.5%'],
		['money', '12'],
		['money', '-3'],
		['money', '(3)'],
		['name', '+1'],
		['rate', '=tariff_uplift + 1%']
	] as const)('%s "%s" is a plain entry, not a change', (kind, text) => {
		expect(parseRelativeEntry(kind, text, 'm')).toBeUndefined();
	});

	it('refuses a cut of more than all of an amount, and a formula as a change', () => {
		expect(parseRelativeEntry('money', '-150%', 'm')).toEqual({
			ok: false,
			message: expect.stringContaining('at most −100%')
		});
		expect(parseRelativeEntry('money', '+=a', 'm')).toMatchObject({ ok: false });
	});
});
