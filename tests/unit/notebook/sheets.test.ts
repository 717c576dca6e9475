// sheet.ts and sheets.ts: grid values, formula inputs, commits, and the four sheets of every
// organisation; edits through a sheet checked against the engine.
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/index';
import { readAt } from '../../../src/lib/model/json-path';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import {
	commitSheet,
	gridCell,
	gridRows,
	resetSheetCell,
	showValue,
	type CellSpec,
	type InputSpec,
	type Working
} from '../../../src/lib/notebook/sheet';
import { costLinesSheet, inputsSheet, qippSheet, reservesSheet } from '../../../src/lib/notebook/sheets';
import type { Sheet } from '../../../src/lib/notebook/sheet';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { ICB, PORTSMOUTH, figures, lineOf, loadExample, reportsOf } from './fixtures';

function notebook(path: string, scenario?: string): NotebookState {
	return new NotebookState(loadExample(path), {
		store: createMemoryStore(),
		id: undefined,
		revision: 0,
		scenario
	});
}

function sheetsOf(nb: NotebookState, org: string): Sheet[] {
	return [inputsSheet(nb, org), costLinesSheet(nb, org), reservesSheet(nb, org), qippSheet(nb, org)].map(
		(s) => {
			if (!s) throw new Error(`no sheet for ${org}`);
			return s;
		}
	);
}

describe('showValue', () => {
	it('shows rates with %, money grouped with its decimals, per-head in pounds, flags as Yes/No', () => {
		expect(showValue('rate', '2.1', 'brackets')).toBe('2.1%');
		expect(showValue('rate', '-0.5', 'brackets')).toBe('-0.5%');
		expect(showValue('money', '1234.50', 'brackets')).toBe('1,234.50');
		expect(showValue('money', '-3.4', 'brackets')).toBe('(3.4)');
		expect(showValue('money', '-3.4', 'minus')).not.toBe('(3.4)');
		expect(showValue('unidentified', '2', 'brackets')).toBe('2');
		expect(showValue('perHead', '1.5', 'brackets')).toBe('£1.50');
		expect(showValue('count', '410000', 'brackets')).toBe('410,000');
		expect(showValue('yesNo', true, 'brackets')).toBe('Yes');
		expect(showValue('yesNo', false, 'brackets')).toBe('No');
	});

	it('shows text, formulas and nothing as they are', () => {
		expect(showValue('unidentified', 'balance', 'brackets')).toBe('balance');
		expect(showValue('rate', '=tariff_uplift', 'brackets')).toBe('=tariff_uplift');
		expect(showValue('money', undefined, 'brackets')).toBe('');
		expect(showValue('money', null, 'brackets')).toBe('');
		expect(showValue('name', 'CHC', 'brackets')).toBe('CHC');
	});
});

describe('gridCell', () => {
	it('shows a formula input as "ƒ <value>" and edits the formula', () => {
		const nb = notebook(PORTSMOUTH);
		const rate = nb.file.cells.find((c) => c.id === 'contingency_rate')!.value as string;
		const cell = gridCell(nb, {
			path: 'organisations.portsmouth.reserves.contingency.rate.2017/18',
			kind: 'rate'
		});
		expect(cell.display).toBe(`ƒ ${rate}%`);
		expect(cell.edit).toBe('=contingency_rate');
		expect(cell.editable).toBe(true);
		expect(cell.overridden).toBe(false);
	});

	it('shows a plain input by its value, a flag as yes/no, a missing one by its fallback', () => {
		const nb = notebook(PORTSMOUTH);
		const base = gridCell(nb, { path: 'organisations.portsmouth.costLines.acute.base', kind: 'money' });
		expect(base.edit).toBe(readAt(nb.file, 'organisations.portsmouth.costLines.acute.base'));
		expect(base.display).toBe(showValue('money', base.edit, 'brackets'));
		const flag = gridCell(nb, { path: 'organisations.portsmouth.costLines.acute.tariff', kind: 'yesNo' });
		expect([flag.display, flag.edit]).toEqual(['Yes', 'yes']);
		const missing = gridCell(nb, {
			path: 'organisations.portsmouth.normalisation.2018/19',
			kind: 'money',
			fallback: '—'
		});
		expect([missing.display, missing.edit]).toEqual(['—', '']);
		expect(gridCell(nb, { computed: '12.3' })).toEqual({ display: '12.3', edit: '', editable: false });
	});

	it('marks the inputs the scenario in the bar overrides', () => {
		const nb = notebook(ICB, 'best');
		expect(
			gridCell(nb, { path: 'organisations.north.costLines.acute.activityGrowth.2026/27', kind: 'rate' })
				.overridden
		).toBe(true);
		expect(
			gridCell(nb, { path: 'organisations.north.costLines.community.activityGrowth.2026/27', kind: 'rate' })
				.overridden
		).toBe(false);
	});
});

