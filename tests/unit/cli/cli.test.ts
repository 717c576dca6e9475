import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { cli } from './run';

const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';
const ICB = 'models/icb-template-2026-29.json';
const PUBLISHED = 'tests/fixtures/published/portsmouth-bridge-2017-18.csv';

interface JsonReport {
	year: string;
	organisation: string;
	scenario: string;
	view: string;
	unit: string;
	context: { key: string; value: string }[];
	lines: {
		kind: string;
		key: string;
		label: string;
		value: string;
		stated?: string;
		difference?: string;
		status?: string;
	}[];
}
const json = (text: string) => JSON.parse(text) as JsonReport[];

describe('bridgebook validate', () => {
	it('accepts every example model', () => {
		for (const model of [PORTSMOUTH, ICB])
			expect(cli(['validate', model])).toMatchObject({ code: 0, out: expect.stringContaining('valid') });
	});

	it('exits 2 listing every problem with its path', () => {
		const broken = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		broken.unit = 'pounds';
		broken.organisations[0].costLines[0].base = '1,2';
		const result = cli(['validate', 'broken.json'], { 'broken.json': JSON.stringify(broken) });
		expect(result.code).toBe(2);
		expect(result.err).toContain('2 problems');
		expect(result.err).toContain('unit: must be');
		expect(result.err).toContain('organisations[0].costLines[0].base: "1,2" is not a plain decimal number');
	});

	it('exits 2 on a file that is not JSON', () => {
		const result = cli(['validate', 'bad.json'], { 'bad.json': '{ "schemaVersion": 1,' });
		expect(result.code).toBe(2);
		expect(result.err).toContain('not valid JSON');
	});
});

