import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { amountIn, rateIn } from '../../../src/lib/engine/per-year';
import { py } from './fixtures';

describe('amountIn', () => {
	it('reads the year and counts a missing year (or missing record) as zero', () => {
		const values = py({ '2017/18': '2.1' });
		expect(amountIn(values, '2017/18').toString()).toBe('2.1');
		expect(amountIn(values, '2018/19').isZero()).toBe(true);
		expect(amountIn(undefined, '2017/18').isZero()).toBe(true);
	});
});

describe('rateIn', () => {
	const defaults = py({ '2017/18': '0.02', '2018/19': '0.025' });

	it("prefers the line's own rate, even an explicit zero", () => {
		expect(rateIn(py({ '2017/18': '0.05' }), defaults, '2017/18').toString()).toBe('0.05');
		expect(rateIn(py({ '2017/18': '0' }), defaults, '2017/18').isZero()).toBe(true);
	});

	it('falls back to the model default, then to zero', () => {
		expect(rateIn(py({ '2017/18': '0.05' }), defaults, '2018/19').toString()).toBe('0.025');
		expect(rateIn(undefined, defaults, '2017/18').toString()).toBe('0.02');
		expect(rateIn(undefined, defaults, '2019/20').eq(D(0))).toBe(true);
	});
});
