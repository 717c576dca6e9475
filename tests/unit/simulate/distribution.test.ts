import { describe, expect, it } from 'vitest';
import { drawSteps, quantile, type StepDistribution } from '../../../src/lib/simulate/distribution';
import { nearestRank } from '../../../src/lib/simulate/summary';
import { iterationRandom } from '../../../src/lib/simulate/random';

/** `n` draws of `d` from iteration streams 0..n-1 of seed 7, sorted. */
function sample(d: StepDistribution, n: number): Float64Array {
	return Float64Array.from({ length: n }, (_, i) => drawSteps(d, iterationRandom(7, i)())).sort();
}

describe('drawSteps', () => {
	it("gives a triangular range's analytic quantiles (in steps of 0.01 pp)", () => {
		// Triangular low 1%, most likely 2%, high 4%: F(mode) = (2 - 1) / (4 - 1) = 1/3.
		// P10 = 1 + sqrt(0.1 x 3 x 1) = 1.5477%; P50 = 4 - sqrt(0.5 x 3 x 2) = 2.2679%;
		// P90 = 4 - sqrt(0.1 x 3 x 2) = 3.2254%. In steps of 0.01 pp: 154.77, 226.79, 322.54.
		const sorted = sample({ type: 'triangular', low: 100, mode: 200, high: 400 }, 20_000);
		expect(Math.abs(nearestRank(sorted, 0.1) - 154.77)).toBeLessThan(2);
		expect(Math.abs(nearestRank(sorted, 0.5) - 226.79)).toBeLessThan(2);
		expect(Math.abs(nearestRank(sorted, 0.9) - 322.54)).toBeLessThan(2);
		expect(sorted[0]).toBeGreaterThanOrEqual(100);
		expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(400);
	});

	it('keeps a truncated normal inside its bounds, with its median where it was', () => {
		// Mean 0, sd 100 steps, bounds -50 and +50: symmetric, so the median stays 0.
		const sorted = sample({ type: 'normal', mean: 0, sd: 100, low: -50, high: 50 }, 10_000);
		expect(sorted[0]).toBeGreaterThanOrEqual(-50);
		expect(sorted[sorted.length - 1]).toBeLessThanOrEqual(50);
		expect(Math.abs(nearestRank(sorted, 0.5))).toBeLessThanOrEqual(2);
	});

	it("gives a normal's quartiles at mean ± 0.6745 sd", () => {
		// The standard normal's quartiles are ±0.67449: with sd 1000 steps, ±674.5.
		const sorted = sample({ type: 'normal', mean: 0, sd: 1000 }, 20_000);
		expect(Math.abs(nearestRank(sorted, 0.25) + 674.5)).toBeLessThan(25);
		expect(Math.abs(nearestRank(sorted, 0.75) - 674.5)).toBeLessThan(25);
	});

	it('draws a weighted list in proportion to its weights', () => {
		// Weights 3 and 1: three in four draws take the first value.
		const sorted = sample({ type: 'discrete', values: [50, 100], cumulative: [3, 4] }, 8_000);
		const first = sorted.filter((v) => v === 50).length;
		expect(sorted.every((v) => v === 50 || v === 100)).toBe(true);
		expect(Math.abs(first / 8_000 - 0.75)).toBeLessThan(0.02);
	});

	it('rounds to a whole number of steps and keeps a bound between steps on the inside', () => {
		const d: StepDistribution = { type: 'uniform', low: 0.4, high: 2.6 };
		expect(quantile(d, 0)).toBe(0.4);
		expect(drawSteps(d, 0)).toBe(1); // 0.4 rounds to 0, below the bound: the first step inside
		expect(drawSteps(d, 0.999999)).toBe(2);
	});
});

describe('iterationRandom', () => {
	it('gives the same numbers for the same seed and iteration, and others for another', () => {
		const a = iterationRandom(42, 9);
		const b = iterationRandom(42, 9);
		const first = [a(), a(), a()];
		expect([b(), b(), b()]).toEqual(first);
		expect(iterationRandom(42, 10)()).not.toBe(first[0]);
		expect(iterationRandom(43, 9)()).not.toBe(first[0]);
	});

	it('spreads its numbers evenly over [0, 1)', () => {
		// 10 equal bins of 20,000 numbers: each should hold about 2,000 (sd about 42).
		const bins = new Array<number>(10).fill(0);
		for (let i = 0; i < 20_000; i++) {
			const u = iterationRandom(3, i)();
			expect(u).toBeGreaterThanOrEqual(0);
			expect(u).toBeLessThan(1);
			bins[Math.floor(u * 10)]! += 1;
		}
		for (const count of bins) expect(Math.abs(count - 2_000)).toBeLessThan(200);
	});
});
