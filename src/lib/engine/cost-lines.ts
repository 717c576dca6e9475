// Every cost line of one organisation projected over the model's years, with the totals the bridge
// steps show (activity growth, inflation, efficiency, other pressures), and each line's working.
// The projection is most of the arithmetic of an evaluation (1,000 lines x 5 years is about
// 60,000 Decimal operations), and most edits (a reserve rate, a scheme, an allocation) do not
// touch it, so the result is kept per cost-line list and reused while what it was made from is
// unchanged.
import { sumCostSteps, projectCost, type CostStep, type CostTotals } from './costs';
import { ZERO, type Dec } from './decimal';
import { explain, type Explanation } from './explain';
import { amountIn, rateIn } from './per-year';
import type { Assumptions, CostLine, ModelInput, PerYear, PriceConvention } from './types';
import type { FiscalYear } from './years';

export interface CostLineYear extends CostStep {
	readonly id: string;
	readonly name: string;
}

export interface CostLinesYear {
	readonly costLines: readonly CostLineYear[];
	/** The lines' steps summed (cost increases positive), for the bridge. */
	readonly totals: CostTotals;
}

interface Made {
	readonly organisation: string;
	readonly years: readonly FiscalYear[];
	readonly convention: PriceConvention;
	readonly assumptions: Assumptions;
	readonly result: readonly CostLinesYear[];
}

// Keyed by the cost-line list itself: model inputs are immutable (every type is readonly), so the
// same list holds the same lines. A WeakMap, so a cached projection goes when its model does.
const made = new WeakMap<readonly CostLine[], Made>();

/**
 * The cost lines of `org` in every year of the model, reused from the last call with the same
 * cost-line list when the years, price convention and assumption rates (compared by value, so a
 * rebuilt but equal assumptions object still hits) are the same.
 */
export function projectCostLines(
	model: ModelInput,
	organisation: string,
	lines: readonly CostLine[]
): readonly CostLinesYear[] {
	const last = made.get(lines);
	if (
		last &&
		last.organisation === organisation &&
		last.convention === model.convention &&
		sameYears(last.years, model.years) &&
		sameRates(last.assumptions, model.assumptions, model.years)
	)
		return last.result;
	const result = projectAll(model, organisation, lines);
	made.set(lines, {
		organisation,
		years: model.years,
		convention: model.convention,
		assumptions: model.assumptions,
		result
	});
	return result;
}

function sameYears(a: readonly FiscalYear[], b: readonly FiscalYear[]): boolean {
	return a === b || (a.length === b.length && a.every((year, i) => year === b[i]));
}

/** The assumption rates the lines read (one per table and year) are equal. */
function sameRates(a: Assumptions, b: Assumptions, years: readonly FiscalYear[]): boolean {
	if (a === b) return true;
	const same = (x: PerYear<Dec>, y: PerYear<Dec>) =>
		x === y ||
		years.every((year) => {
			const p = x[year];
			const q = y[year];
			return p === q || (p !== undefined && q !== undefined && p.eq(q));
		});
	return (
		same(a.activityGrowth, b.activityGrowth) &&
		same(a.inflation, b.inflation) &&
		same(a.efficiency, b.efficiency)
	);
}

function projectAll(model: ModelInput, organisation: string, lines: readonly CostLine[]): CostLinesYear[] {
	const { assumptions, convention } = model;
	const result: CostLinesYear[] = [];
	// A line's base is its own cost last year, found by id (two lines with one id would share the
	// last one's). With unique ids, which a valid model has, that is the line at the same index,
	// and an array is cheaper than a map for thousands of lines.
	const unique = new Set(lines.map((line) => line.id)).size === lines.length;
	const byId = (values: readonly Dec[]) => new Map(lines.map((line, i) => [line.id, values[i]!]));
	let bases: readonly Dec[] = lines.map((line) => line.base);
	if (!unique) {
		const first = byId(bases);
		bases = lines.map((line) => first.get(line.id) ?? ZERO);
	}
	for (const year of model.years) {
		const costLines = lines.map((line, i): CostLineYear => {
			const efficiency = line.tariff ? rateIn(line.efficiency, assumptions.efficiency, year) : ZERO;
			const step = projectCost(
				bases[i] ?? ZERO,
				{
					activityGrowth: rateIn(line.activityGrowth, assumptions.activityGrowth, year),
					inflation: rateIn(line.inflation, assumptions.inflation, year),
					efficiency
				},
				convention,
				amountIn(line.otherPressures, year)
			);
			// Written out rather than spread: thousands of these per evaluation.
			return {
				id: line.id,
				name: line.name,
				base: step.base,
				activity: step.activity,
				inflation: step.inflation,
				efficiency: step.efficiency,
				pressures: step.pressures,
				cost: step.cost
			};
		});
		result.push({ costLines, totals: sumCostSteps(costLines) });
		const costs = costLines.map((c) => c.cost);
		if (unique) bases = costs;
		else {
			const last = byId(costs);
			bases = lines.map((line) => last.get(line.id) ?? ZERO);
		}
	}
	return result;
}

/**
 * How a cost line's cost in `year` follows from what it brings forward and its steps. In the
 * model's first year (`first`) it brings forward its base, an input; later, last year's cost.
 * Made on request rather than kept on every line: a large model has thousands of line-years.
 * @example costLineExplanation('ccg', line, '2017/18', true).inputs[0]?.source // 'organisations.ccg.costLines.<id>.base'
 */
export function costLineExplanation(
	organisation: string,
	line: CostLineYear,
	year: FiscalYear,
	first: boolean
): Explanation {
	const at = `organisations.${organisation}.costLines.${line.id}`;
	return explain('Cost brought forward + activity growth + inflation - efficiency + other pressures', [
		first
			? { label: 'Base (the year before the model)', value: line.base, unit: 'gbp', source: `${at}.base` }
			: { label: "Last year's cost", value: line.base, unit: 'gbp' },
		{ label: 'Activity growth', value: line.activity, unit: 'gbp', source: `${at}.activityGrowth.${year}` },
		{ label: 'Inflation', value: line.inflation, unit: 'gbp', source: `${at}.inflation.${year}` },
		{ label: 'Efficiency', value: line.efficiency, unit: 'gbp', source: `${at}.efficiency.${year}` },
		{ label: 'Other pressures', value: line.pressures, unit: 'gbp', source: `${at}.otherPressures.${year}` }
	]);
}
