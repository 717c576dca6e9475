// inputs.ts: where an edit of an input lands, and scenario overrides.
import { describe, expect, it } from 'vitest';
import { readAt } from '../../../src/lib/model/json-path';
import { applyScenario } from '../../../src/lib/model/scenario';
import { validateModel } from '../../../src/lib/model/valid-model';
import {
	isOverridden,
	ownOverrides,
	placeEdit,
	resetInput,
	scenarioView,
	writeInput
} from '../../../src/lib/notebook/inputs';
import { ICB, PORTSMOUTH, loadExample } from './fixtures';

const CONTINGENCY = 'organisations.portsmouth.reserves.contingency.rate';

describe('scenarioView', () => {
	const file = loadExample(ICB);

	it('is the file itself for the baseline', () => {
		expect(scenarioView(file, 'baseline')).toBe(file);
	});

	it('applies the whole chain of overrides for a scenario', () => {
		const view = scenarioView(file, 'worst_no_winter');
		const applied = applyScenario(file, 'worst_no_winter');
		expect('file' in applied).toBe(true);
		expect(view).toEqual('file' in applied ? applied.file : undefined);
		expect(readAt(view, 'organisations.north.costLines.acute.activityGrowth')).toBe('4.0');
		expect(readAt(view, 'organisations.north.reserves.investments.winter.values')).toEqual({});
		// the file is untouched
		expect(readAt(file, 'organisations.north.costLines.acute.activityGrowth')).toBe('3.0');
	});

	it('falls back to the file when the scenario does not resolve', () => {
		expect(scenarioView(file, 'no-such-scenario')).toBe(file);
	});
});

describe('placeEdit', () => {
	const years = ['2017/18', '2018/19'];

	it('leaves a path without a year as it is', () => {
		expect(placeEdit({ a: { b: '1' } }, 'a.b', '2', years)).toEqual({ path: 'a.b', value: '2' });
	});

	it('writes a year of a per-year field in place', () => {
		const view = { a: { rate: { '2017/18': '1', '2018/19': '2' } } };
		expect(placeEdit(view, 'a.rate.2018/19', '3', years)).toEqual({ path: 'a.rate.2018/19', value: '3' });
	});

	it('turns a one-for-all-years field into one value per year, the others keeping theirs', () => {
		const view = { a: { rate: '=x' } };
		expect(placeEdit(view, 'a.rate.2017/18', '1', years)).toEqual({
			path: 'a.rate',
			value: { '2017/18': '1', '2018/19': '=x' }
		});
	});

	it('fills a missing field from `fill`, or with zero', () => {
		expect(placeEdit({ a: {} }, 'a.rate.2018/19', '4', years)).toEqual({
			path: 'a.rate',
			value: { '2017/18': '0', '2018/19': '4' }
		});
		expect(placeEdit({ a: {} }, 'a.rate.2018/19', '4', years, (y) => `fill ${y}`)).toEqual({
			path: 'a.rate',
			value: { '2017/18': 'fill 2017/18', '2018/19': '4' }
		});
	});
});

describe('ownOverrides and isOverridden', () => {
	const file = loadExample(ICB);

	it('lists only the overrides a scenario sets itself', () => {
		expect(ownOverrides(file, 'worst_no_winter')).toEqual(
			file.scenarios
				.find((s) => s.id === 'worst_no_winter')!
				.overrides.map((o) => ('path' in o ? o.path : o.each))
		);
		expect(ownOverrides(file, 'worst_no_winter')).not.toContain('assumptions.inflation');
		expect(ownOverrides(file, 'baseline')).toEqual([]);
		expect(ownOverrides(file, 'missing')).toEqual([]);
	});

	it('counts an input as overridden by itself or by a whole field it sits in', () => {
		const overrides = ['assumptions.inflation', 'a.b.2017/18'];
		expect(isOverridden(overrides, 'assumptions.inflation')).toBe(true);
		expect(isOverridden(overrides, 'assumptions.inflation.2026/27')).toBe(true);
		expect(isOverridden(overrides, 'a.b.2017/18')).toBe(true);
		expect(isOverridden(overrides, 'a.b')).toBe(false);
		expect(isOverridden(overrides, 'a.b.2018/19')).toBe(false);
		// a prefix of a segment is not the field
		expect(isOverridden(overrides, 'assumptions.inflationary')).toBe(false);
		expect(isOverridden([], 'x')).toBe(false);
	});
});