describe('bridgebook bridge', () => {
	it('prints JSON records with exact decimal strings in the chosen unit', () => {
		const result = cli(['bridge', PORTSMOUTH, '--year', '2017/18', '--format', 'json']);
		expect(result.code).toBe(0);
		const [report] = json(result.out);
		expect(report).toMatchObject({
			year: '2017/18',
			organisation: 'portsmouth',
			scenario: 'baseline',
			view: 'plan',
			unit: 'm'
		});
		expect(report?.lines.map((l) => l.kind)).toEqual(['opening', ...Array(10).fill('step'), 'closing']);
		expect(report?.lines.at(-1)).toMatchObject({
			key: 'closing',
			value: '0.5045',
			stated: '0.0',
			difference: '0.5045',
			status: 'differs'
		});
		expect(report?.lines.find((l) => l.key === 'contingency')).toMatchObject({
			value: '-1.5315',
			stated: '-1.5',
			status: 'within rounding'
		});
	});

	it('closes every record exactly at opening plus steps', () => {
		for (const report of json(
			cli(['bridge', ICB, '--format', 'json', '--scenario', 'worst', '--view', 'risk']).out
		)) {
			const total = report.lines.filter((l) => l.kind !== 'closing').reduce((t, l) => t.plus(l.value), D(0));
			expect(total.toString()).toBe(D(report.lines.at(-1)?.value ?? 'NaN').toString());
		}
	});

	it('converts units exactly: the same closing in £, £k and £m', () => {
		const closing = (unit: string) =>
			json(
				cli(['bridge', PORTSMOUTH, '--year', '2017/18', '--unit', unit, '--format', 'json']).out
			)[0]?.lines.at(-1)?.value;
		expect([closing('gbp'), closing('k'), closing('m')]).toEqual(['504500', '504.5', '0.5045']);
	});

	it('adds a consolidated record for several organisations and filters by --org', () => {
		const all = json(cli(['bridge', ICB, '--format', 'json', '--year', '2027/28']).out);
		expect(all.map((r) => r.organisation)).toEqual(['north', 'south', 'consolidated']);
		const consolidated = json(
			cli(['bridge', ICB, '--format', 'json', '--year', '2027/28', '--org', 'consolidated']).out
		);
		expect(consolidated).toHaveLength(1);
		const sum = (key: string) =>
			all.slice(0, 2).reduce((t, r) => t.plus(r.lines.find((l) => l.key === key)?.value ?? 0), D(0));
		for (const line of consolidated[0]?.lines ?? []) expect(line.value).toBe(sum(line.key).toString());
	});

	it('writes CSV with a header and quoted labels', () => {
		const result = cli(['bridge', PORTSMOUTH, '--format', 'csv', '--year', '2017/18']);
		const [header, ...rows] = result.out.trim().split('\r\n');
		expect(header).toBe('organisation,year,scenario,view,unit,kind,key,label,value,stated,difference,status');
		expect(rows).toContain(
			'portsmouth,2017/18,baseline,plan,m,closing,closing,Planned in-year surplus/(deficit),0.5045,0.0,0.5045,differs'
		);
		expect(rows).toHaveLength(3 + 12);
	});

	it('neutralises labels a spreadsheet would run as formulas (CSV injection), in bridge and qipp CSV', () => {
		const hostile = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		hostile.organisations[0].reserves.nonRecurrent.label = '@SUM(1+1)';
		hostile.organisations[0].qipp.schemes[0].workstream = '+1+1';
		const files = { 'hostile.json': JSON.stringify(hostile) };
		const bridge = cli(['bridge', 'hostile.json', '--format', 'csv', '--year', '2017/18'], files).out;
		expect(bridge).toContain(",'@SUM(1+1),");
		expect(bridge).not.toMatch(/,@SUM/);
		const qipp = cli(['qipp', 'hostile.json', '--format', 'csv', '--year', '2017/18'], files).out;
		expect(qipp).toContain(",'+1+1,");
		expect(qipp).not.toMatch(/,\+1\+1/);
	});

	it('prints a readable table rounded to 1 dp in £m, negatives in brackets', () => {
		const { out } = cli(['bridge', PORTSMOUTH, '--year', '2017/18']);
		expect(out).toMatch(/Inflation\s+\(10\.4\)\s+\(10\.4\)/);
		expect(out).toMatch(/Planned in-year surplus\/\(deficit\)\s+0\.5\s+0\.0\s+0\.5045\s+Differs/);
	});

	it('shows the risk-adjusted view with delivery factors applied', () => {
		const risk = json(
			cli(['bridge', PORTSMOUTH, '--year', '2017/18', '--view', 'risk', '--format', 'json']).out
		)[0];
		// Identified 6.093 at RAG factors = 4.6705 (the QIPP programme's risk-adjusted figure); unidentified 3.106 at 0%.
		expect(risk?.lines.find((l) => l.key === 'qipp')?.value).toBe('4.6705');
	});

	it.each([
		[['bridge', PORTSMOUTH, '--bogus'], 'unknown option --bogus'],
		[['bridge', 'missing.json'], 'cannot read missing.json: no such file'],
		[['bridge', PORTSMOUTH, '--year', '2030/31'], '--year 2030/31 is not in the model'],
		[['bridge', PORTSMOUTH, '--year', '2017'], 'write it like 2017/18'],
		[['bridge', PORTSMOUTH, '--org', 'nope'], '--org nope is not in the model'],
		[['bridge', PORTSMOUTH, '--scenario', 'nope'], '--scenario nope is not in the model'],
		[['bridge', PORTSMOUTH, '--unit', 'bn'], '--unit must be gbp, k or m'],
		[['bridge', PORTSMOUTH, '--view', 'hope'], '--view must be one of plan, risk'],
		[['bridge', PORTSMOUTH, '--format', 'xml'], '--format must be one of table, csv, json'],
		[['bridge'], 'usage: bridgebook bridge'],
		[['frobnicate'], 'unknown command "frobnicate"'],
		// Names of JavaScript object members are commands like any other unknown word.
		...['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'].map(
			(name): [string[], string] => [[name, PORTSMOUTH], `unknown command "${name}"`]
		)
	])('%j exits 2 with a one-line message', (argv, message) => {
		const result = cli(argv);
		expect(result.code).toBe(2);
		expect(result.err).toContain(message);
		expect(result.err.trim().split('\n')).toHaveLength(1);
	});
});

describe('control characters', () => {
	it('are printed as visible escapes, never sent raw to the terminal', () => {
		const file = JSON.parse(readFileSync(PORTSMOUTH, 'utf8')) as { organisations: { name: string }[] };
		file.organisations[0]!.name = 'Evil\u001b[2J\u001b]0;pwned\u0007 CCG';
		const result = cli(['bridge', 'evil.json', '--year', '2017/18'], { 'evil.json': JSON.stringify(file) });
		expect(result.code).toBe(0);
		expect(result.out).toContain('Evil\\x1B[2J\\x1B]0;pwned\\x07 CCG, 2017/18');
		// Nothing below a space survives except tab, newline and carriage return.
		expect([...result.out].filter((c) => c < ' ' && !'\t\n\r'.includes(c))).toEqual([]);
	});

	it('in a pasted table are escaped in check messages too', () => {
		const table = 'Line,Value\nOpening,1.0\nGrowth\u001b[31m,abc\nClosing,3.0\n';
		const result = cli(['check', 'table.csv'], { 'table.csv': table });
		expect(result.out + result.err).toContain('Growth\\x1B[31m');
		expect(result.out + result.err).not.toContain('\u001b');
	});
});