describe('the four sheets', () => {
	// Every cell of every sheet: seconds on a busy machine.
	it.each([PORTSMOUTH, ICB])(
		'build for every organisation of %s, each input showing its value',
		{ timeout: 30_000 },
		(path) => {
			const nb = notebook(path);
			for (const org of nb.file.organisations) {
				const sheets = sheetsOf(nb, org.id);
				expect(sheets).toHaveLength(4);
				for (const sheet of sheets) {
					expect(sheet.rows.length).toBeGreaterThan(0);
					for (const row of [...sheet.rows, ...(sheet.footer ?? [])])
						expect(row.cells).toHaveLength(sheet.columns.length);
					const grid = gridRows(nb, sheet.rows);
					sheet.rows.forEach((row, r) =>
						row.cells.forEach((spec, c) => {
							if (spec.path === undefined) return;
							const raw = readAt(nb.view, spec.path);
							const edit = grid[r]!.cells[c]!.edit;
							expect(edit).toBe(
								typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : raw === undefined ? '' : String(raw)
							);
							expect(spec.path.startsWith(`organisations.${org.id}.`)).toBe(true);
						})
					);
				}
				// one row per cost line, scheme, investment; unidentified below the schemes
				const [inputs, ...rest] = sheets;
				expect(inputs!.rows.length).toBe(6 + org.specificAllocations.length);
				expect(rest[0]!.rows.map((r) => r.key)).toEqual(org.costLines.map((l) => l.id));
				const qipp = rest.at(-1)!;
				expect(qipp.rows.map((r) => r.key)).toEqual([...org.qipp.schemes.map((s) => s.id), 'unidentified']);
				const reserves = rest.at(-2)!;
				expect(reserves.rows).toHaveLength(2 + org.reserves.investments.length + org.reserves.perHead.length);
			}
			expect(inputsSheet(nb, 'nobody')).toBeUndefined();
			expect(costLinesSheet(nb, 'nobody')).toBeUndefined();
			expect(reservesSheet(nb, 'nobody')).toBeUndefined();
			expect(qippSheet(nb, 'nobody')).toBeUndefined();
		}
	);

	it("shows the QIPP sheet's totals in the model unit (£m, 1 dp): Portsmouth's worked by hand", () => {
		const nb = notebook(PORTSMOUTH);
		const footer = qippSheet(nb, 'portsmouth')!.footer!;
		const shown = (key: string) =>
			footer
				.find((r) => r.key === key)!
				.cells.slice(4)
				.map((c) => {
					expect(c.path).toBeUndefined();
					return (c as { computed: string }).computed;
				});
		// identified: the nine schemes, all from M01, 6.093 (2017/18) and 5.869 (2018/19) £m
		expect(shown('identified')).toEqual(['6.1', '5.9']);
		// 2017/18: the unidentified 3.106 is stated; 2018/19 balances: 10.861491 - 5.869 = 4.992491
		expect(shown('unidentified-planned')).toEqual(['3.1', '5.0']);
		// 2017/18: 0 - (0.5045 - 9.199) = 8.6945; 2018/19: 10.861491 (see the workings below)
		expect(shown('required')).toEqual(['8.7', '10.9']);
	});

	it("heads the reserves sheet with the model's reserve labels, else the bridge's", () => {
		const headers = (nb: NotebookState) =>
			reservesSheet(nb, 'north')!
				.rows.slice(0, 2)
				.map((r) => r.header);
		expect(headers(notebook(ICB))).toEqual([
			"Contingency (% of this year's allocation)",
			"Non-recurrent risk reserve (% of last year's allocation)"
		]);
		const unnamed = loadExample(ICB);
		delete unnamed.organisations[0]!.reserves.nonRecurrent.label;
		const nb = new NotebookState(unnamed, { store: createMemoryStore(), id: undefined, revision: 0 });
		expect(headers(nb)[1]).toBe("Non-recurrent (risk) reserve (% of last year's allocation)");
	});
});

