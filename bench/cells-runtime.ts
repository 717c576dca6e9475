// The large generated model as a notebook: a few input cells feed the finance model, whose
// results feed about 200 ordinary formulas, as a finance lead's workbook would. The model is
// generated as an engine ModelInput (not a file), so instead of src/lib/model/results.ts's
// modelProvider (which resolves "=name" inputs inside a model file) this provider substitutes
// the cells straight into the ModelInput, keeping the cost-line and scheme lists of the generated
// model (as a resolver that rebuilds only what a cell feeds would), so the engine can reuse the
// projections of lists whose rates did not change. Each edit is one evaluateModel(input, 'plan').
import { evaluateCells } from '../src/lib/engine/cells/evaluate';
import { CellRuntime } from '../src/lib/engine/cells/runtime';
import { sameValue } from '../src/lib/engine/cells/same';
import type { CellDef, CellSource, Provider } from '../src/lib/engine/cells/types';
import { D, type Dec } from '../src/lib/engine/decimal';
import { evaluateModel, type ModelResult } from '../src/lib/engine/evaluate';
import { errorValue, type Value } from '../src/lib/engine/formula/index';
import type { ModelInput, PerYear } from '../src/lib/engine/types';
import { afresh } from './large-model';
import { measure, type Row, type Timing } from './measure';

/** Results exposed per scope: consolidated (no prefix) and each organisation (`org0.` ...). */
const FIGURES = [
	'surplus',
	'allocation',
	'qipp_required',
	'qipp_unidentified',
	'headroom',
	'bridge.inflation'
];

/** A cell and two sources to alternate between, the first being what the notebook starts with. */
export interface Edit {
	readonly id: string;
	readonly sources: readonly [CellSource, CellSource];
}

export interface LargeNotebook {
	readonly years: readonly string[];
	readonly cells: CellDef[];
	readonly provider: Provider;
	/** The same provider over new lists each time: what evaluating the notebook costs the first time. */
	readonly freshProvider: () => Provider;
	/** Feeds the model and changes every cost line: nothing kept can be reused (the worst case). */
	readonly inflationEdit: Edit;
	/** Feeds the model but no cost line or scheme: their kept projections are reused. */
	readonly contingencyEdit: Edit;
	/** Read by `localReaders` formulas only, not by the model. */
	readonly localEdit: Edit;
	readonly localReaders: number;
}

const percent = (value: Dec | readonly Dec[]): CellSource => ({ kind: 'input', unit: 'percent', value });
/** "14.5" (percent) as the fraction the engine holds. */
const parseRate = (text: string): Dec => D(text).div(100);

