// The model's own settings, as the settings dialog edits them: name, description, sources, whether
// the figures are illustrative, the entry unit and the cost convention. Changing the entry unit
// says what every amount in the file means; it does not convert them (the dialog says so).
import type { ModelFile } from '../model/schema';
import { omit } from '../model/omit';

export interface ModelDetails {
	readonly name: string;
	readonly description: string;
	/** One source a line; blank lines are dropped. */
	readonly sources: string;
	readonly illustrative: boolean;
	readonly unit: ModelFile['unit'];
	readonly convention: ModelFile['convention'];
}

export function detailsOf(file: ModelFile): ModelDetails {
	return {
		name: file.name,
		description: file.description ?? '',
		sources: (file.sources ?? []).join('\n'),
		illustrative: file.illustrative === true,
		unit: file.unit,
		convention: file.convention
	};
}

/** The file with `details`; empty description and sources are left out of the file. */
export function withDetails(file: ModelFile, details: ModelDetails): ModelFile | { error: string } {
	const name = details.name.trim();
	if (name === '') return { error: 'The model needs a name' };
	const description = details.description.trim();
	const sources = details.sources
		.split('\n')
		.map((s) => s.trim())
		.filter((s) => s !== '');
	const rest = omit(file, 'description', 'sources', 'illustrative');
	return {
		...rest,
		name,
		...(description !== '' && { description }),
		...(sources.length > 0 && { sources }),
		...(details.illustrative && { illustrative: true }),
		unit: details.unit,
		convention: details.convention
	};
}
