import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeEvaluator } from '../../../src/lib/simulate/evaluator';
import { iterationDraws, runIterations, type IterationBlock } from '../../../src/lib/simulate/iterations';
import { joinBlocks, prepareSimulation, simulate, summariseRuns } from '../../../src/lib/simulate/simulate';
import { scenarioFile } from '../../../src/lib/model/valid-model';
import { linearModel, shipped, valid } from './models';

const tri = (low: string, mode: string, high: string) => ({ type: 'triangular', low, mode, high });
const fixed = (value: string) => ({ type: 'discrete', values: [{ value, weight: '1' }] });

describe('simulate on a linear model', () => {
	// Closing = opening - 10 x inflation (£m). Opening triangular -2 / 0 / 5 has mean
	// (-2 + 0 + 5) / 3 = 1; inflation uniform 0% to 4% has mean 2%, so -10 x 0.02 = -0.2.
	// The analytic mean of the position is 1 - 0.2 = £0.8m.
	const model = valid(
		linearModel({
			ranges: [
				{ path: 'organisations.org.opening.position', distribution: tri('-2', '0', '5') },
				{ path: 'assumptions.inflation', distribution: { type: 'uniform', low: '0', high: '4' } }
			]
		})
	);

	it('converges on the analytic mean', () => {
		const means = [500, 20_000].map((runs) => {
			const result = simulate(model, { runs, seed: 11 });
			if (!result.ok) throw new Error(JSON.stringify(result.problems));
			return result.value.summary.years[0]!.mean;
		});
		// The standard error of the mean is about 1.47 / sqrt(n): 0.066 at 500 runs, 0.010 at 20,000.
		expect(means[1]!.minus(800_000).abs().toNumber()).toBeLessThan(40_000);
		expect(means[0]!.minus(800_000).abs().toNumber()).toBeLessThan(300_000);
	});

	it('runs on the kernel and names the opening position as the main driver', () => {
		const result = simulate(model, { runs: 2_000, seed: 2 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.engine).toBe('kernel');
		expect(result.value.exactIterations).toBe(0);
		const [first, second] = result.value.summary.drivers;
		// Var(opening) = (4 + 25 + 0 + 10 - 0 - 0) / 18 = 2.17 against Var(10 x infl) = 0.4^2 / 12 = 0.013.
		expect(first!.path).toBe('organisations.org.opening.position');
		expect(first!.correlation).toBeGreaterThan(0.95);
		expect(second!.path).toBe('assumptions.inflation');
		expect(second!.correlation).toBeLessThan(0);
	});

	it('counts the runs that meet the control total', () => {
		// Opening uniform -1 to 3 (£m), nothing else moves: the target 0 is met when opening >= 0,
		// a chance of 3 / 4.
		const one = valid(
			linearModel({
				ranges: [
					{
						path: 'organisations.org.opening.position',
						distribution: { type: 'uniform', low: '-1', high: '3' }
					}
				]
			})
		);
		const result = simulate(one, { runs: 8_000, seed: 5 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(Math.abs(result.value.summary.years[0]!.probability.toNumber() - 0.75)).toBeLessThan(0.02);
	});

	it('gives every draw at its stated precision: a rate to 0.01 pp, an amount to the penny', () => {
		const prepared = prepareSimulation(model, { runs: 10 });
		if (!prepared.ok) throw new Error('not prepared');
		const [opening, inflation] = prepared.value.inputs;
		expect(opening!.step.toString()).toBe('0.00000001'); // a penny in £m
		expect(inflation!.step.toString()).toBe('0.01');
		for (let i = 0; i < 50; i++)
			for (const steps of iterationDraws(prepared.value.inputs, 1, i))
				expect(Number.isInteger(steps)).toBe(true);
	});
});

describe('simulate across workers', () => {
	const file = shipped('icb-template-2026-29');
	file.uncertainty = {
		ranges: [
			{ path: 'assumptions.inflation', distribution: tri('1.5', '2.5', '4') },
			{
				path: 'organisations.north.costLines.acute.base',
				distribution: { type: 'normal', mean: '400', sd: '5' }
			}
		]
	};
	const model = valid(file);

	it('gives the same figures whatever the number of workers and the order blocks finish', () => {
		const runs = 600;
		const whole = simulate(model, { runs, seed: 99 });
		if (!whole.ok) throw new Error(JSON.stringify(whole.problems));
		for (const workers of [2, 3, 7]) {
			// Each "worker" prepares its own simulation, as a Web Worker does, and takes every
			// workers-th block of 50 iterations; the blocks are joined in reverse order of finishing.
			const blocks: IterationBlock[] = [];
			for (let w = 0; w < workers; w++) {
				const p = prepareSimulation(model, { runs, seed: 99 });
				if (!p.ok) throw new Error('not prepared');
				for (let from = w * 50; from < runs; from += workers * 50)
					blocks.push(
						runIterations(p.value.evaluator, p.value.inputs, 3, 99, from, Math.min(runs, from + 50))
					);
			}
			const p = prepareSimulation(model, { runs, seed: 99 });
			if (!p.ok) throw new Error('not prepared');
			const joined = joinBlocks(blocks.reverse(), p.value.inputs.length, 3, runs);
			expect(summariseRuns(p.value, joined)).toEqual(whole.value.summary);
		}
	});

	it('gives other figures for another seed', () => {
		const a = simulate(model, { runs: 200, seed: 1 });
		const b = simulate(model, { runs: 200, seed: 2 });
		if (!a.ok || !b.ok) throw new Error('not run');
		expect(a.value.summary.years[0]!.p50.eq(b.value.summary.years[0]!.p50)).toBe(false);
	});
});

describe('the kernel and the exact evaluation', () => {
	// Ranges on every kind of input the kernel sets in place, and on cells the inputs read.
	const portsmouth = shipped('portsmouth-ccg-2017-19');
	portsmouth.uncertainty = {
		ranges: [
			{ path: 'cells.tariff_uplift.value', distribution: tri('1.5', '2.1', '3') },
			{ path: 'cells.contingency_rate.value', distribution: tri('0', '0.5', '1') },
			{ path: 'organisations.portsmouth.costLines.prescribing.inflation', distribution: tri('4', '6', '9') },
			{
				path: 'organisations.portsmouth.costLines.acute.activityGrowth.2018/19',
				distribution: tri('1', '2.5', '4')
			},
			{ path: 'organisations.portsmouth.costLines.acute.base', distribution: tri('185', '190', '200') },
			{
				path: 'organisations.portsmouth.opening.position',
				distribution: { type: 'normal', mean: '3.1', sd: '0.3' }
			},
			{
				path: 'organisations.portsmouth.allocation.priorRecurrent',
				distribution: tri('299', '299.5', '300')
			},
			{
				path: 'organisations.portsmouth.reserves.investments.investment_reserves.values.2017/18',
				distribution: tri('4', '4.6', '5')
			},
			{ path: 'organisations.portsmouth.qipp.unidentified.2017/18', distribution: tri('2', '3.106', '3.5') }
		],
		delivery: { red: fixed('25') }
	};
	const icb = shipped('icb-template-2026-29');
	icb.uncertainty = {
		ranges: [
			{ path: 'assumptions.efficiency', distribution: tri('0.5', '1.1', '2') },
			{
				path: 'organisations.south.reserves.nonRecurrent.rate.2027/28',
				distribution: tri('0.5', '1', '1.5')
			},
			{ path: 'organisations.north.target.2026/27', distribution: tri('-1', '0', '1') }
		]
	};

	for (const [name, file] of [
		['Portsmouth', portsmouth],
		['the ICB template', icb]
	] as const) {
		it(`agree on every iteration's figures, ${name}`, () => {
			const model = valid(file);
			const p = prepareSimulation(model, { organisation: 'consolidated' });
			if (!p.ok) throw new Error(JSON.stringify(p.problems));
			expect(p.value.evaluator.engine).toBe('kernel');
			const resolved = valid(scenarioFile(model)!);
			const exact = makeEvaluator(resolved, p.value.inputs, 'consolidated', { exact: true });
			expect(exact.engine).toBe('exact');
			fc.assert(
				fc.property(fc.nat(), fc.nat(100_000), (seed, i) => {
					const draws = iterationDraws(p.value.inputs, seed, i);
					expect(p.value.evaluator.evaluate(draws)).toEqual(exact.evaluate(draws));
				}),
				{ numRuns: 25 }
			);
			expect(p.value.evaluator.exactIterations).toBe(0);
		});
	}
});

describe('when the kernel cannot', () => {
	it('evaluates exactly and says why: a range on a population', () => {
		const file = shipped('icb-template-2026-29');
		file.uncertainty = {
			ranges: [{ path: 'cells.north_heads.value', distribution: tri('640000', '650000', '660000') }]
		};
		const model = valid(file);
		const result = simulate(model, { runs: 20 });
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.value.engine).toBe('exact');
		expect(result.value.reason).toMatch(/cannot set cells\.north_heads\.value/);
	});
});

describe('a simulation that cannot run', () => {
	it('says which range names nothing in the model, and where it is written', () => {
		const model = valid(
			linearModel({
				ranges: [{ path: 'organisations.org.costLines.nope.base', distribution: tri('1', '2', '3') }]
			})
		);
		const result = simulate(model, { runs: 10 });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems[0]!.path).toBe('uncertainty.ranges[0].path');
			expect(result.problems[0]!.message).toMatch(/does not name anything/);
		}
	});

	it('refuses runs, seed, year and organisation it does not have', () => {
		const model = valid(linearModel(undefined));
		const result = simulate(model, { runs: 0, seed: -1, year: '1999/00', organisation: 'x' });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems.map((p) => p.path)).toEqual(['runs', 'seed', 'organisation', 'year']);
	});
});