export function largeNotebook(model: ModelInput): LargeNotebook {
	const years = model.years;
	const orgCount = model.organisations.length;
	// Start from the generated values, so the notebook's model is the large model exactly; the
	// generator gives contingency 0.5% in every year and organisation, so one cell reproduces it.
	const inflation = years.map((y) => model.assumptions.inflation[y]!);
	const contingency = model.organisations[0]!.contingency.rate[years[0]!]!;
	const cells: CellDef[] = [];
	const input = (name: string, source: CellSource) => cells.push({ id: name, name, source });
	const formula = (name: string, text: string) =>
		cells.push({ id: name, name, source: { kind: 'formula', text } });

	// Inputs the model reads: the tariff inflation assumption per year and one contingency rate.
	input('tariff_inflation', percent(inflation));
	input('contingency_rate', percent(contingency));

	// Scopes: `p` prefixes this bench's own cells, `s` the model's result names.
	const scopes = [
		{ p: 'total_', s: '' },
		...model.organisations.map((_, o) => ({ p: `org${o}_`, s: `org${o}.` }))
	];
	model.organisations.forEach((org, o) =>
		input(`org${o}_population`, {
			kind: 'input',
			unit: 'count',
			value: years.map((y) => org.population[y]!)
		})
	);
	formula('total_population', model.organisations.map((_, o) => `org${o}_population`).join(' + '));

	for (const { p, s } of scopes) {
		formula(`${p}margin`, `${s}surplus / ${s}allocation`);
		formula(`${p}qipp_share`, `${s}qipp_required / ${s}allocation`);
		formula(`${p}allocation_per_head`, `${s}allocation / ${p}population`);
		formula(`${p}inflation_per_head`, `${s}bridge.inflation / ${p}population`);
		formula(`${p}surplus_to_date`, `cumulative(${s}surplus)`);
		formula(`${p}surplus_change`, `${s}surplus - prev(${s}surplus, £0)`);
		// A balancing QIPP can be zero in a year; the unused branch's division is excused there.
		formula(
			`${p}unidentified_share`,
			`if(${s}qipp_required > £0, ${s}qipp_unidentified / ${s}qipp_required, 0%)`
		);
		formula(`${p}five_year_qipp`, `sum(${s}qipp_required) // over the plan`);
		formula(`${p}headroom_pct`, `${s}headroom / ${s}allocation`);
		// Programme budgets as shares of allocation, each with a per-head and a running total.
		for (let k = 0; k < 20; k++) {
			formula(`${p}programme${k}`, `round(${s}allocation * ${(0.5 + k * 0.25).toFixed(2)}%, 2)`);
			formula(`${p}programme${k}_per_head`, `${p}programme${k} / ${p}population`);
			formula(`${p}programme${k}_to_date`, `cumulative(${p}programme${k})`);
		}
	}

	// The mental health investment standard: read by nothing in the model, by ten formulas only.
	input('mh_investment_standard', percent(parseRate('14.5')));
	for (const { p, s } of scopes) {
		formula(`${p}mh_spend`, `${s}allocation * mh_investment_standard`);
		formula(`${p}mh_per_head`, `${p}mh_spend / ${p}population`);
		formula(`${p}mh_to_date`, `cumulative(${p}mh_spend)`);
	}
	formula('mh_growth', `total_mh_spend - prev(total_mh_spend, total_mh_spend[${years[0]}])`);
	const localReaders = scopes.length * 3 + 1;

	const defines = scopes.flatMap(({ s }) => FIGURES.map((f) => `${s}${f}`));
	const providerOf = (generated: ModelInput): Provider => ({
		key: 'model',
		defines,
		reads: ['tariff_inflation', 'contingency_rate'],
		compute(lookup) {
			const rates = ['tariff_inflation', 'contingency_rate'].map((name) => perYear(lookup(name), years));
			const bad = rates.find((r) => typeof r === 'string');
			if (typeof bad === 'string') return new Map(defines.map((n) => [n, errorValue('upstream', bad)]));
			const [inflationRates, contingencyRates] = rates as PerYear<Dec>[];
			const resolved: ModelInput = {
				...generated,
				assumptions: { ...generated.assumptions, inflation: inflationRates! },
				organisations: generated.organisations.map((org) => ({
					...org,
					contingency: { ...org.contingency, rate: contingencyRates! }
				}))
			};
			return resultNames(evaluateModel(resolved, 'plan'), orgCount);
		}
	});

	return {
		years,
		cells,
		provider: providerOf(model),
		freshProvider: () => providerOf(afresh(model)),
		inflationEdit: {
			id: 'tariff_inflation',
			sources: [percent(inflation), percent(inflation.map((r) => r.plus(parseRate('0.25'))))]
		},
		contingencyEdit: {
			id: 'contingency_rate',
			sources: [percent(contingency), percent(contingency.plus(parseRate('0.25')))]
		},
		localEdit: {
			id: 'mh_investment_standard',
			sources: [percent(parseRate('14.5')), percent(parseRate('14.75'))]
		},
		localReaders
	};
}

/** A percent value as the engine's per-year map, or a message saying why it cannot be one. */
function perYear(value: Value | undefined, years: readonly string[]): PerYear<Dec> | string {
	if (!value) return 'an input of the model is not defined';
	if (value.kind === 'error') return `an input of the model has an error: ${value.message}`;
	if (value.unit !== 'percent') return `an input of the model needs a percentage, got ${value.unit}`;
	return Object.fromEntries(
		years.map((y, i) => [y, value.kind === 'scalar' ? value.value : value.values[i]!])
	);
}

