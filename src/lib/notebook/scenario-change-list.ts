// A scenario's own changes as its list on the page shows them: what each moves (named as the page
// names it), how ("+1 pp", "×0", "= 4.5%"), the value before it and after, and where to go
// to see it. A set change is one entry, however many rows it moves.
import { D, showEntered, type NegativeStyle } from '../engine/index';
import { describePath } from '../io/input-text';
import type { Json } from '../model/json-path';
import { BASELINE } from '../model/scenario';
import { describeChange, setTargets, startingValue } from '../model/scenario-change';
import type { ModelFile, Override, SetOverride } from '../model/schema';
import { inputKind } from '../model/input-kind';
import { scenarioView } from './inputs';

export interface ChangeEntry {
	/** Its place in the scenario's list of changes. */
	readonly index: number;
	readonly what: string;
	readonly how: string;
	/** The value before it: the parent's, moved by the changes above (a set change: how many rows). */
	readonly before: string;
	readonly value: string;
	/** The input to go to: the change's own, or a set's first row. */
	readonly link?: string;
}

/** A value as entered: "3.5%", "2026/27: 3.5%, 2027/28: 3%", a formula as typed. */
function shown(file: Json, path: string, value: Json, negatives: NegativeStyle): string {
	const kind = inputKind(file, path);
	if (value === undefined || value === null) return '(none)';
	if (typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)))
		return kind ? showEntered(kind, String(value), negatives) : String(value);
	if (typeof value === 'object' && !Array.isArray(value))
		return Object.entries(value as Record<string, Json>)
			.map(([key, v]) => `${key}: ${shown(file, `${path}.${key}`, v, negatives)}`)
			.join(', ');
	return String(value);
}

const LIST_WORDS: Readonly<Record<SetOverride['each'], [string, string]>> = {
	costLines: ['cost line', 'cost lines'],
	schemes: ['scheme', 'schemes']
};
const FIELD_WORDS: Readonly<Record<string, string>> = {
	activityGrowth: 'activity growth',
	inflation: 'inflation',
	efficiency: 'efficiency',
	values: 'planned saving'
};

/** A set change's rows in words: "Every tariff cost line", "Red schemes in North". */
export function describeSet(file: ModelFile, set: SetOverride): string {
	const [one, many] = LIST_WORDS[set.each];
	const { tariff, rag, workstream, recurrent } = set.where;
	const kinds = [
		rag,
		tariff === undefined ? undefined : tariff ? 'tariff' : 'non-tariff',
		recurrent === undefined ? undefined : recurrent ? 'recurrent' : 'non-recurrent'
	].filter((w) => w !== undefined);
	let words = kinds.length === 0 ? `Every ${one}` : `${kinds.join(' ')} ${many}`;
	if (workstream !== undefined) words += ` in workstream ${workstream}`;
	if (set.organisation !== undefined)
		words += ` of ${file.organisations.find((o) => o.id === set.organisation)?.name ?? set.organisation}`;
	words = words.charAt(0).toUpperCase() + words.slice(1);
	return `${words}: ${FIELD_WORDS[set.field] ?? set.field}`;
}

/** How a change moves its input, in words: a scheme's saving by the share delivered. */
function how(file: Json, change: Override, path: string, negatives: NegativeStyle): string {
	if (change.value !== undefined) return `= ${shown(file, path, change.value, negatives)}`;
	if (change.times !== undefined && 'each' in change && change.each === 'schemes')
		return `deliver ${showEntered('rate', D(change.times).times(100).toFixed(), 'minus')}`;
	return describeChange(change, inputKind(file, path) === 'rate');
}

/** The model as scenario `id` sees it with only its first `count` changes made. */
function viewAfter(file: ModelFile, id: string, count: number): Json {
	const scenarios = file.scenarios.map((s) =>
		s.id === id ? { ...s, overrides: s.overrides.slice(0, count) } : s
	);
	return scenarioView({ ...file, scenarios }, id);
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Scenario `id`'s own changes, in the order they apply, each with the value before and after it. */
export function changeList(file: ModelFile, id: string, negatives: NegativeStyle): ChangeEntry[] {
	const scenario = file.scenarios.find((s) => s.id === id);
	if (!scenario || id === BASELINE) return [];
	return scenario.overrides.map((change, index): ChangeEntry => {
		const before = viewAfter(file, id, index);
		if ('path' in change) {
			const { path } = change;
			const after = viewAfter(file, id, index + 1);
			return {
				index,
				what: capital(describePath(file, path)),
				how: how(file, change, path, negatives),
				before: shown(file, path, startingValue(before, path), negatives),
				value: shown(file, path, startingValue(after, path), negatives),
				link: path
			};
		}
		const targets = setTargets(before, change);
		const [one, many] = LIST_WORDS[change.each];
		return {
			index,
			what: describeSet(file, change),
			how: how(file, change, targets[0]?.path ?? '', negatives),
			before: `${targets.length} ${targets.length === 1 ? one : many}`,
			value: targets.map((t) => t.row).join('; ') || 'none at present',
			link: targets[0]?.path
		};
	});
}
