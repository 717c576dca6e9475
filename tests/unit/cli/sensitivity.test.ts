// bridgebook tornado and goal-seek on the hand-worked model of tests/unit/io/sensitivity-model.ts
// (risk-adjusted closing 100 - 800 x 2% - 1,100 x 1% + 20 x 75% = 88, in pounds).
import { describe, expect, it } from 'vitest';
import { sensitivityModelText } from '../io/sensitivity-model';
import { cli } from './run';

const files = { 'm.json': sensitivityModelText() };

describe('bridgebook tornado', () => {
	it('prints the inputs by swing, exact, with the output they move', () => {
		const { code, out } = cli(['tornado', 'm.json', '--unit', 'gbp'], files);
		expect(code).toBe(0);
		expect(out).toContain(
			'Tornado: Risk-adjusted surplus/(deficit), 2020/21, Org (£), 88 as the scenario has it'
		);
		const lines = out.split('\n');
		// contingency 0% to 2%: 99 to 77; inflation 1% to 3%: 96 to 80
		expect(lines[3]).toMatch(/^Contingency rate\s+0 to 2\s+99\s+77\s+22$/);
		expect(lines[5]).toMatch(/^Assumed inflation\s+1 to 3\s+96\s+80\s+16$/);
	});

	it('takes explicit values and percentage points, and writes JSON', () => {
		const { out } = cli(
			['tornado', 'm.json', '--range', 'assumptions.inflation=0,5', '--format', 'json', '--unit', 'gbp'],
			files
		);
		// 0%: 100 - 0 - 11 + 15 = 104; 5%: 100 - 40 - 11 + 15 = 64
		expect(JSON.parse(out).rows).toEqual([
			{
				path: 'assumptions.inflation',
				label: 'Assumed inflation',
				low: '0',
				high: '5',
				lowOutput: '104',
				highOutput: '64',
				swing: '40'
			}
		]);
	});

	it('names a bad output choice', () => {
		const { code, err } = cli(['tornado', 'm.json', '--year', '2030/31'], files);
		expect(code).toBe(2);
		expect(err).toContain('--year: the model has no year "2030/31"');
	});
});

describe('bridgebook goal-seek', () => {
	it('solves for the contingency rate that breaks even (11 r = 99, r = 9)', () => {
		const args = [
			'goal-seek',
			'm.json',
			'--input',
			'organisations.org.reserves.contingency.rate',
			'--target',
			'0'
		];
		const { code, out } = cli([...args, '--unit', 'gbp'], files);
		expect(code).toBe(0);
		expect(out).toContain(
			'organisations.org.reserves.contingency.rate = 9% gives £0, exactly (the output is linear in this input)'
		);
		const json = JSON.parse(cli([...args, '--format', 'json'], files).out);
		expect(json.answer.override).toEqual({ path: 'organisations.org.reserves.contingency.rate', value: '9' });
	});

	it('exits 1 and says so when no value in the range works', () => {
		const { code, out } = cli(
			[
				'goal-seek',
				'm.json',
				'--input',
				'organisations.org.reserves.contingency.rate',
				'--target',
				'0',
				'--min',
				'0',
				'--max',
				'5',
				'--unit',
				'gbp'
			],
			files
		);
		expect(code).toBe(1);
		// at 0%: 99; at 5%: 100 - 16 - 55 + 15 = 44
		expect(out).toContain('it runs from £99 to £44 over that range');
	});
});