describe('writeInput', () => {
	it('changes the file in the baseline, splitting a one-for-all rate into years', () => {
		const file = loadExample(PORTSMOUTH);
		const written = writeInput(file, 'baseline', `${CONTINGENCY}.2017/18`, '1');
		expect('file' in written).toBe(true);
		if (!('file' in written)) return;
		expect(readAt(written.file, CONTINGENCY)).toEqual({ '2017/18': '1', '2018/19': '=contingency_rate' });
		expect(validateModel(written.file).ok).toBe(true);
		// immutably
		expect(readAt(file, CONTINGENCY)).toBe('=contingency_rate');
	});

	it('says when the path names nothing in the baseline', () => {
		const file = loadExample(PORTSMOUTH);
		const written = writeInput(file, 'baseline', 'organisations.nowhere.opening.position', '1');
		expect('error' in written && written.error).toMatch(/does not name anything/);
	});

	it('adds an override in a scenario and leaves the baseline values alone', () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.opening.position';
		const written = writeInput(file, 'best', path, '7');
		if (!('file' in written)) throw new Error(written.error);
		expect(readAt(written.file, path)).toBe(readAt(file, path));
		const best = written.file.scenarios.find((s) => s.id === 'best')!;
		expect(best.overrides.at(-1)).toEqual({ path, value: '7' });
		expect(readAt(scenarioView(written.file, 'best'), path)).toBe('7');
		expect(written.file.scenarios.filter((s) => s.id !== 'best')).toEqual(
			file.scenarios.filter((s) => s.id !== 'best')
		);
	});

	it('replaces an existing override of the same path rather than adding a second', () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.costLines.acute.activityGrowth';
		const written = writeInput(file, 'best', path, '9');
		if (!('file' in written)) throw new Error(written.error);
		const paths = written.file.scenarios
			.find((s) => s.id === 'best')!
			.overrides.map((o) => ('path' in o ? o.path : o.each));
		expect(paths.filter((p) => p === path)).toHaveLength(1);
		expect(readAt(scenarioView(written.file, 'best'), path)).toBe('9');
	});

	it('writes a year of an inherited one-for-all value as the whole field, replacing year overrides under it', () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.costLines.acute.activityGrowth';
		const first = writeInput(file, 'best', `${path}.2026/27`, '5');
		if (!('file' in first)) throw new Error(first.error);
		// The best case sets the field to "2.5" for all years: the edit becomes one value per year.
		expect(readAt(scenarioView(first.file, 'best'), path)).toEqual({
			'2026/27': '5',
			'2027/28': '2.5',
			'2028/29': '2.5'
		});
		const second = writeInput(first.file, 'best', `${path}.2027/28`, '6');
		if (!('file' in second)) throw new Error(second.error);
		expect(readAt(scenarioView(second.file, 'best'), path)).toEqual({
			'2026/27': '5',
			'2027/28': '6',
			'2028/29': '2.5'
		});
		expect(validateModel(second.file).ok).toBe(true);
	});

	it('refuses an unknown scenario', () => {
		const file = loadExample(ICB);
		const written = writeInput(file, 'nope', 'organisations.north.opening.position', '1');
		expect('error' in written && written.error).toMatch(/no scenario "nope"/);
	});
});

describe('resetInput', () => {
	it('drops the input, anything under it and a whole field holding it', () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.costLines.acute.activityGrowth';
		expect(ownOverrides(resetInput(file, 'best', path), 'best')).not.toContain(path);
		expect(ownOverrides(resetInput(file, 'best', `${path}.2026/27`), 'best')).not.toContain(path);
		expect(ownOverrides(resetInput(file, 'best', 'organisations.north'), 'best')).not.toContain(path);
		// other overrides and other scenarios stay
		const reset = resetInput(file, 'best', path);
		expect(ownOverrides(reset, 'best')).toEqual(ownOverrides(file, 'best').filter((p) => p !== path));
		expect(reset.scenarios.filter((s) => s.id !== 'best')).toEqual(
			file.scenarios.filter((s) => s.id !== 'best')
		);
	});

	it('gives the input its parent value again', () => {
		const file = loadExample(ICB);
		const path = 'organisations.north.costLines.acute.activityGrowth';
		const reset = resetInput(
			file,
			'worst_no_winter',
			'organisations.north.reserves.investments.winter.values'
		);
		expect(
			readAt(scenarioView(reset, 'worst_no_winter'), 'organisations.north.reserves.investments.winter.values')
		).toEqual(readAt(scenarioView(file, 'worst'), 'organisations.north.reserves.investments.winter.values'));
		expect(readAt(scenarioView(reset, 'worst_no_winter'), path)).toBe('4.0');
	});
});

describe('a scenario overriding one year of a value written once for all years', () => {
	it('overrides that year alone: the other years keep the value and are not marked', () => {
		const file = loadExample(ICB);
		const scenario = file.scenarios[0]!.id;
		const org = file.organisations[0]!.id;
		const path = `organisations.${org}.reserves.contingency.rate`;
		const [first, second] = file.years;
		const before = readAt(scenarioView(file, scenario), path);
		expect(typeof before).toBe('string');
		const written = writeInput(file, scenario, `${path}.${first}`, '1.2');
		if (!('file' in written)) throw new Error(written.error);
		expect(ownOverrides(written.file, scenario)).toContain(`${path}.${first}`);
		expect(isOverridden(ownOverrides(written.file, scenario), `${path}.${second}`)).toBe(false);
		const applied = applyScenario(written.file, scenario);
		if (!('file' in applied)) throw new Error('the scenario applies');
		expect(readAt(applied.file, `${path}.${first}`)).toBe('1.2');
		expect(readAt(applied.file, `${path}.${second}`)).toBe(before);
		// The baseline is untouched.
		expect(readAt(written.file, path)).toBe(readAt(file, path));
		expect(validateModel(written.file).ok).toBe(true);
	});
});
