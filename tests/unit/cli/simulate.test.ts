// bridgebook simulate on the linear model of tests/unit/simulate/models.ts: closing = opening - 10 x
// inflation (£m). Opening is -2 or 5 (weights 1 and 3) and inflation held at 10%, so every run
// closes at -2 - 1 = -3 or 5 - 1 = 4: P10 is -3 (a quarter of runs), P50 and P90 are 4.
import { describe, expect, it } from 'vitest';
import { linearModel } from '../simulate/models';
import { cli } from './run';

const one = (value: string) => ({ type: 'discrete', values: [{ value, weight: '1' }] });
const files = {
	'm.json': JSON.stringify(
		linearModel({
			ranges: [
				{
					path: 'organisations.org.opening.position',
					distribution: {
						type: 'discrete',
						values: [
							{ value: '-2', weight: '1' },
							{ value: '5', weight: '3' }
						]
					}
				},
				{ path: 'assumptions.inflation', distribution: one('10') }
			]
		})
	)
};

describe('bridgebook simulate', () => {
	it('prints P10 / P50 / P90, the chance of meeting the control total, a histogram and drivers', () => {
		const { code, out } = cli(['simulate', 'm.json', '--runs', '4000', '--seed', '3'], files);
		expect(code).toBe(0);
		const lines = out.split('\n');
		expect(lines[0]).toBe(
			'Monte Carlo: risk-adjusted surplus/(deficit), Org, Baseline (£m); 4,000 runs, seed 3'
		);
		expect(lines[1]).toBe('Every iteration ran on the integer-pence kernel.');
		expect(lines[5]).toMatch(/^2026\/27\s+\(3\.0\)\s+4\.0\s+4\.0\s+\S+\s+7\d\.\d+%$/);
		expect(out).toContain('Histogram of 2026/27');
		expect(out).toMatch(/Opening position|organisations\.org\.opening\.position/);
	});

	it('writes JSON, the same for the same seed and different for another', () => {
		const json = (seed: string) =>
			JSON.parse(cli(['simulate', 'm.json', '--runs', '400', '--seed', seed, '--format', 'json'], files).out);
		const a = json('8');
		expect(a.years[0]).toMatchObject({ year: '2026/27', p10: '-3', p50: '4', p90: '4' });
		expect(a.engine).toBe('kernel');
		expect(a.histogram.bins.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(400);
		expect(json('8')).toEqual(a);
		expect(json('9').years[0].meetsControlTotal).not.toBe(a.years[0].meetsControlTotal);
	});

	it('says what is wrong with its options, exit 2', () => {
		expect(cli(['simulate', 'm.json', '--runs', 'many'], files)).toMatchObject({
			code: 2,
			err: expect.stringContaining('--runs must be a whole number')
		});
		expect(cli(['simulate', 'm.json', '--scenario', 'nope'], files)).toMatchObject({
			code: 2,
			err: expect.stringContaining('there is no scenario "nope"')
		});
	});
});
