// Adding, renaming, reordering and removing a model's organisations. Ids never change once made
// (scenario overrides and formulas name an organisation by its id), so renaming changes the name
// only. The consolidated view is the sum of whatever organisations the file holds, so it follows
// every change here without being told.
import type { BlockFile, ModelFile, OrganisationFile } from '../model/schema';
import { CONSOLIDATED } from '../io/bridge-report';
import { freshId } from './layout';
import { omit } from '../model/omit';

/** Where a new organisation's figures come from: zeros, or a copy of another of the model's. */
export type OrganisationSource = { readonly blank: true } | { readonly copyOf: string };

/** An organisation of zeros: no allocation, no costs, no reserves, no schemes, as the blank plan. */
export function blankOrganisation(id: string, name: string): OrganisationFile {
	return {
		id,
		name,
		allocation: { priorRecurrent: '0', years: {} },
		specificAllocations: [],
		opening: { position: '0' },
		normalisation: {},
		population: {},
		costLines: [],
		reserves: {
			contingency: { rate: '0', base: 'current' },
			nonRecurrent: { rate: '0', base: 'current' },
			investments: [],
			perHead: []
		},
		qipp: { schemes: [], unidentified: {} },
		target: {},
		stated: {}
	};
}

const ORG_BLOCKS = ['inputs', 'costLines', 'reserves', 'qipp'] as const;
const isOrgBlock = (
	b: BlockFile
): b is Extract<BlockFile, { organisation: string; type: (typeof ORG_BLOCKS)[number] }> =>
	(ORG_BLOCKS as readonly string[]).includes(b.type);

/**
 * The file with a new organisation called `name` at the end, made from `source`. A copy takes
 * every input of the original but not its published figures, which belong to the original.
 * @example addOrganisation(file, 'South Place', { copyOf: 'north' })
 */
export function addOrganisation(
	file: ModelFile,
	name: string,
	source: OrganisationSource
): { file: ModelFile; id: string } | { error: string } {
	const clean = name.trim();
	if (clean === '') return { error: 'Give the new organisation a name' };
	const id = freshId(clean.toLowerCase(), new Set(file.organisations.map((o) => o.id)));
	let made: OrganisationFile;
	if ('copyOf' in source) {
		const original = file.organisations.find((o) => o.id === source.copyOf);
		if (!original) return { error: `there is no organisation "${source.copyOf}" to copy` };
		made = { ...structuredClone(original), id, name: clean, stated: {} };
	} else made = blankOrganisation(id, clean);
	const organisations = [...file.organisations, made];
	if (!file.notebook) return { file: { ...file, organisations }, id };
	// A laid-out page gets the new organisation's input blocks after the last organisation's.
	const blocks = [...file.notebook];
	const taken = new Set(blocks.map((b) => b.id));
	const after = blocks.findLastIndex(isOrgBlock) + 1 || blocks.length;
	const own = ORG_BLOCKS.map((type): BlockFile => ({
		id: freshId(`${id}-${type.toLowerCase()}`, taken),
		type,
		organisation: id
	}));
	blocks.splice(after, 0, ...own);
	return { file: { ...file, organisations, notebook: blocks }, id };
}

export function renameOrganisation(file: ModelFile, id: string, name: string): ModelFile | { error: string } {
	const clean = name.trim();
	if (clean === '') return { error: 'An organisation needs a name' };
	return { ...file, organisations: file.organisations.map((o) => (o.id === id ? { ...o, name: clean } : o)) };
}

/** The file with organisation `id` one place earlier (-1) or later (+1); unchanged at either end. */
export function moveOrganisation(file: ModelFile, id: string, by: -1 | 1): ModelFile {
	const organisations = [...file.organisations];
	const from = organisations.findIndex((o) => o.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= organisations.length) return file;
	const [moved] = organisations.splice(from, 1);
	organisations.splice(to, 0, moved!);
	return { ...file, organisations };
}

/**
 * The file without organisation `id`: its blocks go, blocks that showed it show the default again,
 * and scenario changes of its inputs go with it. A formula that read its results is refused by
 * validation, with the formula named.
 */
export function removeOrganisation(file: ModelFile, id: string): ModelFile | { error: string } {
	if (file.organisations.length <= 1) return { error: 'A model needs at least one organisation' };
	const organisations = file.organisations.filter((o) => o.id !== id);
	const under = (path: string) => path.startsWith(`organisations.${id}.`) || path === `organisations.${id}`;
	const single = organisations.length === 1;
	const notebook = file.notebook
		?.filter((b) => !(isOrgBlock(b) && b.organisation === id))
		.map((b) => {
			if (isOrgBlock(b) || !('organisation' in b)) return b;
			if (b.organisation !== id && !(single && b.organisation === CONSOLIDATED)) return b;
			return omit(b, 'organisation') as BlockFile;
		});
	return {
		...file,
		organisations,
		scenarios: file.scenarios.map((s) => ({
			...s,
			overrides: s.overrides.filter((o) => ('path' in o ? !under(o.path) : o.organisation !== id))
		})),
		...(notebook && { notebook })
	};
}