describe('commitSheet', () => {
	it("setting Portsmouth's 2017/18 contingency to 1% makes the contingency line 1% of the allocation", () => {
		const nb = notebook(PORTSMOUTH);
		const sheet = reservesSheet(nb, 'portsmouth')!;
		const row = sheet.rows.findIndex((r) => r.key === 'contingency');
		const col = nb.file.years.indexOf('2017/18');
		expect(commitSheet(nb, sheet, [{ row, col, text: '1%' }])).toEqual([]);
		const after = reportsOf(nb.file);
		// 1% of the published 2017/18 allocation of 306.3 £m
		expect(lineOf(after, 'portsmouth', '2017/18', 'contingency')).toBe('-3.063');
		// 2018/19 keeps the cell's 0.5%: of 306.3 x 1.018 = 311.8134, 1.559067
		expect(lineOf(after, 'portsmouth', '2018/19', 'contingency')).toBe('-1.559067');
		const cell = gridCell(nb, reservesSheet(nb, 'portsmouth')!.rows[row]!.cells[col] as InputSpec);
		expect([cell.display, cell.edit]).toEqual(['1%', '1']);
	});

	it('maps refusals back to where they were typed, and takes the rest as one undo step', () => {
		const nb = notebook(PORTSMOUTH);
		const original = nb.file;
		const sheet = qippSheet(nb, 'portsmouth')!;
		const refusals = commitSheet(nb, sheet, [
			{ row: 0, col: 1, text: 'purple' },
			{ row: 1, col: 2, text: 'Oct' },
			{ row: 2, col: 4, text: 'lots' },
			{ row: 0, col: 4, text: '2' }
		]);
		expect(refusals.map((r) => [r.row, r.col])).toEqual([
			[0, 1],
			[2, 4]
		]);
		for (const r of refusals) expect(r.message).toBeTruthy();
		const schemes = nb.file.organisations[0]!.qipp.schemes;
		expect(schemes[1]!.startMonth).toBe('M07');
		expect((schemes[0]!.values as Record<string, string>)[nb.file.years[0]!]).toBe('2');
		expect(schemes[0]!.rag).toBe(original.organisations[0]!.qipp.schemes[0]!.rag);
		nb.undo();
		expect(nb.file).toEqual(original);
	});

	it('ignores changes to computed cells and outside the sheet', () => {
		const nb = notebook(PORTSMOUTH);
		const before = nb.file;
		const sheet = costLinesSheet(nb, 'portsmouth')!;
		const cost = sheet.columns.findIndex((c) => c.key === 'cost 2017/18');
		expect(
			commitSheet(nb, sheet, [
				{ row: 0, col: cost, text: '5' },
				{ row: 99, col: 0, text: '1' }
			])
		).toEqual([]);
		expect(nb.file).toBe(before);
	});

	it('an edit in a scenario sheet becomes an override, and resetSheetCell takes it back', () => {
		const nb = notebook(ICB, 'best');
		const baseline = figures(nb.file);
		const sheet = costLinesSheet(nb, 'south')!;
		const row = sheet.rows.findIndex((r) => r.key === 'community');
		const col = sheet.columns.findIndex((c) => c.key === 'activity 2027/28');
		expect(commitSheet(nb, sheet, [{ row, col, text: '7' }])).toEqual([]);
		expect(figures(nb.file)).toEqual(baseline);
		const best = reportsOf(nb.file, 'best');
		expect(lineOf(best, 'south', '2027/28', 'activity_growth')).not.toBe(
			lineOf(reportsOf(loadExample(ICB), 'best'), 'south', '2027/28', 'activity_growth')
		);
		expect(gridCell(nb, sheet.rows[row]!.cells[col]!).overridden).toBe(true);
		resetSheetCell(nb, sheet, row, col);
		expect(figures(nb.file, 'best')).toEqual(figures(loadExample(ICB), 'best'));
	});
});

