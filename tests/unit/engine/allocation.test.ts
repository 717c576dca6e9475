import { describe, expect, it } from 'vitest';
import { allocationFor } from '../../../src/lib/engine/allocation';
import { D } from '../../../src/lib/engine/decimal';

describe('allocationFor', () => {
	it('takes a stated value as it is', () => {
		const { allocation, explanation } = allocationFor({ value: D('306.3e6') }, D('297.9e6'), 'src');
		expect(allocation.toString()).toBe('306300000');
		expect(explanation.inputs.map((i) => i.source)).toEqual(['src']);
	});

	it.each([
		// 297.9m x 1.02 = 303.858m
		['297.9e6', '0.02', '303858000'],
		// 100 x (1 - 0.015) = 98.5
		['100', '-0.015', '98.5'],
		['100', '0', '100'],
		// to the penny: 100.01 x 1.025 = 102.51025 -> 102.51
		['100.01', '0.025', '102.51'],
		// a tie rounds up: 100.5 x 1.01 = 101.505 -> 101.51
		['100.5', '0.01', '101.51'],
		// 297,912,345.67 x 1.0235 = 304,913,285.79 (304,913,285.793245 -> .79)
		['297912345.67', '0.0235', '304913285.79']
	])('grows %s by %s to %s', (prior, growth, expected) => {
		expect(allocationFor({ growth: D(growth) }, D(prior), 'src').allocation.toString()).toBe(expected);
	});

	it('stays at the previous recurrent allocation when the year has no entry', () => {
		const { allocation, explanation } = allocationFor(undefined, D(1234), 'src');
		expect(allocation.toString()).toBe('1234');
		expect(explanation.formula).toMatch(/equals the previous recurrent allocation/);
	});
});
