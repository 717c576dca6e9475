// A new model as the library's "New model" dialog asks for it: a name, one or more organisations,
// the first year and how many years. It starts from the blank plan's settings (entry unit, rates,
// reserves) with every organisation blank, so nothing in it is made up and it is not marked
// illustrative.
import { isFiscalYear, yearRange } from '../engine/index';
import type { ModelFile } from '../model/schema';
import { freshId } from './layout';
import { omit } from '../model/omit';
import { blankOrganisation } from './organisations';

export interface NewModelChoices {
	readonly name: string;
	/** Organisation names, in order. */
	readonly organisations: readonly string[];
	readonly firstYear: string;
	readonly years: number;
}

/**
 * A model file for `choices`, on `template`'s settings; or what is wrong with the choices.
 * @example newModel(blank, { name: 'Our plan', organisations: ['North', 'South'], firstYear: '2026/27', years: 3 })
 */
export function newModel(template: ModelFile, choices: NewModelChoices): ModelFile | { error: string } {
	const name = choices.name.trim();
	if (name === '') return { error: 'Give the model a name' };
	if (!isFiscalYear(choices.firstYear.trim()))
		return { error: `"${choices.firstYear}" is not a financial year: write it like 2026/27` };
	if (!Number.isInteger(choices.years) || choices.years < 1 || choices.years > 10)
		return { error: 'A model covers 1 to 10 years' };
	const names = choices.organisations.map((o) => o.trim()).filter((o) => o !== '');
	if (names.length === 0) return { error: 'Name at least one organisation' };
	const taken = new Set<string>();
	const organisations = names.map((n) => {
		const org = blankOrganisation(freshId(n.toLowerCase(), taken), n);
		// The blank plan's reserve rates are a sensible start; its cost lines name nothing real.
		const model = template.organisations[0];
		return model
			? {
					...org,
					reserves: {
						...org.reserves,
						contingency: model.reserves.contingency,
						nonRecurrent: model.reserves.nonRecurrent
					}
				}
			: org;
	});
	const settings = omit(template, 'description', 'sources', 'illustrative', 'notebook', 'statedTotal');
	return {
		...settings,
		name,
		years: yearRange(choices.firstYear.trim(), choices.years),
		cells: [],
		scenarios: [],
		organisations
	};
}
