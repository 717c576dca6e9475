import { describe, expect, it } from 'vitest';
import { block } from '../../../src/lib/model/schema';

describe('a qippChart block in the file format', () => {
	it('may say colourBy "workstream" or "rag", or leave it out', () => {
		for (const colourBy of ['workstream', 'rag', undefined])
			expect(block.safeParse({ id: 'q', type: 'qippChart', colourBy }).success, String(colourBy)).toBe(true);
	});

	it('refuses another colouring, and colourBy on any other block', () => {
		expect(block.safeParse({ id: 'q', type: 'qippChart', colourBy: 'scheme' }).success).toBe(false);
		expect(block.safeParse({ id: 'w', type: 'waterfall', colourBy: 'rag' }).success).toBe(false);
	});
});
