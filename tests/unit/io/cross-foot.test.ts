// A published total against its published parts, on the ICB template with published figures
// added by hand: North and South each state their 2026/27 allocation and inflation, and so does
// the total; the total's inflation is misprinted.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossFoot } from '../../../src/lib/engine/cross-foot';
import { D } from '../../../src/lib/engine/decimal';
import { bridgeReports, CONSOLIDATED } from '../../../src/lib/io/bridge-report';
import { loadModel } from '../load-model';

const figure = (text: string) => ({ value: D(text), precision: D(text.includes('.') ? '0.1' : '1') });

describe('crossFoot(parts, total)', () => {
	it('adds the parts: 1.2 + 2.3 = 3.5 agrees with 3.5, is within rounding of 3.6, differs from 3.7', () => {
		const parts = [{ a: figure('1.2') }, { a: figure('2.3') }];
		expect(crossFoot(parts, { a: figure('3.5') })[0]).toMatchObject({ status: 'agrees' });
		expect(crossFoot(parts, { a: figure('3.6') })[0]?.status).toBe('within rounding');
		const wrong = crossFoot(parts, { a: figure('3.7') })[0];
		expect(wrong?.status).toBe('differs');
		expect(wrong?.difference.toString()).toBe('-0.2');
	});

	it('allows half a printed unit per figure: four parts of 1.049 print 1.0, their 4.196 prints 4.2', () => {
		const parts = [1, 2, 3, 4].map(() => ({ a: figure('1.0') }));
		expect(crossFoot(parts, { a: figure('4.2') })[0]?.status).toBe('within rounding');
		expect(crossFoot(parts, { a: figure('4.3') })[0]?.status).toBe('differs');
	});

	it('leaves out a line that some part does not state', () => {
		expect(crossFoot([{ a: figure('1') }, {}], { a: figure('1') })).toEqual([]);
	});
});

describe('the consolidated bridge against a published total', () => {
	const file = JSON.parse(readFileSync('models/icb-template-2026-29.json', 'utf8'));
	file.organisations[0].stated = { '2026/27': { allocation: '1336.4', inflation: '-40.2' } };
	file.organisations[1].stated = { '2026/27': { allocation: '1069.1', inflation: '-32.1' } };
	// 1,336.4 + 1,069.1 = 2,405.5 as printed; -40.2 - 32.1 = -72.3, but the total prints -73.3.
	file.statedTotal = { '2026/27': { allocation: '2405.5', inflation: '-73.3' } };
	const loaded = loadModel(JSON.stringify(file));
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const { input, evaluation } = loaded.value;
	const reports = bridgeReports(input, evaluation.result('plan')!, {
		unit: 'm',
		scenario: 'baseline',
		year: '2026/27'
	});
	const total = reports.find((r) => r.organisation === CONSOLIDATED)!;

	it('flags the misprinted total line by line, and only it', () => {
		expect(total.crossFoot).toEqual([
			{
				key: 'allocation',
				label: 'Allocation 2026/27',
				sumOfParts: '2405.5',
				statedTotal: '2405.5',
				difference: '0',
				status: 'agrees'
			},
			{
				key: 'inflation',
				label: 'Inflation',
				sumOfParts: '-72.3',
				statedTotal: '-73.3',
				difference: '1',
				status: 'differs'
			}
		]);
	});

	it('compares the computed total with the published total', () => {
		// (1,300 + 1,040) x 1.028 = 2,405.52 computed, printed 2,405.5: within rounding.
		const allocation = total.context.find((l) => l.key === 'allocation');
		expect(allocation).toMatchObject({ value: '2405.52', stated: '2405.5', status: 'within rounding' });
		expect(total.lines.find((l) => l.key === 'inflation')?.status).toBe('differs');
	});
});
