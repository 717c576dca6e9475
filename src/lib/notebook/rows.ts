// Adding and removing the rows of an organisation's lists (cost lines, QIPP schemes, investments,
// specific allocations, per-head items). Rows belong to the model itself, not to a scenario:
// a scenario changes figures, the baseline decides what lines exist.
import type { ModelFile, OrganisationFile } from '../model/schema';
import { freshId } from './layout';

export type RowList = 'costLines' | 'schemes' | 'investments' | 'specificAllocations' | 'perHead';

/** What a row of each list is called, for buttons and messages. */
export const ROW_NAMES: Readonly<Record<RowList, string>> = {
	costLines: 'cost line',
	schemes: 'QIPP scheme',
	investments: 'investment',
	specificAllocations: 'specific allocation',
	perHead: 'per-head item'
};

type Item = { id: string; name: string };

/** Where each list sits in an organisation, as a path. */
const LIST_PATH: Readonly<Record<RowList, string>> = {
	costLines: 'costLines',
	schemes: 'qipp.schemes',
	investments: 'reserves.investments',
	specificAllocations: 'specificAllocations',
	perHead: 'reserves.perHead'
};

function itemsOf(org: OrganisationFile, list: RowList): readonly Item[] {
	switch (list) {
		case 'costLines':
			return org.costLines;
		case 'schemes':
			return org.qipp.schemes;
		case 'investments':
			return org.reserves.investments;
		case 'specificAllocations':
			return org.specificAllocations;
		case 'perHead':
			return org.reserves.perHead;
	}
}

function withItems(org: OrganisationFile, list: RowList, items: Item[]): OrganisationFile {
	switch (list) {
		case 'costLines':
			return { ...org, costLines: items as OrganisationFile['costLines'] };
		case 'schemes':
			return { ...org, qipp: { ...org.qipp, schemes: items as OrganisationFile['qipp']['schemes'] } };
		case 'investments':
			return {
				...org,
				reserves: { ...org.reserves, investments: items as OrganisationFile['reserves']['investments'] }
			};
		case 'specificAllocations':
			return { ...org, specificAllocations: items as OrganisationFile['specificAllocations'] };
		case 'perHead':
			return {
				...org,
				reserves: { ...org.reserves, perHead: items as OrganisationFile['reserves']['perHead'] }
			};
	}
}

/** A new, empty row called `name`: zero figures, to be filled in the grid. */
function newItem(list: RowList, id: string, name: string): Item {
	switch (list) {
		case 'costLines':
			return { id, name, tariff: false, base: '0' } as Item;
		case 'schemes':
			return {
				id,
				name,
				workstream: name,
				rag: 'amber',
				startMonth: 'M01',
				recurrent: true,
				values: {}
			} as Item;
		case 'investments':
		case 'specificAllocations':
			return { id, name, recurrent: true, values: {} } as Item;
		case 'perHead':
			return { id, name, recurrent: true, rate: '0' } as Item;
	}
}

function mapOrganisation(
	file: ModelFile,
	org: string,
	f: (o: OrganisationFile) => OrganisationFile
): ModelFile {
	return { ...file, organisations: file.organisations.map((o) => (o.id === org ? f(o) : o)) };
}

/**
 * The file with a new row called `name` at the end of organisation `org`'s `list`.
 * @example addRow(file, 'portsmouth', 'schemes', 'Outpatient follow-ups')
 */
export function addRow(
	file: ModelFile,
	org: string,
	list: RowList,
	name: string
): ModelFile | { error: string } {
	const clean = name.trim();
	if (clean === '') return { error: `Give the new ${ROW_NAMES[list]} a name` };
	const organisation = file.organisations.find((o) => o.id === org);
	if (!organisation) return { error: `there is no organisation "${org}"` };
	const items = itemsOf(organisation, list);
	const id = freshId(clean.toLowerCase(), new Set(items.map((i) => i.id)));
	return mapOrganisation(file, org, (o) => withItems(o, list, [...items, newItem(list, id, clean)]));
}

/** The file without row `id` of `list`, and without the scenario overrides and stated figures that named it. */
export function removeRow(file: ModelFile, org: string, list: RowList, id: string): ModelFile {
	const organisation = file.organisations.find((o) => o.id === org);
	if (!organisation) return file;
	const rest = itemsOf(organisation, list).filter((i) => i.id !== id);
	const removed = mapOrganisation(file, org, (o) => withItems(o, list, rest));
	// Overrides of the row would no longer name anything: they go with it.
	const row = `organisations.${org}.${LIST_PATH[list]}.${id}`;
	const under = (path: string) => path === row || path.startsWith(`${row}.`);
	return {
		...removed,
		scenarios: removed.scenarios.map((s) => ({ ...s, overrides: s.overrides.filter((o) => !under(o.path)) }))
	};
}

/** The rows of `list`, for choosing one to remove. */
export function rowsOf(file: ModelFile, org: string, list: RowList): readonly Item[] {
	const organisation = file.organisations.find((o) => o.id === org);
	return organisation ? itemsOf(organisation, list) : [];
}
