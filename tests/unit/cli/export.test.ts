// bridgebook export: which tables a selection makes, the files written, the usage errors, and a
// CSV export read back by `bridgebook check`. The workbook's figures in a real spreadsheet are
// tests/unit/io/workbook-libreoffice.test.ts.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main';
import { D } from '../../../src/lib/engine/decimal';

const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';
const ICB = 'models/icb-template-2026-29.json';

/** Run a command line in-process; files it writes are kept in `written`, and read back from there. */
async function cli(argv: string[], written = new Map<string, string | Uint8Array>()) {
	let out = '';
	let err = '';
	const code = await run(argv, {
		out: (t) => (out += t),
		err: (t) => (err += t),
		readFile: (path) => {
			const data = written.get(path);
			return data === undefined ? readFileSync(path, 'utf8') : String(data);
		},
		writeFile: (path, data) => {
			if (path.startsWith('/no/such/folder/')) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
			written.set(path, data);
		}
	});
	return { code, out, err, written };
}

const csvRows = (data: string | Uint8Array | undefined) =>
	Papa.parse<string[]>(String(data).replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('bridgebook export --format xlsx', () => {
	it('writes one workbook of every year of the bridge and says so on one line', async () => {
		const { code, out, err, written } = await cli([
			'export',
			PORTSMOUTH,
			'--what',
			'bridge',
			'--out',
			'p.xlsx'
		]);
		expect({ code, out, err }).toEqual({ code: 0, out: 'wrote p.xlsx (2 tables)\n', err: '' });
		// An .xlsx file is a zip archive: "PK".
		expect(
			Buffer.from(written.get('p.xlsx') as Uint8Array)
				.subarray(0, 2)
				.toString()
		).toBe('PK');
	});

	it('makes a QIPP table per organisation-year plus the consolidated total by default', async () => {
		// The ICB template: north and south over three years, and the consolidated total of each.
		const { code, out } = await cli(['export', ICB, '--what', 'qipp', '--out', 'q.xlsx']);
		expect({ code, out }).toEqual({ code: 0, out: 'wrote q.xlsx (9 tables)\n' });
		const one = await cli(['export', ICB, '--what', 'qipp', '--org', 'north', '--out', 'q.xlsx']);
		expect(one.out).toBe('wrote q.xlsx (3 tables)\n');
	});

	it('takes the format from --format over the file name', async () => {
		const { code, out } = await cli([
			'export',
			PORTSMOUTH,
			'--what',
			'bridge',
			'--format',
			'xlsx',
			'--out',
			'p'
		]);
		expect({ code, out }).toEqual({ code: 0, out: 'wrote p (2 tables)\n' });
	});
});

describe('bridgebook export --format csv', () => {
	it('writes one year of the bridge with every organisation and the Total as columns', async () => {
		const args = ['export', ICB, '--what', 'bridge', '--year', '2026/27', '--out', 'b.csv'];
		const { code, out, written } = await cli(args);
		expect({ code, out }).toEqual({ code: 0, out: 'wrote b.csv (1 table)\n' });
		expect(csvRows(written.get('b.csv'))[0]).toEqual([
			'line',
			'key',
			'role',
			'North place (£m)',
			'South place (£m)',
			'Total (£m)'
		]);
	});

	it('writes figures at display precision by default, exact with --precision full', async () => {
		const args = ['export', PORTSMOUTH, '--what', 'bridge', '--year', '2017/18', '--out', 'p.csv'];
		const closing = async (...more: string[]) =>
			csvRows((await cli([...args, ...more])).written.get('p.csv')).at(-1);
		expect(await closing()).toEqual(['Planned in-year surplus/(deficit)', 'closing', 'closing', '0.5']);
		expect((await closing('--precision', 'full'))?.[3]).toBe('0.5045');
	});

	it('follows --scenario and --view: the same closings as bridgebook bridge prints', async () => {
		const pick = ['--year', '2026/27', '--scenario', 'worst', '--view', 'risk'];
		const { code, written } = await cli(['export', ICB, '--what', 'bridge', ...pick, '--out', 'w.csv']);
		expect(code).toBe(0);
		const bridge = await cli(['bridge', ICB, ...pick, '--format', 'json']);
		const closings = (JSON.parse(bridge.out) as { lines: { key: string; value: string }[] }[]).map(
			(r) => r.lines.find((l) => l.key === 'closing')?.value
		);
		const exported = csvRows(written.get('w.csv')).find((r) => r[2] === 'closing');
		expect(exported?.slice(3)).toEqual(
			closings.map((v) =>
				D(v ?? '')
					.toDecimalPlaces(1, D.ROUND_HALF_UP)
					.toFixed(1)
			)
		);
		const baseline = await cli(['export', ICB, '--what', 'bridge', '--year', '2026/27', '--out', 'b.csv']);
		expect(csvRows(baseline.written.get('b.csv')).find((r) => r[2] === 'closing')).not.toEqual(exported);
	});

	it('refuses a selection of several tables, naming the choices', async () => {
		const bridge = await cli(['export', PORTSMOUTH, '--what', 'bridge', '--out', 'p.csv']);
		expect(bridge).toMatchObject({
			code: 2,
			err: 'bridgebook export: CSV holds one table: choose --year (2017/18 or 2018/19), or use --format xlsx\n'
		});
		const qipp = await cli(['export', ICB, '--what', 'qipp', '--year', '2026/27', '--out', 'q.csv']);
		expect(qipp.err).toBe(
			'bridgebook export: CSV holds one table: choose --org (north, south or consolidated), or use --format xlsx\n'
		);
		expect(qipp.written.size).toBe(0);
	});
});

describe('bridgebook export --what compare', () => {
	it('writes a CSV of one year of the comparison, the hand-worked allocations in it', async () => {
		const { code, written } = await cli([
			'export',
			ICB,
			'--what',
			'compare',
			'--scenarios',
			'baseline,worst',
			'--year',
			'2026/27',
			'--out',
			'c.csv'
		]);
		expect(code).toBe(0);
		const [header, ...rows] = csvRows(written.get('c.csv'));
		expect(header).toEqual([
			'line',
			'key',
			'role',
			'Baseline (£m)',
			'Worst case (£m)',
			'Worst case change (£m)'
		]);
		// (1,300 + 1,040) x 1.028 = 2,405.52; x 1.023 = 2,393.82; the change -11.70.
		expect(rows.find((r) => r[1] === 'allocation')).toEqual([
			'Allocation',
			'allocation',
			'context',
			'2405.5',
			'2393.8',
			'-11.7'
		]);
	});

	it("writes a workbook of each year's comparison and the scenario bridge to each scenario", async () => {
		const { out } = await cli([
			'export',
			ICB,
			'--what',
			'compare',
			'--scenarios',
			'baseline,best,worst',
			'--out',
			'c.xlsx'
		]);
		// Three years, each a comparison and two bridges.
		expect(out).toBe('wrote c.xlsx (9 tables)\n');
	});
});

describe('bridgebook export: usage errors', () => {
	it.each([
		[['--what', 'compare', '--out', 'c.csv'], '--what compare needs --scenarios a,b[,c...]'],
		[
			['--what', 'bridge', '--scenarios', 'a,b', '--out', 'c.csv'],
			'--scenarios and --base are for --what compare'
		],
		[['--out', 'x.csv'], '--what is needed: bridge, qipp or compare'],
		[['--what', 'cells', '--out', 'x.csv'], '--what must be one of bridge, qipp, compare, not "cells"'],
		[['--what', 'bridge'], '--out is needed: the file to write'],
		[
			['--what', 'bridge', '--out', 'x.txt'],
			'--format is needed (csv or xlsx): --out x.txt does not end in .csv or .xlsx'
		],
		[
			['--what', 'bridge', '--format', 'pdf', '--out', 'x.csv'],
			'--format must be one of csv, xlsx, not "pdf"'
		],
		[
			['--what', 'qipp', '--view', 'risk', '--out', 'x.xlsx'],
			'--view is for bridges; QIPP tables and comparisons show the plan with risk-adjusted figures beside it'
		],
		[
			['--what', 'bridge', '--precision', 'full', '--out', 'x.xlsx'],
			'--precision is for CSV; a workbook holds exact figures and shows them at display precision'
		],
		[
			['--what', 'bridge', '--negatives', 'minus', '--out', 'x.csv'],
			'--negatives is for xlsx; CSV figures are plain numbers with a minus sign'
		],
		[
			['--what', 'bridge', '--negatives', 'red', '--out', 'x.xlsx'],
			'--negatives must be one of brackets, minus, not "red"'
		],
		[
			['--what', 'bridge', '--scenario', 'best', '--out', 'x.xlsx'],
			'--scenario best is not in the model; choose baseline'
		],
		[
			['--what', 'bridge', '--year', '2019/20', '--out', 'x.xlsx'],
			'--year 2019/20 is not in the model, which covers 2017/18, 2018/19'
		]
	])('%j: exit 2, "%s"', async (args, message) => {
		const { code, err, written } = await cli(['export', PORTSMOUTH, ...args]);
		expect({ code, err }).toEqual({ code: 2, err: `bridgebook export: ${message}\n` });
		expect(written.size).toBe(0);
	});

	it('says plainly when the file cannot be written, for CSV and for a workbook', async () => {
		for (const file of ['/no/such/folder/p.csv', '/no/such/folder/p.xlsx']) {
			const { code, err } = await cli([
				'export',
				PORTSMOUTH,
				'--what',
				'bridge',
				'--year',
				'2017/18',
				'--out',
				file
			]);
			expect({ code, err }).toEqual({
				code: 2,
				err: `bridgebook export: cannot write ${file}: no such folder\n`
			});
		}
	});
});

describe('an exported CSV read back by bridgebook check', () => {
	it.each([['display'], ['full']])(
		'reconciles the Portsmouth 2017/18 bridge at %s precision',
		async (precision) => {
			const written = new Map<string, string | Uint8Array>();
			const args = ['--what', 'bridge', '--year', '2017/18', '--precision', precision, '--out', 'p.csv'];
			expect((await cli(['export', PORTSMOUTH, ...args], written)).code).toBe(0);
			const checked = await cli(['check', 'p.csv'], written);
			expect(checked.err).toBe('');
			expect(checked.code).toBe(0);
		}
	);

	it('reconciles every column and the Total of the ICB template 2026/27', async () => {
		const written = new Map<string, string | Uint8Array>();
		await cli(['export', ICB, '--what', 'bridge', '--year', '2026/27', '--out', 'i.csv'], written);
		expect((await cli(['check', 'i.csv'], written)).code).toBe(0);
	});
});
