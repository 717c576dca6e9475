// The figures of one organisation-year that its bridge steps read: what the year's inputs give
// before anything is added up (allocation, reserves, cost lines, schemes). Made once per year, so
// the steps, the QIPP requirement and the carry-forward all read the same figures.
import { allocationFor, type AllocationResult } from './allocation';
import type { CostLinesYear } from './cost-lines';
import type { Dec } from './decimal';
import type { Explanation } from './explain';
import { yearAmount, type YearAmount } from './levels';
import { amountIn } from './per-year';
import type { SchemesYear } from './qipp';
import { percentReserve, reserveProvisions, type ProvisionsResult, type ReserveResult } from './reserves';
import type { ModelInput, NamedAmounts, Organisation, View } from './types';
import { previousYear, type FiscalYear } from './years';

/** What a year starts from: the position and recurrent allocation carried in from the year before. */
export interface YearStart {
	readonly opening: Dec;
	readonly explanation: Explanation;
	readonly priorRecurrent: Dec;
}

export interface SpecificYear extends YearAmount {
	readonly item: NamedAmounts;
}

export interface StepYear {
	readonly model: ModelInput;
	readonly org: Organisation;
	readonly view: View;
	/** The year's place in `model.years`. */
	readonly index: number;
	readonly year: FiscalYear;
	readonly lastYear: FiscalYear;
	/** The organisation's path in the model, "organisations.<id>", for explanation sources. */
	readonly source: string;
	readonly start: YearStart;
	readonly allocation: AllocationResult;
	readonly provisions: ProvisionsResult;
	readonly costs: CostLinesYear;
	readonly contingency: ReserveResult;
	readonly nonRecurrent: ReserveResult;
	readonly specifics: readonly SpecificYear[];
	readonly schemes: SchemesYear;
	/** Last year's schemes; none in the model's first year. */
	readonly lastSchemes: SchemesYear | undefined;
	readonly target: Dec;
	/** The plan's unidentified QIPP this year, handed to the risk view so it is not re-balanced. */
	readonly planUnidentified: Dec | undefined;
}

/** Everything one year of `org` reads, from what it starts with and its projected costs and schemes. */
export function stepYear(
	model: ModelInput,
	org: Organisation,
	view: View,
	index: number,
	start: YearStart,
	made: {
		readonly costs: CostLinesYear;
		readonly schemes: SchemesYear;
		readonly lastSchemes: SchemesYear | undefined;
		readonly planUnidentified: Dec | undefined;
	}
): StepYear {
	const year = model.years[index]!;
	const source = `organisations.${org.id}`;
	const allocation = allocationFor(
		org.allocations[year],
		start.priorRecurrent,
		`${source}.allocation.years.${year}`
	);
	const reserve = (which: 'contingency' | 'nonRecurrentReserve', path: string) =>
		percentReserve(
			org[which],
			year,
			allocation.allocation,
			start.priorRecurrent,
			`${source}.reserves.${path}`
		);
	return {
		model,
		org,
		view,
		index,
		year,
		lastYear: previousYear(year),
		source,
		start,
		allocation,
		provisions: reserveProvisions(org.investments, org.perHead, org.population, model.years, index, source),
		costs: made.costs,
		contingency: reserve('contingency', 'contingency'),
		nonRecurrent: reserve('nonRecurrentReserve', 'nonRecurrent'),
		specifics: org.specificAllocations.map((item) => ({
			item,
			...yearAmount(item.values, item.recurrent, model.years, index)
		})),
		schemes: made.schemes,
		lastSchemes: made.lastSchemes,
		target: amountIn(org.target, year),
		planUnidentified: made.planUnidentified
	};
}
