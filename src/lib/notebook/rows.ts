// Adding, renaming, reordering, duplicating and removing the rows of an organisation's lists (cost
// lines, QIPP schemes, investments, specific allocations, per-head items). A row keeps its id for
// life (scenario overrides and stated figures name rows by id), so renaming changes its name only. Rows belong to the model itself, not to a scenario:
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
		scenarios: removed.scenarios.map((s) => ({
			...s,
			overrides: s.overrides.filter((o) => !('path' in o && under(o.path)))
		}))
	};
}

function withRows(
	file: ModelFile,
	org: string,
	list: RowList,
	change: (items: Item[]) => Item[] | { error: string }
): ModelFile | { error: string } {
	const organisation = file.organisations.find((o) => o.id === org);
	if (!organisation) return { error: `there is no organisation "${org}"` };
	const items = change([...itemsOf(organisation, list)]);
	return 'error' in items ? items : mapOrganisation(file, org, (o) => withItems(o, list, items));
}

/** The file with row `id` called `name` (its id, and so every reference to it, stays). */
export function renameRow(
	file: ModelFile,
	org: string,
	list: RowList,
	id: string,
	name: string
): ModelFile | { error: string } {
	const clean = name.trim();
	if (clean === '') return { error: `A ${ROW_NAMES[list]} needs a name` };
	return withRows(file, org, list, (items) => items.map((i) => (i.id === id ? { ...i, name: clean } : i)));
}

/** The file with row `id` one place up (-1) or down (+1); unchanged at either end. */
export function moveRow(file: ModelFile, org: string, list: RowList, id: string, by: -1 | 1): ModelFile {
	const from = rowsOf(file, org, list).findIndex((i) => i.id === id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= rowsOf(file, org, list).length) return file;
	const moved = withRows(file, org, list, (items) => {
		const [row] = items.splice(from, 1);
		items.splice(to, 0, row!);
		return items;
	});
	return 'error' in moved ? file : moved;
}

/**
 * The file with a copy of row `id`, "<name> (copy)", just below it. The copy has every figure of
 * the original but none of its scenario changes or stated figures (those name the original).
 */
export function duplicateRow(
	file: ModelFile,
	org: string,
	list: RowList,
	id: string
): ModelFile | { error: string } {
	return withRows(file, org, list, (items) => {
		const at = items.findIndex((i) => i.id === id);
		const original = items[at];
		if (!original) return { error: `there is no ${ROW_NAMES[list]} "${id}"` };
		const name = `${original.name} (copy)`;
		const copyId = freshId(`${original.id}-copy`, new Set(items.map((i) => i.id)));
		items.splice(at + 1, 0, { ...structuredClone(original), id: copyId, name });
		return items;
	});
}

/** The rows of `list`, for choosing one to act on. */
export function rowsOf(file: ModelFile, org: string, list: RowList): readonly Item[] {
	const organisation = file.organisations.find((o) => o.id === org);
	return organisation ? itemsOf(organisation, list) : [];
}
