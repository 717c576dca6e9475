// The input sheets of one organisation: allocation and position, cost lines, reserves, QIPP.
// Each row is an input by its model path; figures the engine works out sit beside them read-only.
import {
	costLineExplanation,
	displayDp,
	showAmount,
	UNIT_SYMBOL,
	fromPounds,
	stepLabel,
	type CostLineYear,
	type Dec,
	type Explanation,
	type MoneyUnit,
	type QippYear,
	type YearResult
} from '../engine/index';
import type { ModelFile, OrganisationFile } from '../model/schema';
import { readAt } from '../model/json-path';
import type { NotebookState } from './notebook.svelte';
import { showValue, type CellSpec, type Sheet, type SheetRow } from './sheet';

/** The organisation's results for the scenario in the bar, by year, when they could be worked out. */
function resultsOf(nb: NotebookState, org: string): ReadonlyMap<string, YearResult> {
	const years = nb.current.result('plan')?.organisations.find((o) => o.id === org)?.years ?? [];
	return new Map(years.map((y) => [y.year, y]));
}

/** "Winter resilience (£m, non-recurrent)", without saying non-recurrent twice. */
function amountsHeader(item: { name: string; recurrent: boolean }, unit: string): string {
	const said = /non-recurrent/i.test(item.name);
	return `${item.name} (${unit}${item.recurrent || said ? '' : ', non-recurrent'})`;
}

/**
 * A figure the engine worked out, in pounds, shown as every result is: in the unit chosen for the
 * page, at its display precision. `unit` is the entry unit for a figure standing in for an input.
 */
function showComputed(value: Dec | undefined, nb: NotebookState, unit: MoneyUnit = nb.unit): string {
	if (value === undefined) return '';
	return showAmount(fromPounds(value, unit), displayDp(unit), nb.negatives);
}

/** A cost line's cost in a year, with the engine's working. */
function costCell(line: CostLineYear | undefined, orgId: string, year: string, nb: NotebookState): CellSpec {
	if (!line) return { computed: '' };
	return {
		computed: showComputed(line.cost, nb),
		working: {
			label: `${line.name}, ${year}`,
			explanation: costLineExplanation(orgId, line, year, nb.file.years[0] === year)
		}
	};
}

function orgOf(nb: NotebookState, id: string): OrganisationFile | undefined {
	return nb.file.organisations.find((o) => o.id === id);
}

const yearColumns = (file: ModelFile) =>
	file.years.map((y) => ({ key: y, label: y, kind: 'number' as const }));

/** Allocation, position, target, normalisation and population, year by year. */
export function inputsSheet(nb: NotebookState, orgId: string): Sheet | undefined {
	const org = orgOf(nb, orgId);
	if (!org) return undefined;
	const at = `organisations.${orgId}`;
	const { years } = nb.file;
	const results = resultsOf(nb, orgId);
	const unit = UNIT_SYMBOL[nb.file.unit];
	const perYear = (field: string, kind: 'money' | 'count'): CellSpec[] => [
		{ computed: '' },
		...years.map((y) => ({ path: `${at}.${field}.${y}`, kind }))
	];
	// A year's allocation is a value or a growth rate: typing in either row replaces the year's entry.
	const allocation = (y: string) => results.get(y)?.context.find((l) => l.key === 'allocation')?.value;
	const rows: SheetRow[] = [
		{
			key: 'allocation',
			header: `Recurrent allocation (${unit})`,
			cells: [
				{ path: `${at}.allocation.priorRecurrent`, kind: 'money' },
				...years.map((y): CellSpec => ({
					path: `${at}.allocation.years.${y}.value`,
					kind: 'money',
					wrap: 'value',
					// A year set by growth shows the allocation that growth gives.
					fallback: showComputed(allocation(y), nb, nb.file.unit)
				}))
			]
		},
		{
			key: 'growth',
			header: 'Allocation growth (%)',
			cells: [
				{ computed: '' },
				...years.map((y) => ({
					path: `${at}.allocation.years.${y}.growth`,
					kind: 'rate' as const,
					wrap: 'growth',
					fallback: '—'
				}))
			]
		},
		{
			key: 'opening',
			header: `Opening surplus/(deficit) (${unit})`,
			cells: [{ path: `${at}.opening.position`, kind: 'money' }, ...years.map(() => ({ computed: '' }))]
		},
		{ key: 'normalisation', header: `Normalisation (${unit})`, cells: perYear('normalisation', 'money') },
		{ key: 'target', header: `Target surplus/(deficit) (${unit})`, cells: perYear('target', 'money') },
		{ key: 'population', header: 'Registered population', cells: perYear('population', 'count') },
		...org.specificAllocations.map((item) => ({
			key: `specific-${item.id}`,
			header: amountsHeader(item, unit),
			cells: [
				{ computed: '' },
				...years.map((y) => ({
					path: `${at}.specificAllocations.${item.id}.values.${y}`,
					kind: 'money' as const
				}))
			]
		}))
	];
	return {
		label: `${org.name}: allocation and position`,
		rowHeaderLabel: 'Input',
		columns: [{ key: 'before', label: 'Before', kind: 'number' }, ...yearColumns(nb.file)],
		rows
	};
}