describe('computed figures in the sheets say how they were made', () => {
	const workingOf = (cell: CellSpec | undefined) => {
		if (!cell || !('working' in cell) || !cell.working) throw new Error('a computed figure with a working');
		return cell.working;
	};
	/** Each input of a working as [label, value in £m]. */
	const inMillions = (working: Working) =>
		working.explanation.inputs.map((x) => [x.label, x.value.div(1_000_000).toString()]);

	it("Portsmouth: a cost line's cost is its base (or last year's cost) plus its steps", () => {
		const nb = notebook(PORTSMOUTH);
		const cost = (year: string, line: string) => {
			const sheet = costLinesSheet(nb, 'portsmouth')!;
			const col = sheet.columns.findIndex((c) => c.key === `cost ${year}`);
			const cell = sheet.rows.find((r) => r.key === line)!.cells[col];
			return [(cell as { computed: string }).computed, workingOf(cell)] as const;
		};
		// additive: acute 140 x (activity 2.5%, tariff uplift 2.1%, efficiency deflator 2.0%)
		const [acute, acuteWorking] = cost('2017/18', 'acute');
		expect(acute).toBe('143.6');
		expect(acuteWorking.label).toBe('Acute services, 2017/18');
		expect(inMillions(acuteWorking)).toEqual([
			['Base (the year before the model)', '140'],
			['Activity growth', '3.5'],
			['Inflation', '2.94'],
			['Efficiency', '2.8'],
			['Other pressures', '0']
		]);
		expect(acuteWorking.explanation.inputs[0]!.source).toBe('organisations.portsmouth.costLines.acute.base');
		// prescribing is not tariff-based: 40 + 1.5% + its own 6% inflation = 43
		const [prescribing, prescribingWorking] = cost('2017/18', 'prescribing');
		expect(prescribing).toBe('43.0');
		expect(inMillions(prescribingWorking).map(([, v]) => v)).toEqual(['40', '0.6', '2.4', '0', '0']);
		// 2018/19 acute on 143.64: 3.591, 3.01644, 2.8728; 143.64 + 3.591 + 3.01644 - 2.8728 = 147.37464
		const [later, laterWorking] = cost('2018/19', 'acute');
		expect(later).toBe('147.4');
		expect(inMillions(laterWorking)).toEqual([
			["Last year's cost", '143.64'],
			['Activity growth', '3.591'],
			['Inflation', '3.01644'],
			['Efficiency', '2.8728'],
			['Other pressures', '0']
		]);
	});

	it('Portsmouth: QIPP identified, unidentified and required, worked from the published figures', () => {
		const nb = notebook(PORTSMOUTH);
		const [identified, unidentified, required] = qippSheet(nb, 'portsmouth')!.footer!.map((row) => row.cells);
		const [y1718, y1819] = [4, 5];
		// the programme's identified schemes as printed (£m), 2017/18
		expect(inMillions(workingOf(identified![y1718]))).toEqual([
			['Prescribing', '1.433'],
			['Continuing healthcare', '0.68'],
			['New Models of Care', '0.86'],
			['RightCare (elective)', '0.38'],
			['Mental Health Alliance', '0.69'],
			['Effective Flow & Discharge', '0.63'],
			['Prevention', '0.5'],
			['System Infrastructure (running costs)', '0.33'],
			['Estates', '0.59']
		]);
		expect(inMillions(workingOf(identified![y1819])).map(([, v]) => v)).toEqual([
			'1.502',
			'0.647',
			'0.85',
			'0.37',
			'0.59',
			'0.62',
			'0.2',
			'0.51',
			'0.58'
		]);
		// 2017/18: the plan states 3.106 unidentified (QIPP 6.093 + 3.106 = 9.199, the programme total)
		expect(workingOf(unidentified![y1718]).explanation.formula).toBe('As entered');
		expect(inMillions(workingOf(unidentified![y1718]))).toEqual([['Unidentified QIPP', '3.106']]);
		// closing 0.5045 less the QIPP of 9.199: the position before QIPP is -8.6945, target 0
		expect(inMillions(workingOf(required![y1718]))).toEqual([
			['Target', '0'],
			['Position before QIPP', '-8.6945']
		]);
		// 2018/19 before QIPP: opening 0.5045 + 1.5315 + 3.063 (reserves added back) = 5.099;
		// + growth 5.5134 (311.8134 - 306.3) - investments 4.6 (9.2 - 4.6) - activity 5.15925
		// - inflation 10.92624 + efficiency 3.8888 - contingency 1.559067 - risk reserve 3.118134
		// = -10.861491 (the cost steps are the six lines' 2018/19 steps on their 2017/18 costs)
		expect(inMillions(workingOf(required![y1819]))).toEqual([
			['Target', '0'],
			['Position before QIPP', '-10.861491']
		]);
		// balancing: 10.861491 required less 5.869 identified
		expect(inMillions(workingOf(unidentified![y1819]))).toEqual([
			['QIPP required', '10.861491'],
			['Identified QIPP', '5.869']
		]);
	});

	for (const path of [PORTSMOUTH, ICB]) {
		it(`${path}: every cost shown is its working added up (£m to 1 dp)`, () => {
			const nb = notebook(path);
			for (const org of nb.file.organisations)
				for (const year of nb.file.years) {
					const sheet = costLinesSheet(nb, org.id)!;
					const col = sheet.columns.findIndex((c) => c.key === `cost ${year}`);
					expect(sheet.rows).toHaveLength(org.costLines.length);
					for (const row of sheet.rows) {
						const cell = row.cells[col];
						const [base, activity, inflation, efficiency, pressures] = workingOf(cell).explanation.inputs.map(
							(x) => x.value
						);
						const worked = base!.plus(activity!).plus(inflation!).minus(efficiency!).plus(pressures!);
						const shown = (cell as { computed: string }).computed.replace(/,/g, '');
						expect(worked.div(1_000_000).toDecimalPlaces(1, D.ROUND_HALF_UP).toFixed(1)).toBe(shown);
					}
				}
		});
	}
});
