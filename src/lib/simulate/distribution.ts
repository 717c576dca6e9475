// Drawing from a range: each distribution's inverse CDF maps a uniform number in [0, 1) to a value,
// in units of the input's precision step (0.01 percentage point, or a penny), and the caller rounds
// it to a whole number of steps. One uniform per draw, so iteration i's values depend on (seed, i)
// only. The float here is a random variate, never money: it becomes a whole count of steps.

/** A distribution with its parameters in steps (a rate's 0.01 pp, an amount's penny). */
export type StepDistribution =
	| { readonly type: 'triangular'; readonly low: number; readonly mode: number; readonly high: number }
	| {
			readonly type: 'normal';
			readonly mean: number;
			readonly sd: number;
			readonly low?: number;
			readonly high?: number;
	  }
	| { readonly type: 'uniform'; readonly low: number; readonly high: number }
	| { readonly type: 'discrete'; readonly values: readonly number[]; readonly cumulative: readonly number[] };

/** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
	const a = [
		-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
		2.506628277459239
	];
	const b = [
		-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572
	];
	const c = [
		-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
		2.938163982698783
	];
	const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
	const low = 0.02425;
	if (p <= 0) return -Infinity;
	if (p >= 1) return Infinity;
	if (p < low || p > 1 - low) {
		const q = Math.sqrt(-2 * Math.log(p < low ? p : 1 - p));
		const x =
			(((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) /
			((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
		return p < low ? x : -x;
	}
	const q = p - 0.5;
	const r = q * q;
	return (
		((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) /
		(((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
	);
}

/** The standard normal CDF, through erfc (Numerical Recipes' Chebyshev fit, error < 1.2e-7). */
export function normalCdf(x: number): number {
	const z = Math.abs(x) / Math.SQRT2;
	const t = 1 / (1 + 0.5 * z);
	const erfc =
		t *
		Math.exp(
			-z * z -
				1.26551223 +
				t *
					(1.00002368 +
						t *
							(0.37409196 +
								t *
									(0.09678418 +
										t *
											(-0.18628806 +
												t *
													(0.27886807 +
														t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
		);
	return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** The value (in steps, not yet rounded) at probability `u` of `d`. */
export function quantile(d: StepDistribution, u: number): number {
	switch (d.type) {
		case 'uniform':
			return d.low + u * (d.high - d.low);
		case 'triangular': {
			const { low: a, mode: c, high: b } = d;
			if (b === a) return a;
			const split = (c - a) / (b - a);
			return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
		}
		case 'normal': {
			if (d.sd === 0) return d.mean;
			// Truncated by inverse CDF: u is spread over the probability between the bounds.
			const from = d.low === undefined ? 0 : normalCdf((d.low - d.mean) / d.sd);
			const to = d.high === undefined ? 1 : normalCdf((d.high - d.mean) / d.sd);
			const p = from + u * (to - from);
			const x = d.mean + d.sd * normalQuantile(p);
			return Math.min(d.high ?? Infinity, Math.max(d.low ?? -Infinity, x));
		}
		case 'discrete': {
			const total = d.cumulative[d.cumulative.length - 1]!;
			const target = u * total;
			let i = 0;
			while (i < d.cumulative.length - 1 && d.cumulative[i]! <= target) i++;
			return d.values[i]!;
		}
	}
}

/** The smallest and largest value `d` can give, in steps (infinite for an unbounded normal). */
export function support(d: StepDistribution): [number, number] {
	switch (d.type) {
		case 'discrete':
			return [Math.min(...d.values), Math.max(...d.values)];
		case 'normal':
			return d.sd === 0 ? [d.mean, d.mean] : [d.low ?? -Infinity, d.high ?? Infinity];
		default:
			return [d.low, d.high];
	}
}

/** A draw at probability `u`, as a whole number of steps inside the distribution's range. */
export function drawSteps(d: StepDistribution, u: number): number {
	const [lo, hi] = support(d);
	const steps = Math.round(quantile(d, u)) + 0; // + 0 makes a rounded -0 plain 0
	// A bound between two steps: keep the draw on the inside of it.
	return Math.min(Math.floor(hi), Math.max(Math.ceil(lo), steps));
}