/**
 * Cost lines with every year side by side: tariff and base, then each rate, other pressures and
 * the cost that results, one column per year, grouped by field so a rate can be filled right
 * across the years. A rate is one value per year: typing a year changes that year only (ADR 0015).
 */
export function costLinesSheet(nb: NotebookState, orgId: string): Sheet | undefined {
	const org = orgOf(nb, orgId);
	if (!org) return undefined;
	const at = `organisations.${orgId}`;
	const { years } = nb.file;
	const results = resultsOf(nb, orgId);
	const unit = UNIT_SYMBOL[nb.file.unit];
	// A line without its own rate uses the model's assumption for every year.
	const assumption = (field: string) => (y: string) => readAt(nb.view, `assumptions.${field}.${y}`) ?? '0';
	const rate = (line: string, field: string, year: string): CellSpec => {
		// The assumption's value (worked out, if it is a formula), marked as the model's.
		const fallback = readAt(nb.current.literals ?? nb.view, `assumptions.${field}.${year}`);
		return {
			path: `${at}.costLines.${line}.${field}.${year}`,
			kind: 'rate',
			fill: assumption(field),
			fallback: fallback === undefined ? '' : `${showValue('rate', fallback, nb.negatives)} (model)`
		};
	};
	const rows: SheetRow[] = org.costLines.map((line) => ({
		key: line.id,
		header: line.name,
		cells: [
			{ path: `${at}.costLines.${line.id}.tariff`, kind: 'yesNo' },
			{ path: `${at}.costLines.${line.id}.base`, kind: 'money' },
			...years.map((y) => rate(line.id, 'activityGrowth', y)),
			...years.map((y) => rate(line.id, 'inflation', y)),
			...years.map((y): CellSpec => (line.tariff ? rate(line.id, 'efficiency', y) : { computed: '—' })),
			...years.map((y): CellSpec => ({
				path: `${at}.costLines.${line.id}.otherPressures.${y}`,
				kind: 'money'
			})),
			...years.map((y) =>
				costCell(
					results.get(y)?.costLines.find((c) => c.id === line.id),
					orgId,
					y,
					nb
				)
			)
		]
	}));
	const byYear = (key: string, group: string) =>
		years.map((y) => ({
			key: `${key} ${y}`,
			label: `${group} ${y}`,
			group,
			heading: y,
			kind: 'number' as const
		}));
	return {
		label: `${org.name}: cost lines`,
		rowHeaderLabel: 'Cost line',
		columns: [
			{ key: 'tariff', label: 'Tariff', kind: 'text' },
			{ key: 'base', label: `Base (${unit})`, kind: 'number' },
			...byYear('activity', 'Activity %'),
			...byYear('inflation', 'Inflation %'),
			...byYear('efficiency', 'Efficiency %'),
			...byYear('other', `Other (${unit})`),
			// Results follow the page's unit; the inputs beside them are shown as entered.
			...byYear('cost', `Cost (${UNIT_SYMBOL[nb.unit]})`)
		],
		rows
	};
}

