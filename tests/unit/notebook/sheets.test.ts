// sheet.ts and sheets.ts: grid values, formula inputs, commits, and the four sheets of every
// organisation; edits through a sheet checked against the engine.
import { describe, expect, it } from 'vitest';
import { D, evaluateModel } from '../../../src/lib/engine/index';
import { readAt } from '../../../src/lib/model/json-path';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import {
	commitSheet,
	gridCell,
	gridRows,
	resetSheetCell,
	showValue,
	type CellSpec,
	type InputSpec
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
	return [
		inputsSheet(nb, org),
		...nb.file.years.map((y) => costLinesSheet(nb, org, y)),
		reservesSheet(nb, org),
		qippSheet(nb, org)
	].map((s) => {
		if (!s) throw new Error(`no sheet for ${org}`);
		return s;
	});
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
	it.each([PORTSMOUTH, ICB])('build for every organisation of %s, each input showing its value', (path) => {
		const nb = notebook(path);
		for (const org of nb.file.organisations) {
			const sheets = sheetsOf(nb, org.id);
			expect(sheets).toHaveLength(nb.file.years.length + 3);
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
		expect(costLinesSheet(nb, 'nobody', nb.file.years[0]!)).toBeUndefined();
		expect(reservesSheet(nb, 'nobody')).toBeUndefined();
		expect(qippSheet(nb, 'nobody')).toBeUndefined();
	});

	it("the QIPP sheet's totals are the engine's, in the model unit", () => {
		const nb = notebook(PORTSMOUTH);
		const sheet = qippSheet(nb, 'portsmouth')!;
		const required = sheet.footer!.find((r) => r.key === 'required')!;
		const years = evaluateModel(nb.current.input!, 'plan').organisations[0]!.years;
		nb.file.years.forEach((y, i) => {
			const cell = required.cells[4 + i]!;
			expect(cell.path).toBeUndefined();
			const pounds = years.find((r) => r.year === y)!.qipp.required;
			const shown = D((cell as { computed: string }).computed.replace(/[,()]/g, ''));
			// shown in £m to 1 dp
			expect(shown.minus(pounds.abs().div(1_000_000)).abs().lte('0.05')).toBe(true);
			expect(pounds.isZero()).toBe(false);
		});
	});
});

describe('commitSheet', () => {
	it("setting Portsmouth's 2017/18 contingency to 1% makes the contingency line 1% of the allocation", () => {
		const nb = notebook(PORTSMOUTH);
		const before = reportsOf(nb.file);
		const sheet = reservesSheet(nb, 'portsmouth')!;
		const row = sheet.rows.findIndex((r) => r.key === 'contingency');
		const col = nb.file.years.indexOf('2017/18');
		expect(commitSheet(nb, sheet, [{ row, col, text: '1%' }])).toEqual([]);
		const after = reportsOf(nb.file);
		const allocation = D(lineOf(after, 'portsmouth', '2017/18', 'allocation')!);
		expect(
			D(lineOf(after, 'portsmouth', '2017/18', 'contingency')!)
				.abs()
				.toFixed()
		).toBe(allocation.times('0.01').toFixed());
		// the other year keeps the cell's rate
		expect(lineOf(after, 'portsmouth', '2018/19', 'contingency')).toBe(
			lineOf(before, 'portsmouth', '2018/19', 'contingency')
		);
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
		const sheet = costLinesSheet(nb, 'portsmouth', '2017/18')!;
		const cost = sheet.columns.findIndex((c) => c.key === 'cost');
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
		const sheet = costLinesSheet(nb, 'south', '2027/28')!;
		const row = sheet.rows.findIndex((r) => r.key === 'community');
		const col = sheet.columns.findIndex((c) => c.key === 'activity');
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
		return cell.working.explanation;
	};
	const workings = (sheet: Sheet | undefined) =>
		[...(sheet?.rows ?? []), ...(sheet?.footer ?? [])]
			.flatMap((row) => row.cells)
			.flatMap((cell) => ('working' in cell && cell.working ? [cell.working] : []));

	for (const path of [PORTSMOUTH, ICB]) {
		it(`${path}: each cost is what is brought forward plus its steps, exactly`, () => {
			const nb = notebook(path);
			for (const org of nb.file.organisations)
				for (const year of nb.file.years) {
					const found = workings(costLinesSheet(nb, org.id, year));
					expect(found.length).toBe(org.costLines.length);
					const result = nb.current.result('plan')!.organisations.find((o) => o.id === org.id)!;
					const lines = result.years.find((y) => y.year === year)!.costLines;
					found.forEach((working, i) => {
						const [base, activity, inflation, efficiency, pressures] = working.explanation.inputs.map(
							(x) => x.value
						);
						const worked = base!.plus(activity!).plus(inflation!).minus(efficiency!).plus(pressures!);
						expect(worked.toFixed()).toBe(lines[i]!.cost.toFixed());
					});
				}
		});

		it(`${path}: QIPP identified is the sum of the schemes, and required is target minus the position before QIPP`, () => {
			const nb = notebook(path);
			for (const org of nb.file.organisations) {
				const [identified, , required] = (qippSheet(nb, org.id)?.footer ?? []).map((row) => row.cells);
				nb.file.years.forEach((year, i) => {
					const yearResult = nb.current.result('plan')!.organisations.find((o) => o.id === org.id)!.years[i]!;
					const sum = workingOf(identified![4 + i]).inputs.reduce((a, x) => a.plus(x.value), D(0));
					expect(sum.toFixed()).toBe(yearResult.qipp.identified.toFixed());
					const [target, before] = workingOf(required![4 + i]).inputs.map((x) => x.value);
					expect(target!.minus(before!).toFixed()).toBe(yearResult.qipp.required.toFixed());
					expect(year).toBe(yearResult.year);
				});
			}
		});
	}
});
