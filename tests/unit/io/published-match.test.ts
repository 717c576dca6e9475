import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridgeReports } from '../../../src/lib/io/bridge-report';
import { parsePublishedCsv } from '../../../src/lib/io/published-csv';
import {
	matchPublished,
	modelLinesOf,
	normaliseLabel,
	statedFigures
} from '../../../src/lib/io/published-match';
import { qippReports } from '../../../src/lib/io/qipp-report';
import type { MoneyUnit } from '../../../src/lib/engine/units';
import { loadModel } from '../load-model';

const loaded = loadModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
if (!loaded.ok) throw new Error('the Portsmouth model must load');
const { input, evaluation } = loaded.value;

function linesFor(year: string, unit: MoneyUnit) {
	const result = evaluation.result('plan');
	if (!result) throw new Error('no result');
	const options = { unit, scenario: 'baseline', year, organisation: 'portsmouth' };
	return modelLinesOf(bridgeReports(input, result, options)[0], qippReports(input, result, options)[0]);
}

function table(path: string) {
	const parsed = parsePublishedCsv(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new Error(`${path} unreadable`);
	return parsed.value;
}

describe('normaliseLabel', () => {
	it('ignores case, punctuation and spaces, and writes short years out', () => {
		expect(normaliseLabel('Planned in year surplus/ (deficit)')).toBe(
			normaliseLabel('Planned in-year surplus/(deficit)')
		);
		expect(normaliseLabel('Allocation 17/18')).toBe(normaliseLabel('Allocation 2017/18'));
		expect(normaliseLabel('2016/17 Surplus')).toBe('201617surplus');
	});
});

describe('matchPublished: the published Portsmouth bridge 2017/18 against the Portsmouth model', () => {
	const published = table('tests/fixtures/published/portsmouth-bridge-2017-18.csv');
	const match = matchPublished(published, 0, linesFor('2017/18', 'm'));
	const row = (label: string) => match.rows.find((r) => r.label === label);

	it('matches the lines by label', () => {
		expect(row('Growth Received')?.line?.key).toBe('growth_received');
		expect(row('Growth Received')?.by).toBe('label');
		expect(row('IR and HRG4+ allocation')?.line?.key).toBe('specific:ir_hrg4');
		expect(row('Planned in year surplus/ (deficit)')?.line?.key).toBe('closing');
		expect(row('Allocation 17/18')?.line?.key).toBe('allocation');
		// "Recurring" is not "Recurrent": left for the user to match
		expect(row('Recurring Allocation 16/17')?.line).toBeUndefined();
		expect(match.unmatchedLines.map((l) => l.key)).toEqual(['prior_recurrent_allocation', 'target']);
	});

	it('finds the closing differs: the plan prints 0.0, the model closes at 0.5045 (ADR 0003)', () => {
		// opening 3.1 + growth 6.8 + normalisation 0.1 - reserves 4.6 - activity 5.0 - inflation 10.4
		// + efficiency 3.8 - contingency 0.5% x 306.3 = 1.5315 - risk reserve 1% x 306.3 = 3.063
		// + IR/HRG4 2.1 + QIPP 9.199 = 0.5045
		const closing = row('Planned in year surplus/ (deficit)');
		expect(closing?.published?.value.toString()).toBe('0');
		expect(closing?.line?.value.toString()).toBe('0.5045');
		expect(closing?.difference?.toString()).toBe('0.5045');
		expect(closing?.status).toBe('differs');
		// 1.5315 prints as 1.5: within rounding
		expect(row('Contingency')?.status).toBe('within rounding');
		expect(row('Inflation')?.status).toBe('agrees');
		expect(match.agrees).toBe(false);
	});

	it('lets the user fix a match, or undo one', () => {
		const index = published.rows.findIndex((r) => r.label === 'Recurring Allocation 16/17');
		const growth = published.rows.findIndex((r) => r.label === 'Growth Received');
		const fixed = matchPublished(
			published,
			0,
			linesFor('2017/18', 'm'),
			new Map([
				[index, 'prior_recurrent_allocation'],
				[growth, null]
			])
		);
		expect(fixed.rows[index]).toMatchObject({ by: 'chosen', line: { key: 'prior_recurrent_allocation' } });
		expect(fixed.rows[growth]?.line).toBeUndefined();
		expect(fixed.unmatchedLines.map((l) => l.key)).toEqual(['target', 'growth_received']);
	});

	it('gives the matched figures as the model keeps them, with the places printed', () => {
		const figures = statedFigures(match, 'm', 'm');
		expect(figures.closing).toBe('0.0');
		expect(figures.inflation).toBe('-10.4');
		expect(figures['specific:ir_hrg4']).toBe('2.1');
		expect(figures.prior_recurrent_allocation).toBeUndefined();
	});
});

describe('matchPublished: the published QIPP programme (in £k) by key and label', () => {
	const published = table('tests/fixtures/published/portsmouth-qipp-2017-19.csv');
	const match = matchPublished(published, 0, linesFor('2017/18', 'k'));
	const row = (label: string) => match.rows.find((r) => r.label === label);

	it('matches the total by its key and the workstreams by name', () => {
		expect(row('Total QIPP Requirement')).toMatchObject({ by: 'key', line: { key: 'qipp_required' } });
		expect(row('Unidentified')).toMatchObject({ by: 'key', line: { key: 'qipp_unidentified' } });
		expect(row('Prescribing')?.line?.key).toBe('workstream:Prescribing');
		expect(row('CHC')?.line?.key).toBe('workstream:CHC');
	});

	it('turns the £k figures into the £m model’s stated figures, keeping workstreams out', () => {
		// 9,199 £k is 9.199 £m; 3,106 £k is 3.106 £m
		expect(statedFigures(match, 'k', 'm')).toEqual({ qipp_required: '9.199', qipp_unidentified: '3.106' });
	});

	it('reports a key the model does not have', () => {
		const text = readFileSync('tests/fixtures/published/portsmouth-qipp-2017-19.csv', 'utf8').replace(
			'qipp_required',
			'qipp_needed'
		);
		const parsed = parsePublishedCsv(text);
		if (!parsed.ok) throw new Error('unreadable');
		const unknown = matchPublished(parsed.value, 0, linesFor('2017/18', 'k')).rows.at(-1);
		expect(unknown).toMatchObject({ unknownKey: 'qipp_needed' });
		expect(unknown?.line).toBeUndefined();
	});
});
