// Free text is never a formula: names, labels, notes, descriptions, sources, scenario names and
// notebook text blocks hold any string, "=" first or not, through validation, evaluation and every
// report, and are shown exactly as written.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { bridgeCommand } from '../../../src/cli/commands/bridge';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { fromPounds } from '../../../src/lib/engine/units';
import { bridgeReports, type BridgeReport } from '../../../src/lib/io/bridge-report';
import { qippReports } from '../../../src/lib/io/qipp-report';
import { formulaInputs } from '../../../src/lib/model/formula-inputs';
import { validateModel } from '../../../src/lib/model/valid-model';
import { loadModel } from '../load-model';
import { renameCell } from '../../../src/lib/model/rename-cell';

const PORTSMOUTH = readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8');

/** Every free-text field the property fills, with a string each. */
interface Texts {
	modelName: string;
	description: string;
	source: string;
	organisation: string;
	costLine: string;
	costLineNote: string;
	specific: string;
	openingLabel: string;
	reserveLabel: string;
	investment: string;
	scheme: string;
	workstream: string;
	cellNote: string;
	textBlock: string;
	scenarioName: string;
	scenarioDescription: string;
}

/** Portsmouth with `texts` in its free-text fields, and a scenario "alt" that changes nothing. */
function withTexts(t: Texts) {
	const model = JSON.parse(PORTSMOUTH);
	const org = model.organisations[0];
	model.name = t.modelName;
	model.description = t.description;
	model.sources = [t.source];
	org.name = t.organisation;
	org.costLines[0].name = t.costLine;
	org.costLines[0].note = t.costLineNote;
	org.specificAllocations[0].name = t.specific;
	org.opening.label = t.openingLabel;
	org.reserves.contingency.label = t.reserveLabel;
	org.reserves.investments[0].name = t.investment;
	org.qipp.schemes[0].name = t.scheme;
	org.qipp.schemes[0].workstream = t.workstream;
	model.cells[0].note = t.cellNote;
	model.notebook.find((b: { id: string }) => b.id === 'intro').text = t.textBlock;
	model.scenarios = [
		{ id: 'alt', name: t.scenarioName, parent: 'baseline', description: t.scenarioDescription, overrides: [] }
	];
	return model;
}

/** The fields of the parsed file that hold the texts, read back. */
function textsOf(file: ReturnType<typeof withTexts>): Texts {
	const org = file.organisations[0];
	return {
		modelName: file.name,
		description: file.description,
		source: file.sources[0],
		organisation: org.name,
		costLine: org.costLines[0].name,
		costLineNote: org.costLines[0].note,
		specific: org.specificAllocations[0].name,
		openingLabel: org.opening.label,
		reserveLabel: org.reserves.contingency.label,
		investment: org.reserves.investments[0].name,
		scheme: org.qipp.schemes[0].name,
		workstream: org.qipp.schemes[0].workstream,
		cellNote: file.cells[0].note,
		textBlock: file.notebook.find((b: { id: string }) => b.id === 'intro').text,
		scenarioName: file.scenarios[0].name,
		scenarioDescription: file.scenarios[0].description
	};
}

const figures = (reports: readonly BridgeReport[]) =>
	reports.map((r) => [r.year, r.organisation, [...r.context, ...r.lines].map((l) => [l.key, l.value])]);

/** The bridge command's output for the model text. */
function bridgeCli(text: string, ...args: string[]): string {
	let out = '';
	const io = { out: (t: string) => (out += t), err: () => {}, readFile: () => text, writeFile: () => {} };
	expect(bridgeCommand(['model.json', ...args], io)).toBe(0);
	return out;
}

const lineOf = (report: BridgeReport, key: string) =>
	[...report.context, ...report.lines].find((l) => l.key === key);