/** The exposed figures as money series, per organisation and consolidated. */
function resultNames(result: ModelResult, orgCount: number): Map<string, Value> {
	const out = new Map<string, Value>();
	type YearLike = ModelResult['consolidated'][number];
	const put = (prefix: string, years: readonly YearLike[]) => {
		const line = (y: YearLike, key: string) => y.lines.find((l) => l.key === key)!.value;
		const figure: Record<string, (y: YearLike) => Dec> = {
			surplus: (y) => line(y, 'closing'),
			allocation: (y) => y.context.find((c) => c.key === 'allocation')!.value,
			qipp_required: (y) => y.qipp.required,
			qipp_unidentified: (y) => y.qipp.unidentifiedNeeded,
			headroom: (y) => y.headroom,
			'bridge.inflation': (y) => line(y, 'inflation')
		};
		for (const name of FIGURES)
			out.set(`${prefix}${name}`, { kind: 'series', unit: 'money', values: years.map(figure[name]!) });
	};
	for (let o = 0; o < orgCount; o++) put(`org${o}.`, result.organisations[o]!.years);
	put('', result.consolidated);
	return out;
}

/**
 * Time single-cell edits on the runtime, each flipping between two sources so every edit really
 * changes values (an edit to the same value could be skipped by a smarter runtime and flatter it).
 * The baseline is the whole notebook evaluated from scratch: what an edit costs with no runtime.
 */
export function benchRuntime(model: ModelInput): { rows: Row[]; warnings: string[] } {
	const notebook = largeNotebook(model);
	const { years, cells, provider } = notebook;
	const warnings: string[] = [];
	const runtime = new CellRuntime(years, cells, [provider]);
	// Each edit starts at sources[0], the value the notebook was built with.
	const flips = new Map<string, number>();
	const flip = (edit: Edit) => {
		const n = (flips.get(edit.id) ?? 0) + 1;
		flips.set(edit.id, n);
		return runtime.redefine(edit.id, edit.sources[n % 2]!);
	};

	// Once, untimed: model inputs must reach the model's results, the local edit must not.
	for (const edit of [notebook.inflationEdit, notebook.contingencyEdit])
		if (!flip(edit).has('surplus')) warnings.push(`editing ${edit.id} did not change surplus`);
	const localChanged = flip(notebook.localEdit);
	if (localChanged.size !== notebook.localReaders + 1 || localChanged.has('surplus'))
		warnings.push(`editing ${notebook.localEdit.id} changed ${[...localChanged].join(', ')}`);

	const scratch = measure(() => evaluateCells(years, cells, [notebook.freshProvider()]), {
		warmup: 5,
		runs: 30
	});
	const inflationEdit = measure(() => flip(notebook.inflationEdit), { warmup: 5, runs: 30 });
	const contingencyEdit = measure(() => flip(notebook.contingencyEdit), { warmup: 5, runs: 30 });
	const localEdit = measure(() => flip(notebook.localEdit), { warmup: 200, runs: 1000 });

	// The runtime must still agree with a fresh evaluation of what it now holds.
	const fresh = evaluateCells(years, runtime.cells, [provider]).byName;
	const differ = [...fresh].filter(([name, value]) => !sameValue(value, runtime.value(name)));
	if (differ.length > 0 || fresh.size !== runtime.names.size)
		warnings.push(`runtime disagrees with a fresh evaluation on ${differ.map(([n]) => n).join(', ')}`);

	const formulas = cells.filter((c) => c.source.kind === 'formula').length;
	// The 5 ms target is for any one input edit, so every edit row carries it.
	const edit = (name: string, timing: Timing): Row => ({
		name,
		...timing,
		targetMs: 5,
		pass: timing.medianMs < 5,
		ratio: { of: 'edit / from scratch', value: timing.medianMs / scratch.medianMs }
	});
	return {
		rows: [
			edit('recompute after one input edit on the large generated model (tariff inflation)', inflationEdit),
			edit('large notebook: edit contingency rate (model input, no cost line)', contingencyEdit),
			edit(`large notebook: edit read by ${notebook.localReaders} formulas only (not the model)`, localEdit),
			{
				name: `large notebook from scratch (${formulas} formulas + the model)`,
				...scratch,
				baselineOf: 'edits'
			}
		],
		warnings
	};
}