/** Reserves: percentage reserves, investments and per-head items, year by year. */
export function reservesSheet(nb: NotebookState, orgId: string): Sheet | undefined {
	const org = orgOf(nb, orgId);
	if (!org) return undefined;
	const at = `organisations.${orgId}.reserves`;
	const { years } = nb.file;
	const unit = UNIT_SYMBOL[nb.file.unit];
	const base = (b: 'current' | 'prior') =>
		b === 'current' ? "this year's allocation" : "last year's allocation";
	const rows: SheetRow[] = [
		{
			key: 'contingency',
			header: `${org.reserves.contingency.label ?? stepLabel('contingency')} (% of ${base(org.reserves.contingency.base)})`,
			cells: years.map((y) => ({
				path: `${at}.contingency.rate.${y}`,
				kind: 'rate' as const,
				warnAs: 'reserveRate' as const
			}))
		},
		{
			key: 'nonRecurrent',
			header: `${org.reserves.nonRecurrent.label ?? stepLabel('non_recurrent_reserve')} (% of ${base(org.reserves.nonRecurrent.base)})`,
			cells: years.map((y) => ({
				path: `${at}.nonRecurrent.rate.${y}`,
				kind: 'rate' as const,
				warnAs: 'reserveRate' as const
			}))
		},
		...org.reserves.investments.map((item) => ({
			key: `investment-${item.id}`,
			header: amountsHeader(item, unit),
			cells: years.map((y) => ({ path: `${at}.investments.${item.id}.values.${y}`, kind: 'money' as const }))
		})),
		...org.reserves.perHead.map((item) => ({
			key: `perHead-${item.id}`,
			header: `${item.name} (£ per head)`,
			cells: years.map((y) => ({ path: `${at}.perHead.${item.id}.rate.${y}`, kind: 'perHead' as const }))
		}))
	];
	return { label: `${org.name}: reserves`, rowHeaderLabel: 'Reserve', columns: yearColumns(nb.file), rows };
}

/** QIPP schemes with their rating, start and values per year; unidentified and totals below. */
export function qippSheet(nb: NotebookState, orgId: string): Sheet | undefined {
	const org = orgOf(nb, orgId);
	if (!org) return undefined;
	const at = `organisations.${orgId}.qipp`;
	const { years } = nb.file;
	const results = resultsOf(nb, orgId);
	const unit = UNIT_SYMBOL[nb.file.unit];
	const rows: SheetRow[] = org.qipp.schemes.map((s) => ({
		key: s.id,
		header: s.name,
		cells: [
			{ path: `${at}.schemes.${s.id}.workstream`, kind: 'name' },
			{ path: `${at}.schemes.${s.id}.rag`, kind: 'rag' },
			// A month per tranche (written in the file) is shown, not edited: the grid edits one month.
			typeof s.startMonth === 'string'
				? { path: `${at}.schemes.${s.id}.startMonth`, kind: 'month' }
				: {
						computed: Object.entries(s.startMonth)
							.map(([year, m]) => `${year} ${m}`)
							.join(', ')
					},
			{ path: `${at}.schemes.${s.id}.recurrent`, kind: 'yesNo' },
			...years.map((y) => ({
				path: `${at}.schemes.${s.id}.values.${y}`,
				kind: 'money' as const,
				warnAs: 'saving' as const
			}))
		]
	}));
	const blank: CellSpec[] = [{ computed: '' }, { computed: '' }, { computed: '' }, { computed: '' }];
	rows.push({
		key: 'unidentified',
		header: 'Unidentified (an amount, or "balance")',
		cells: [
			...blank,
			...years.map((y) => ({
				path: `${at}.unidentified.${y}`,
				kind: 'unidentified' as const,
				fallback: 'balance'
			}))
		]
	});
	const total = (key: string, header: string, pick: (q: QippYear) => [Dec, Explanation]): SheetRow => ({
		key,
		// Results follow the page's unit; the year columns' is the inputs', so say it when they differ.
		header: nb.unit === nb.file.unit ? header : `${header} (${UNIT_SYMBOL[nb.unit]})`,
		cells: [
			...blank,
			...years.map((y): CellSpec => {
				const qipp = results.get(y)?.qipp;
				if (!qipp) return { computed: '' };
				const [value, explanation] = pick(qipp);
				return { computed: showComputed(value, nb), working: { label: `${header}, ${y}`, explanation } };
			})
		]
	});
	return {
		label: `${org.name}: QIPP schemes`,
		rowHeaderLabel: 'Scheme',
		columns: [
			{ key: 'workstream', label: 'Workstream', kind: 'text' },
			{ key: 'rag', label: 'RAG', kind: 'text' },
			{ key: 'start', label: 'Starts', kind: 'text' },
			{ key: 'recurrent', label: 'Recurrent', kind: 'text' },
			...years.map((y) => ({ key: y, label: `${y} (${unit})`, kind: 'number' as const }))
		],
		rows,
		footer: [
			total('identified', 'Identified (in-year effect)', (q) => [q.identified, q.explanations.identified]),
			total('unidentified-planned', 'Unidentified in the plan', (q) => [
				q.unidentifiedPlanned,
				q.explanations.unidentifiedPlanned
			]),
			total('required', 'QIPP required', (q) => [q.required, q.explanations.required])
		]
	};
}
