// The simulation's random numbers: one stream per iteration, made from (seed, iteration) alone, so
// iteration i draws the same values whichever worker runs it and however many there are. The
// generator is pure-rand's xoroshiro128+ (the one fast-check uses), seeded with four words of a
// murmur3-style hash of the seed and the iteration number.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** murmur3's 32-bit finaliser: every input bit moves about half the output bits. */
function mix(x: number): number {
	x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
	x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
	return (x ^ (x >>> 16)) | 0;
}

const GOLDEN = 0x9e3779b9;

/**
 * Uniform numbers in [0, 1) for iteration `iteration` of a run seeded `seed` (both whole numbers
 * from 0 to 2^32 - 1), 53 random bits each.
 * @example const u = iterationRandom(1, 0); u(); u(); // the same two numbers every time
 */
export function iterationRandom(seed: number, iteration: number): () => number {
	const key = mix(mix(seed | 0) ^ mix((iteration | 0) + GOLDEN));
	const state: number[] = [0, 1, 2, 3].map((k) => mix(key + Math.imul(k + 1, GOLDEN)));
	if (!state.some((w) => w !== 0)) state[0] = 1; // xoroshiro's one forbidden state
	const rng = xoroshiro128plusFromState(state);
	return () => uniformFloat64(rng);
}