describe('bridgebook qipp', () => {
	it('gives identified by workstream, required, unidentified and risk-adjusted per year', () => {
		const result = cli(['qipp', PORTSMOUTH, '--unit', 'k', '--format', 'json', '--year', '2017/18']);
		expect(result.code).toBe(0);
		const [report] = JSON.parse(result.out) as {
			workstreams: { workstream: string; value: string }[];
			lines: { key: string; value: string; stated?: string; status?: string }[];
		}[];
		expect(report?.workstreams[0]).toMatchObject({ workstream: 'Prescribing', value: '1433' });
		const line = (key: string) => report?.lines.find((l) => l.key === key);
		expect(line('qipp_identified')?.value).toBe('6093');
		expect(line('qipp_required')).toMatchObject({ value: '8694.5', stated: '9199', status: 'differs' });
		expect(line('qipp_unidentified')).toMatchObject({ value: '2601.5', stated: '3106', status: 'differs' });
		expect(line('qipp_risk_adjusted')?.value).toBe('4670.5');
	});
});

describe('bridgebook check', () => {
	it('finds that the published Portsmouth steps add to 0.5, not the stated 0.0 (exit 1)', () => {
		const result = cli(['check', PUBLISHED]);
		expect(result.code).toBe(1);
		expect(result.out).toContain('opening + steps = 0.5 but the table states 0.0');
		expect(result.out).toContain('does NOT reconcile');
	});

	it('exits 0 for a table that reconciles, checking a Total column row by row', () => {
		const table = 'line,North,South,Total\nOpening,1.0,2.0,3.0\nGrowth,0.5,(0.5),0.0\nClosing,1.5,1.5,3.0\n';
		const result = cli(['check', 't.csv', '--format', 'json'], { 't.csv': table });
		expect(result.code).toBe(0);
		const report = JSON.parse(result.out);
		expect(report.reconciles).toBe(true);
		expect(report.totals).toHaveLength(3);
	});

	it('exits 1 when a Total column disagrees with its parts beyond rounding', () => {
		const table = 'line,North,South,Total\nOpening,1.0,2.0,3.0\nGrowth,0.5,0.5,1.5\nClosing,1.5,2.5,4.5\n';
		const result = cli(['check', 't.csv', '--format', 'json'], { 't.csv': table });
		expect(result.code).toBe(1);
		expect(JSON.parse(result.out).totals[1]).toMatchObject({
			row: 'Growth',
			difference: '-0.5',
			status: 'differs'
		});
	});

	it('uses a role column to leave context rows out of the sum', () => {
		const table =
			'line,role,Total £m\nAllocation,context,306.3\nOpening,opening,1.0\nStep,step,2.0\nClosing,closing,3.0\n';
		expect(cli(['check', 't.csv'], { 't.csv': table }).code).toBe(0);
	});

	it.each([
		['line,A\n', 'a bridge needs at least an opening and a closing row'],
		['name,A\nOpen,1\nClose,1\n', 'the first column must be "line"'],
		['line,A\nOpen,abc\nClose,1\n', 'row 2 (Open), column A: "abc" is not a number'],
		[
			'line,role,A\nOpen,start,1\nClose,closing,1\n',
			'is not one of context, opening, step, closing, item, total'
		]
	])('exits 2 on unreadable input %j', (table, message) => {
		const result = cli(['check', 't.csv'], { 't.csv': table });
		expect(result.code).toBe(2);
		expect(result.err).toContain(message);
	});
});

