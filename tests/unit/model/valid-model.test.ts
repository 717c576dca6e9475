import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model';
import { parseJsonText } from '../../../src/lib/model/json-text';
import { validateModel, scenarioFile } from '../../../src/lib/model/valid-model';

const portsmouth = (): Record<string, unknown> & { organisations: Record<string, unknown>[] } =>
	JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));

function problemsOf(raw: unknown) {
	const parsed = validateModel(raw);
	return parsed.ok ? [] : parsed.problems;
}

/** Apply `edit` to a fresh copy of the Portsmouth model and return the problems found. */
function problemsAfter(edit: (m: ReturnType<typeof portsmouth>) => void) {
	const model = portsmouth();
	edit(model);
	return problemsOf(model);
}

const org = (m: ReturnType<typeof portsmouth>) => m.organisations[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('validateModel(file) reports every problem with where and what', () => {
	it.each([
		[
			'a base with a thousands separator',
			(m: ReturnType<typeof portsmouth>) => (org(m).costLines[0].base = '1,234'),
			'organisations[0].costLines[0].base',
			'"1,234" is not a plain decimal number'
		],
		[
			'a missing name',
			(m: ReturnType<typeof portsmouth>) => delete org(m).name,
			'organisations[0].name',
			'is missing'
		],
		[
			'a list given as an object',
			(m: ReturnType<typeof portsmouth>) => (org(m).costLines = {}),
			'organisations[0].costLines',
			'must be a list, not object'
		],
		[
			'an unknown field',
			(m: ReturnType<typeof portsmouth>) => (org(m).extra = 1),
			'organisations[0]',
			'unknown field "extra"'
		],
		[
			'a bad unit',
			(m: ReturnType<typeof portsmouth>) => (m.unit = '£m'),
			'unit',
			'must be "gbp" (£), "k" (£k) or "m" (£m)'
		],
		[
			'a month out of range',
			(m: ReturnType<typeof portsmouth>) => (org(m).qipp.schemes[0].startMonth = 'M13'),
			'organisations[0].qipp.schemes[0].startMonth',
			'M01 (April) to M12 (March)'
		],
		[
			'an unknown RAG rating',
			(m: ReturnType<typeof portsmouth>) => (org(m).qipp.schemes[1].rag = 'blue'),
			'organisations[0].qipp.schemes[1].rag',
			'green, amber or red'
		],
		[
			'a reserve base that is not current or prior',
			(m: ReturnType<typeof portsmouth>) => (org(m).reserves.contingency.base = 'this'),
			'organisations[0].reserves.contingency.base',
			'"current"'
		],
		[
			'a year outside the model',
			(m: ReturnType<typeof portsmouth>) => (org(m).target['2019/20'] = '0'),
			'organisations[0].target["2019/20"]',
			"not one of the model's years"
		],
		[
			'a malformed financial year',
			(m: ReturnType<typeof portsmouth>) => (m.years = ['2017/18', '2018/20']),
			'years[1]',
			'not a financial year'
		],
		[
			'years with a gap',
			(m: ReturnType<typeof portsmouth>) => (m.years = ['2017/18', '2019/20']),
			'years',
			'consecutive'
		],
		[
			'a duplicate cost line id',
			(m: ReturnType<typeof portsmouth>) => (org(m).costLines[1].id = 'acute'),
			'organisations[0].costLines',
			'id "acute" is used more than once'
		],
		[
			'a stated figure for an unknown line',
			(m: ReturnType<typeof portsmouth>) => (org(m).stated['2017/18'].bogus = '1'),
			'organisations[0].stated["2017/18"].bogus',
			'not a bridge, context or QIPP line'
		],
		[
			'a scenario with an unknown parent',
			(m: ReturnType<typeof portsmouth>) => (m.scenarios = [{ id: 'a', name: 'A', parent: 'nope' }]),
			'scenarios[0].parent',
			'there is no scenario "nope"'
		],
		[
			'scenario parents in a loop',
			(m: ReturnType<typeof portsmouth>) =>
				(m.scenarios = [
					{ id: 'a', name: 'A', parent: 'b' },
					{ id: 'b', name: 'B', parent: 'a' }
				]),
			'scenarios[0].parent',
			'loop'
		],
		[
			'an override of something that does not exist',
			(m: ReturnType<typeof portsmouth>) =>
				(m.scenarios = [
					{
						id: 'a',
						name: 'A',
						parent: 'baseline',
						overrides: [{ path: 'organisations.portsmouth.costLines.nope.base', value: '1' }]
					}
				]),
			'scenarios[0].overrides[0].path',
			'does not name anything'
		],
		[
			'an override with an invalid value',
			(m: ReturnType<typeof portsmouth>) =>
				(m.scenarios = [
					{
						id: 'a',
						name: 'A',
						parent: 'baseline',
						overrides: [{ path: 'organisations.portsmouth.reserves.contingency.rate', value: 'lots' }]
					}
				]),
			'organisations[0].reserves.contingency.rate',
			'after the overrides of scenario "a"'
		]
	])('%s', (_, edit, path, message) => {
		const problems = problemsAfter(edit);
		expect(problems).toContainEqual({ path, message: expect.stringContaining(message) });
	});

	it('lists several problems at once', () => {
		const problems = problemsAfter((m) => {
			org(m).costLines[0].base = 'x';
			org(m).qipp.schemes[0].rag = 'blue';
			m.unit = 'pounds';
		});
		expect(problems.length).toBe(3);
	});

	it('refuses a file that is not an object or has no schemaVersion', () => {
		expect(problemsOf([])).toEqual([
			{ path: 'schemaVersion', message: 'a model file must be a JSON object' }
		]);
		expect(problemsOf({ name: 'x' })[0]?.message).toContain('schemaVersion is missing');
	});
});

describe('parseJsonText(text)', () => {
	it('names the line and column of a syntax error', () => {
		const result = parseJsonText('{\n  "a": 1,\n  oops\n}');
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.message).toMatch(/line 3, column 3/);
	});
});

describe('scenarioFile(model, id)', () => {
	const icb = readFileSync('models/icb-template-2026-29.json', 'utf8');

	it('applies a parent scenario before its child', () => {
		const loaded = loadModel(icb, 'worst_no_winter');
		expect(loaded.ok).toBe(true);
		if (!loaded.ok) return;
		const north = loaded.value.input.organisations[0];
		// from "worst": 2.3% allocation growth in 2026/27; from the child: no winter reserve.
		expect(north?.allocations['2026/27']).toEqual({ growth: expect.anything() });
		expect(
			north && 'growth' in north.allocations['2026/27']! && north.allocations['2026/27'].growth.toString()
		).toBe('0.023');
		expect(north?.investments.find((i) => i.id === 'winter')?.values).toEqual({});
	});

	it('leaves the baseline untouched', () => {
		const parsed = validateModel(JSON.parse(icb));
		if (!parsed.ok) throw new Error('icb must parse');
		const before = JSON.stringify(parsed.value);
		scenarioFile(parsed.value, 'worst');
		expect(JSON.stringify(parsed.value)).toBe(before);
	});

	it('can set a year the baseline left empty', () => {
		const model = portsmouth();
		model.scenarios = [
			{
				id: 'n',
				name: 'N',
				parent: 'baseline',
				overrides: [{ path: 'organisations.portsmouth.normalisation.2018/19', value: '0.4' }]
			}
		];
		const loaded = loadModel(JSON.stringify(model), 'n');
		expect(loaded.ok && loaded.value.input.organisations[0]?.normalisation['2018/19']?.toString()).toBe(
			'400000'
		);
	});
});
