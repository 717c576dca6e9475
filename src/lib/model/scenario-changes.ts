// What one scenario changes against another: every input path either of them overrides (through
// its chain of parents) whose value differs between the two, with both values, sorted into the
// groups a scenario bridge steps through. A named value's change is put in the group of the first
// input (in group order) that reads it, directly or through other named values.
import { parseFormula, referencedNames } from '../engine/index';
import { formulaInputs } from './formula-inputs';
import { dottedPath, readAt, type Json } from './json-path';
import { applyScenario } from './scenario';
import { sameJson } from './same-json';
import type { ModelFile } from './schema';
import { scenarioFile, type ValidModel } from './valid-model';

/** The groups of a scenario bridge, in the order its steps apply them (docs/finance-model.md). */
export const CHANGE_GROUPS = [
	'allocation',
	'activity',
	'inflation',
	'efficiency',
	'reserves',
	'qipp',
	'other'
] as const;
export type ChangeGroup = (typeof CHANGE_GROUPS)[number];

export const CHANGE_GROUP_LABEL: Readonly<Record<ChangeGroup, string>> = {
	allocation: 'Allocation',
	activity: 'Activity growth',
	inflation: 'Inflation',
	efficiency: 'Efficiency',
	reserves: 'Reserves',
	qipp: 'QIPP delivery',
	other: 'Other inputs'
};

export interface InputChange {
	/** The override path, e.g. "organisations.north.costLines.acute.activityGrowth". */
	readonly path: string;
	readonly group: ChangeGroup;
	/** The value in the base scenario (undefined where it has none). */
	readonly base: Json;
	/** The value in the compared scenario. */
	readonly scenario: Json;
}

/** The group of a rate's field name: activityGrowth, inflation or efficiency. */
const RATE_GROUP: Readonly<Record<string, ChangeGroup>> = {
	activityGrowth: 'activity',
	inflation: 'inflation',
	efficiency: 'efficiency'
};

/** The group of an organisation's field (population counts only for per-head reserves). */
const ORGANISATION_GROUP: Readonly<Record<string, ChangeGroup>> = {
	allocation: 'allocation',
	specificAllocations: 'allocation',
	normalisation: 'allocation',
	reserves: 'reserves',
	population: 'reserves',
	qipp: 'qipp'
};

/**
 * The group of an input path, read from the fields at their places in the file (not from ids,
 * which may be any word): `assumptions.<rate>`, `qippDeliveryFactors.*`,
 * `organisations.<id>.<field>` and `organisations.<id>.costLines.<id>.<rate>`. A named value's
 * group comes from what reads it (undefined here).
 */
function groupOfField(path: string): ChangeGroup | undefined {
	const [top, second, field, , costField] = path.split('.');
	if (top === 'cells') return undefined;
	if (top === 'assumptions') return RATE_GROUP[second ?? ''] ?? 'other';
	if (top === 'qippDeliveryFactors') return 'qipp';
	if (top !== 'organisations' || field === undefined) return 'other';
	if (field === 'costLines') return RATE_GROUP[costField ?? ''] ?? 'other';
	return ORGANISATION_GROUP[field] ?? 'other';
}

/** For each named value, the group of the first input (in group order) that reads it. */
function cellGroups(file: ModelFile): Map<string, ChangeGroup> {
	const readers = new Map<string, Set<string>>();
	const read = (name: string, by: string) => readers.set(name, (readers.get(name) ?? new Set()).add(by));
	for (const cell of file.cells) {
		const text =
			cell.formula ??
			(typeof cell.value === 'string' && cell.value.startsWith('=') ? cell.value.slice(1) : undefined);
		const parsed = text === undefined ? undefined : parseFormula(text);
		if (parsed?.ok) for (const name of referencedNames(parsed.ast)) read(name, `cells.${cell.id}`);
	}
	for (const input of formulaInputs(file))
		// Year keys as dotted steps ("inflation.2018/19"), so the field reads at its place.
		if (input.parsed.ok)
			for (const name of referencedNames(input.parsed.ast)) read(name, dottedPath(input.where));

	const groups = new Map<string, ChangeGroup>();
	const groupOf = (cell: string, seen: Set<string>): ChangeGroup => {
		const known = groups.get(cell);
		if (known) return known;
		const found = new Set<ChangeGroup>();
		for (const reader of readers.get(cell) ?? []) {
			if (reader.startsWith('cells.')) {
				const id = reader.slice('cells.'.length);
				if (!seen.has(id)) found.add(groupOf(id, new Set(seen).add(id)));
			} else found.add(groupOfField(reader) ?? 'other');
		}
		return CHANGE_GROUPS.find((g) => found.has(g)) ?? 'other';
	};
	for (const cell of file.cells) groups.set(cell.id, groupOf(cell.id, new Set([cell.id])));
	return groups;
}

/** The input paths a scenario's chain changes, parents first (a set change names each row's). */
function overridePaths(model: ValidModel, scenario: string): string[] {
	const applied = applyScenario(model, scenario);
	return 'changed' in applied ? applied.changed : [];
}

/**
 * Every input that differs between scenario `base` and scenario `scenario`, in the order the
 * scenarios' overrides are written (the base's chain first).
 */
export function scenarioChanges(model: ValidModel, base: string, scenario: string): InputChange[] {
	const from = scenarioFile(model, base);
	const to = scenarioFile(model, scenario);
	if (!from || !to) return [];
	const paths = [...new Set([...overridePaths(model, base), ...overridePaths(model, scenario)])];
	const cells = cellGroups(to);
	return paths.flatMap((path): InputChange[] => {
		const before = readAt(from, path);
		const after = readAt(to, path);
		if (sameJson(before, after)) return [];
		const cell = /^cells\.([^.]+)/.exec(path)?.[1];
		const group = (cell === undefined ? groupOfField(path) : cells.get(cell)) ?? 'other';
		return [{ path, group, base: before, scenario: after }];
	});
}
