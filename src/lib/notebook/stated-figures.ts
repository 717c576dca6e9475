// Published figures kept in the model as its stated figures (`organisations[i].stated[year]`):
// merged over what the year already states, so a table of a few lines keeps the others.
import type { ModelFile } from '../model/schema';

/** The file with `figures` stated for `org` in `year`, or why not. */
export function withStated(
	file: ModelFile,
	org: string,
	year: string,
	figures: Readonly<Record<string, string>>
): ModelFile | { error: string } {
	if (!file.organisations.some((o) => o.id === org)) return { error: `there is no organisation "${org}"` };
	if (Object.keys(figures).length === 0) return { error: 'no matched line can be kept as a stated figure' };
	return {
		...file,
		organisations: file.organisations.map((o) =>
			o.id === org ? { ...o, stated: { ...o.stated, [year]: { ...o.stated[year], ...figures } } } : o
		)
	};
}
