import { describe, expect, it } from 'vitest';
import { closeBridge, closingOf, positionBefore, type StepLine } from '../../../src/lib/engine/bridge';
import { D } from '../../../src/lib/engine/decimal';
import { explain } from '../../../src/lib/engine/explain';

const line = (key: string, value: string): StepLine => ({
	key,
	label: key,
	value: D(value),
	explanation: explain(key)
});

describe('closeBridge', () => {
	it('closes the Portsmouth 2017/18 steps at opening plus their sum (0.5, not the printed 0.0)', () => {
		const steps = ['6.8', '0.1', '-4.6', '-5.0', '-10.4', '3.8', '-1.5', '-3.1', '2.1', '9.2'].map((v, i) =>
			line(`s${i}`, v)
		);
		const lines = closeBridge(line('opening', '3.1'), steps);
		// 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 + 9.2 = 0.5
		expect(closingOf(lines).toString()).toBe('0.5');
		expect(lines.map((l) => l.kind)).toEqual(['opening', ...steps.map(() => 'step'), 'closing']);
		expect(lines.at(-1)?.label).toBe('Planned in-year surplus/(deficit)');
	});

	it('closes at the opening when there are no steps, under a given label', () => {
		const lines = closeBridge(line('opening', '-2.5'), [], 'Closing');
		expect(lines.map((l) => [l.kind, l.key, l.label, l.value.toString()])).toEqual([
			['opening', 'opening', 'opening', '-2.5'],
			['closing', 'closing', 'Closing', '-2.5']
		]);
	});

	it('explains the closing by the opening and every step', () => {
		const lines = closeBridge(line('opening', '1'), [line('a', '2'), line('b', '-0.5')]);
		expect(lines.at(-1)?.explanation.inputs.map((i) => [i.label, i.value.toString()])).toEqual([
			['opening', '1'],
			['a', '2'],
			['b', '-0.5']
		]);
		expect(closingOf(lines).toString()).toBe('2.5');
	});
});

describe('closingOf', () => {
	it('throws when a bridge has no closing line', () => {
		expect(() => closingOf([{ kind: 'opening', ...line('opening', '1') }])).toThrow(/closing line/);
	});
});

describe('positionBefore', () => {
	it('is the opening plus the steps above a line: Portsmouth 2017/18 before its QIPP of 9.2', () => {
		const printed = ['6.8', '0.1', '-4.6', '-5.0', '-10.4', '3.8', '-1.5', '-3.1', '2.1'];
		const lines = closeBridge(line('opening', '3.1'), [
			...printed.map((v, i) => line(`s${i}`, v)),
			line('qipp', '9.2')
		]);
		// 3.1 + 6.8 + 0.1 - 4.6 - 5.0 - 10.4 + 3.8 - 1.5 - 3.1 + 2.1 = -8.7 (the printed 0.5 less 9.2)
		expect(positionBefore(lines, 'qipp').toString()).toBe('-8.7');
		expect(positionBefore(lines, 'opening').toString()).toBe('0');
		expect(() => positionBefore(lines, 'nothing')).toThrow(/no line "nothing"/);
	});
});