describe('bridgebook check --model', () => {
	const QIPP_TABLE = 'tests/fixtures/published/portsmouth-qipp-2017-19.csv';

	it('reads a table of items and a total as "sum of items against stated total"', () => {
		const result = cli(['check', QIPP_TABLE]);
		// 1,433 + 680 + 860 + 380 + 690 + 630 + 500 + 330 + 590 + 3,106 = 9,199, as printed
		expect(result.out).toMatch(/17\/18 £'000\s+9,199\s+9,199\s+0\s+Agrees/);
		expect(result.out).toContain('Sum of items');
		expect(result.code).toBe(0);
	});

	it('exits 1 when a published figure differs from the model: the Portsmouth closing 0.0 against 0.5045', () => {
		const result = cli(['check', PUBLISHED, '--model', PORTSMOUTH, '--year', '2017/18', '--format', 'json']);
		expect(result.code).toBe(1);
		const report = JSON.parse(result.out);
		expect(report.model).toMatchObject({
			organisation: 'portsmouth',
			year: '2017/18',
			unit: 'm',
			agrees: false
		});
		expect(report.model.rows.at(-1)).toMatchObject({
			key: 'closing',
			published: '0',
			computed: '0.5045',
			difference: '0.5045',
			status: 'differs',
			matchedBy: 'label'
		});
	});

	it('exits 0 when the table reconciles and every matched figure agrees', () => {
		// 2016/17 surplus 3.1 and growth 6.8 as published and computed; closing 9.9 = 3.1 + 6.8
		const table =
			'line,key,role,£m\nSurplus,opening,opening,3.1\nGrowth,growth_received,step,6.8\nEnd,,closing,9.9\n';
		const result = cli(['check', 't.csv', '--model', PORTSMOUTH], { 't.csv': table });
		expect(result.out).toContain('Every matched figure agrees');
		expect(result.code).toBe(0);
	});

	it('compares a £k table against the £m model with --unit k', () => {
		const result = cli([
			'check',
			QIPP_TABLE,
			'--model',
			PORTSMOUTH,
			'--unit',
			'k',
			'--column',
			"17/18 £'000"
		]);
		// the model requires 8,694.5 £k of QIPP; the plan prints 9,199
		expect(result.out).toMatch(
			/Total QIPP Requirement\s+Required QIPP \(target - position before QIPP\)\s+9,199\s+8,695/
		);
		expect(result.code).toBe(1);
	});

	it.each([
		[['check', PUBLISHED, '--year', '2017/18'], '--year needs --model MODEL.json'],
		[['check', PUBLISHED, '--model', PORTSMOUTH, '--org', 'nowhere'], '--org nowhere is not in the model'],
		[
			['check', PUBLISHED, '--model', PORTSMOUTH, '--column', 'North'],
			'--column "North" is not in the table'
		],
		[
			['check', 'tests/fixtures/published/portsmouth-qipp-2017-19.csv', '--model', PORTSMOUTH],
			'say which with --column NAME'
		]
	])('exits 2 on %j', (argv, message) => {
		const result = cli(argv);
		expect(result.code).toBe(2);
		expect(result.err).toContain(message);
	});
});

describe('bin/bridgebook.js', () => {
	it('runs as a command with the right exit codes', () => {
		const out = execFileSync(
			'node',
			['bin/bridgebook.js', 'bridge', PORTSMOUTH, '--year', '2017/18', '--format', 'json'],
			{ encoding: 'utf8' }
		);
		expect(json(out)[0]?.lines.at(-1)?.value).toBe('0.5045');
		const failed = spawnSync('node', ['bin/bridgebook.js', 'check', PUBLISHED], { encoding: 'utf8' });
		expect(failed.status).toBe(1);
		const bad = spawnSync('node', ['bin/bridgebook.js', 'bridge', 'nope.json'], { encoding: 'utf8' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).not.toContain('    at ');
		// Three node processes, each compiling the CLI through tsx: seconds on a busy machine.
	}, 30_000);
});

describe('bridgebook bridge --explain', () => {
	it('gives every line its formula in words and its inputs, money in the chosen unit and rates in percent', () => {
		type Explained = {
			key: string;
			explanation?: {
				formula: string;
				inputs: { label: string; value: string; unit: string; source?: string }[];
			};
		};
		const [report] = JSON.parse(
			cli(['bridge', PORTSMOUTH, '--year', '2017/18', '--format', 'json', '--explain']).out
		) as { lines: Explained[] }[];
		for (const line of report?.lines ?? []) expect(line.explanation?.formula.length).toBeGreaterThan(0);
		const contingency = report?.lines.find((l) => l.key === 'contingency')?.explanation;
		expect(contingency?.inputs).toEqual([
			{
				label: 'Rate',
				value: '0.5',
				unit: 'percent',
				source: 'organisations.portsmouth.reserves.contingency.rate'
			},
			{ label: "This year's allocation", value: '306.3', unit: 'm' }
		]);
	});
});

describe('bridgebook qipp options and help', () => {
	it('consolidates QIPP across organisations, workstreams summed by name', () => {
		const reports = JSON.parse(
			cli(['qipp', ICB, '--format', 'json', '--year', '2026/27', '--unit', 'k']).out
		) as {
			organisation: string;
			workstreams: { workstream: string; value: string }[];
			lines: { key: string; value: string }[];
		}[];
		expect(reports.map((r) => r.organisation)).toEqual(['north', 'south', 'consolidated']);
		const [north, south, total] = reports;
		const prescribing = (r: typeof north) =>
			D(r?.workstreams.find((w) => w.workstream === 'Prescribing')?.value ?? 'NaN');
		expect(prescribing(total).eq(prescribing(north).plus(prescribing(south)))).toBe(true);
		const required = (r: typeof north) => D(r?.lines.find((l) => l.key === 'qipp_required')?.value ?? 'NaN');
		expect(required(total).eq(required(north).plus(required(south)))).toBe(true);
	});

	it('refuses flags that only bridge takes, and --explain with CSV', () => {
		expect(cli(['qipp', PORTSMOUTH, '--view', 'risk'])).toMatchObject({
			code: 2,
			err: expect.stringContaining('unknown option --view')
		});
		expect(cli(['bridge', PORTSMOUTH, '--explain', '--format', 'csv'])).toMatchObject({
			code: 2,
			err: expect.stringContaining('--explain works with')
		});
	});

	it('prints help for --help after any command, and to stderr with exit 2 when there is no command', () => {
		expect(cli(['bridge', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage:') });
		expect(cli([])).toMatchObject({ code: 2, out: '', err: expect.stringContaining('Usage:') });
	});
});

describe('stated figures the model cannot produce', () => {
	it('are shown as context lines compared with zero, never dropped', () => {
		const model = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		model.organisations[0].stated['2017/18'].qipp_full_year_effect = '0.3';
		const [report] = json(
			cli(['bridge', 'm.json', '--year', '2017/18', '--format', 'json'], { 'm.json': JSON.stringify(model) })
				.out
		);
		expect(report?.context.find((l) => l.key === 'qipp_full_year_effect')).toMatchObject({
			value: '0',
			stated: '0.3',
			status: 'differs'
		});
	});
});

describe('bridgebook eval', () => {
	it('prints every cell per year as exact decimals, money in the chosen unit and rates in percent', () => {
		const result = cli(['eval', PORTSMOUTH, '--format', 'json']);
		expect(result.code).toBe(0);
		const report = JSON.parse(result.out) as {
			years: string[];
			cells: { name: string; unit: string; values: Record<string, string> }[];
		};
		expect(report.years).toEqual(['2017/18', '2018/19']);
		expect(report.cells.find((c) => c.name === 'tariff_uplift')).toEqual({
			name: 'tariff_uplift',
			unit: 'percent',
			values: { '2017/18': '2.1', '2018/19': '2.1' }
		});
		// required 8.6945 / allocation 306.3 = 2.8386...% -> 2.84
		expect(report.cells.find((c) => c.name === 'qipp_pct')?.values['2017/18']).toBe('2.84');
	});

	it('evaluates any name asked for, model results included, and exits 1 naming an undefined one', () => {
		const result = cli([
			'eval',
			PORTSMOUTH,
			'--cell',
			'surplus',
			'--cell',
			'nope',
			'--unit',
			'k',
			'--format',
			'json'
		]);
		expect(result.code).toBe(1);
		const cells = JSON.parse(result.out).cells;
		expect(cells[0]).toEqual({ name: 'surplus', unit: 'k', values: { '2017/18': '504.5', '2018/19': '0' } });
		expect(cells[1]).toEqual({
			name: 'nope',
			unit: '',
			error: { code: 'undefined-name', message: '"nope" is not defined' }
		});
	});

	it('shows an error under its name in the table', () => {
		const model = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		model.cells.push({ id: 'zero', name: 'zero_div', formula: 'surplus / £0' });
		const result = cli(['eval', 'm.json'], { 'm.json': JSON.stringify(model) });
		expect(result.code).toBe(1);
		expect(result.out).toMatch(/zero_div\n\s+error \(division-by-zero, at character \d+\)/);
	});
});

describe('formula inputs through the CLI', () => {
	const looping = () => {
		const model = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		model.organisations[0].reserves.contingency.rate = '=if(surplus[2017/18] > £0, 0.6%, 0.5%)';
		return { 'loop.json': JSON.stringify(model) };
	};

	it('validate works out formula inputs and names the one that loops through the model', () => {
		const result = cli(['validate', 'loop.json'], looping());
		expect(result.code).toBe(2);
		expect(result.err).toContain(
			"organisations.portsmouth.reserves.contingency.rate (=if(surplus[2017/18] > £0, 0.6%, 0.5%)): this input depends on the model's own results"
		);
	});

	it("eval still shows every cell when the model's inputs have a problem, and exits 1", () => {
		const result = cli(['eval', 'loop.json', '--format', 'json'], looping());
		expect(result.code).toBe(1);
		expect(result.err).toContain("the model's results are unavailable");
		const cells = JSON.parse(result.out).cells as {
			name: string;
			values?: object;
			error?: { code: string };
		}[];
		expect(cells.find((c) => c.name === 'tariff_uplift')?.values).toEqual({
			'2017/18': '2.1',
			'2018/19': '2.1'
		});
		expect(cells.find((c) => c.name === 'surplus_pct')?.error?.code).toBe('upstream');
	});
});

describe('bridgebook eval parse errors', () => {
	it('say where in the formula the problem is, counting characters from 1', () => {
		const model = JSON.parse(readFileSync(PORTSMOUTH, 'utf8'));
		model.cells.push({ id: 'bad', name: 'bad', formula: '(1 + 2' });
		const result = cli(['eval', 'm.json', '--cell', 'bad', '--format', 'json'], {
			'm.json': JSON.stringify(model)
		});
		expect(JSON.parse(result.out).cells[0].error).toEqual({
			code: 'parse',
			message: 'expected ")" to close the "(" at character 1',
			at: 7
		});
	});
});

describe('bridgebook compare', () => {
	it('puts scenarios side by side with changes from the base, what differs first', () => {
		const { code, out } = cli(['compare', ICB, '--scenarios', 'baseline,worst', '--year', '2026/27']);
		expect(code).toBe(0);
		// Allocation worked by hand: (1,300 + 1,040) x 1.028 = 2,405.52; x 1.023 = 2,393.82.
		expect(out).toMatch(/Allocation\s+2,405\.5\s+2,393\.8\s+\(11\.7\)/);
		expect(out).toMatch(/Planned surplus\/\(deficit\) \(the same in every scenario\)\s+0\.0\s+0\.0\s+0\.0/);
		expect(out.indexOf('Unidentified QIPP needed')).toBeLessThan(out.indexOf('Planned surplus'));
		expect(out).toContain('qippDeliveryFactors.amber: 75 -> 60');
		expect(out).toMatch(
			/Scenario bridge, 2026\/27: Risk-adjusted surplus\/\(deficit\), Baseline to Worst case/
		);
		// -11.70 + 0.5% contingency on it = -11.6415, shown at display precision.
		expect(out).toMatch(/ {2}Allocation\s+\(11\.6\)/);
	});

	it('writes JSON whose bridge steps add up to the difference, exactly', () => {
		const { out } = cli(['compare', ICB, '--scenarios', 'baseline,best,worst', '--format', 'json']);
		const parsed = JSON.parse(out) as {
			bridges: { opening: string; closing: string; steps: { value: string }[] }[];
		};
		expect(parsed.bridges).toHaveLength(2 * 3);
		for (const b of parsed.bridges)
			expect(b.steps.reduce((sum, s) => sum.plus(s.value), D(b.opening)).toString()).toBe(
				D(b.closing).toString()
			);
	});

	it('writes CSV, one row per year, measure and scenario', () => {
		const { out } = cli([
			'compare',
			ICB,
			'--scenarios',
			'baseline,best',
			'--format',
			'csv',
			'--org',
			'north'
		]);
		const rows = out.trim().split('\r\n');
		expect(rows[0]).toBe('organisation,year,measure,label,scenario,unit,value,difference');
		expect(rows).toHaveLength(1 + 3 * 9 * 2);
		// North alone: 1,300 x 1.028 = 1,336.4 in both.
		expect(rows).toContain('north,2026/27,allocation,Allocation,best,m,1336.4,0');
	});

	it('exits 2 naming what is wrong: too few scenarios, an unknown one, a base not compared', () => {
		expect(cli(['compare', ICB, '--scenarios', 'baseline']).err).toContain('compare 2 to 5 scenarios, not 1');
		expect(cli(['compare', ICB, '--scenarios', 'baseline,nope']).err).toContain(
			'there is no scenario "nope"'
		);
		const base = cli(['compare', ICB, '--scenarios', 'baseline,best', '--base', 'worst']);
		expect(base).toMatchObject({ code: 2, err: expect.stringContaining('the base "worst"') });
		expect(cli(['compare', ICB]).code).toBe(2);
	});
});
