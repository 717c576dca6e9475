// The organisation-years a report covers (after the --org and --year filters), each with its
// stated figures compared: the loop the bridge and QIPP reports share.
import {
	type ModelResult,
	type OrganisationResult,
	compareAllStated,
	type StatedLine,
	type YearResult,
	type ModelInput
} from '../engine/index';

export interface SelectedYear {
	readonly org: OrganisationResult;
	readonly year: YearResult;
	readonly comparisons: ReadonlyMap<string, StatedLine>;
}

export function* selectedYears(
	input: ModelInput,
	result: ModelResult,
	filters: { readonly organisation?: string; readonly year?: string }
): Generator<SelectedYear> {
	for (const org of result.organisations) {
		if (filters.organisation !== undefined && filters.organisation !== org.id) continue;
		const stated = input.organisations.find((o) => o.id === org.id)?.stated ?? {};
		for (const year of org.years) {
			if (filters.year !== undefined && filters.year !== year.year) continue;
			yield {
				org,
				year,
				comparisons: new Map(compareAllStated(year, stated[year.year]).map((c) => [c.key, c]))
			};
		}
	}
}