/** Strings a spreadsheet or the formula language might read as something else. */
const TRICKY = [
	'=£2m',
	'= Summary =',
	'=1+1',
	'=surplus',
	'=tariff_uplift',
	'=',
	'+44',
	'-3',
	'@SUM(A1)',
	'£2m',
	'12.5'
];
const text = fc.oneof(
	fc.constantFrom(...TRICKY),
	fc
		.tuple(
			fc.constantFrom('', '=', '+', '-', '@', '£', '0', '12.5', '= ', '=£', ' '),
			fc.string({ unit: 'grapheme' })
		)
		.map(([start, rest]) => start + rest)
);
const name = text.filter((s) => s.length > 0);
const texts: fc.Arbitrary<Texts> = fc.record({
	modelName: name,
	description: text,
	source: text,
	organisation: name,
	costLine: name,
	costLineNote: text,
	specific: name,
	openingLabel: text,
	reserveLabel: text,
	investment: name,
	scheme: name,
	workstream: name,
	cellNote: text,
	textBlock: text,
	scenarioName: name,
	scenarioDescription: text
});

describe('free text', () => {
	const baseline = loadModel(PORTSMOUTH);
	if (!baseline.ok) throw new Error(JSON.stringify(baseline.problems));
	const options = { unit: 'm' as const, scenario: 'baseline', explain: true };
	const baselineFigures = figures(
		bridgeReports(baseline.value.input, evaluateModel(baseline.value.input, 'plan'), options)
	);

	it('any string in any text field comes through validation, evaluation and every report as written (property)', () => {
		fc.assert(
			fc.property(texts, (t) => {
				const model = withTexts(t);
				const json = JSON.stringify(model);

				// Validation: accepted, every text unchanged, none of them taken for a formula input.
				const parsed = validateModel(model);
				if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
				expect(textsOf(parsed.value)).toEqual(t);
				const formulaPaths = formulaInputs(parsed.value).map((i) => i.path.join('.'));
				expect(formulaPaths).toEqual(formulaInputs(JSON.parse(PORTSMOUTH)).map((i) => i.path.join('.')));

				// Evaluation, baseline and the do-nothing scenario: the same figures as the published model.
				for (const scenario of ['baseline', 'alt']) {
					const loaded = loadModel(json, scenario);
					if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
					expect(textsOf(loaded.value.file)).toEqual(t);
					const { input } = loaded.value;
					expect(input.organisations[0]!.name).toBe(t.organisation);
					const result = evaluateModel(input, 'plan');
					const bridge = bridgeReports(input, result, { ...options, scenario });
					expect(figures(bridge)).toEqual(baselineFigures);

					// Each name where the bridge shows it.
					for (const report of bridge) expect(report.organisationName).toBe(t.organisation);
					const first = bridge[0]!;
					expect(lineOf(first, 'opening')?.label).toBe(t.openingLabel);
					expect(lineOf(first, 'contingency')?.label).toBe(t.reserveLabel);
					expect(lineOf(first, 'specific:ir_hrg4')?.label).toBe(t.specific);
					const inflationInputs = lineOf(first, 'inflation')?.explanation?.inputs.map((i) => i.label);
					expect(inflationInputs?.[0]).toBe(t.costLine);
					const provisions = lineOf(first, 'reserve_provisions')?.explanation?.inputs.map((i) => i.label);
					expect(provisions).toContain(t.investment);
					const qippInputs = lineOf(first, 'qipp')?.explanation?.inputs.map((i) => i.label);
					expect(qippInputs?.[0]).toBe(`${t.scheme} (green, from M01)`);

					const qipp = qippReports(input, result, { ...options, scenario });
					for (const report of qipp) expect(report.organisationName).toBe(t.organisation);
					expect(qipp[0]!.workstreams.map((w) => w.workstream)).toContain(t.workstream);
				}

				// The CLI, in each format.
				const reports = JSON.parse(bridgeCli(json, '--format', 'json', '--explain')) as BridgeReport[];
				expect(reports.map((r) => r.organisationName)).toEqual(reports.map(() => t.organisation));
				expect(lineOf(reports[0]!, 'specific:ir_hrg4')?.label).toBe(t.specific);
				expect(lineOf(reports[0]!, 'inflation')?.explanation?.inputs[0]?.label).toBe(t.costLine);

				const csv = Papa.parse<Record<string, string>>(bridgeCli(json, '--format', 'csv'), {
					header: true,
					delimiter: ',',
					skipEmptyLines: true
				});
				expect(csv.errors).toEqual([]);
				const labels = (key: string) => csv.data.filter((row) => row.key === key).map((row) => row.label);
				// As written, but a label a spreadsheet would run as a formula gets a leading apostrophe.
				const inCsv = (text: string) =>
					/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text) ? `'${text}` : text;
				expect(labels('specific:ir_hrg4')).toEqual(['2017/18', '2018/19'].map(() => inCsv(t.specific)));
				expect(labels('contingency')).toEqual(['2017/18', '2018/19'].map(() => inCsv(t.reserveLabel)));

				const table = bridgeCli(json, '--format', 'table', '--explain');
				expect(table).toContain(`${t.organisation}, 2017/18 (scenario baseline`);
				expect(table).toContain(`\n  ${t.specific}`);
				expect(table).toContain(`\n        ${t.costLine}: `);
			}),
			// Each run evaluates the model seven times over (about 0.2 s).
			{ numRuns: 25 }
		);
	}, 30_000);

	it('a notebook text block starting "= Summary =" validates and evaluates', () => {
		const model = JSON.parse(PORTSMOUTH);
		const intro = model.notebook.find((b: { id: string }) => b.id === 'intro');
		intro.text = '= Summary =\n\nThe plan in brief.';
		const loaded = loadModel(JSON.stringify(model));
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		expect(loaded.value.file.notebook?.find((b) => b.id === 'intro')).toMatchObject({
			text: '= Summary =\n\nThe plan in brief.'
		});
		// Portsmouth's published 2017/18 closing position, £0.5045m, unaffected.
		const surplus = loaded.value.values.byName.get('surplus');
		expect(surplus?.kind === 'series' ? fromPounds(surplus.values[0]!, 'm').toString() : surplus).toBe(
			'0.5045'
		);
	});

	it('an organisation named "=£2m" is shown as "=£2m", not as 2', () => {
		const model = JSON.parse(PORTSMOUTH);
		model.organisations[0].name = '=£2m';
		const json = JSON.stringify(model);
		const loaded = loadModel(json);
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		const { input } = loaded.value;
		expect(input.organisations[0]!.name).toBe('=£2m');
		const reports = bridgeReports(input, evaluateModel(input, 'plan'), options);
		expect(reports.map((r) => r.organisationName)).toEqual(['=£2m', '=£2m']);
		expect(bridgeCli(json, '--year', '2017/18')).toMatch(/^=£2m, 2017\/18 \(scenario baseline/);
	});

	it('renaming a cell rewrites the formulas that read it and leaves text that mentions it alone', () => {
		const model = JSON.parse(PORTSMOUTH);
		model.organisations[0].name = '=tariff_uplift plan';
		model.organisations[0].costLines[0].note = '=tariff_uplift';
		model.notebook.find((b: { id: string }) => b.id === 'intro').text = '= tariff_uplift =';
		const parsed = validateModel(model);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const renamed = renameCell(parsed.value, 'tariff_uplift', 'uplift');
		expect(renamed.assumptions.inflation).toBe('=uplift');
		expect(renamed.organisations[0]!.name).toBe('=tariff_uplift plan');
		expect(renamed.organisations[0]!.costLines[0]!.note).toBe('=tariff_uplift');
		expect(renamed.notebook?.find((b) => b.id === 'intro')).toMatchObject({ text: '= tariff_uplift =' });
	});
});
