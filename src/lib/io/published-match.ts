// A published table's column beside a model's figures for one organisation-year: each published
// row matched to a model line by its key (when the table has a key column) or by its label, and
// compared at the published figure's printed precision. Figures are in the table's unit.
import {
	compareStated,
	D,
	fromPounds,
	toPounds,
	type Agreement,
	type Dec,
	type MoneyUnit,
	type PublishedCell,
	type PublishedRole,
	type PublishedShape,
	type PublishedTable
} from '../engine/index';
import { QIPP_KEYS } from '../model/line-keys';
import type { BridgeReport } from './bridge-report';
import type { QippReport } from './qipp-report';

/** A figure the model computes that a published row may be. */
export interface ModelLine {
	readonly key: string;
	readonly label: string;
	/** Exact, in the table's unit. */
	readonly value: Dec;
	/** Whether the model can keep a published figure for it (workstreams it cannot). */
	readonly statable: boolean;
	/** The bridge's lines, or the QIPP programme's: what a bridge or an items table would print. */
	readonly family: PublishedShape;
}

export type MatchedBy = 'key' | 'label' | 'chosen';

export interface RowMatch {
	/** Index in the table's rows. */
	readonly row: number;
	readonly label: string;
	readonly role: PublishedRole;
	readonly published?: PublishedCell;
	readonly line?: ModelLine;
	readonly by?: MatchedBy;
	/** A key written in the table that no model line has. */
	readonly unknownKey?: string;
	/** computed - published, exact; with the status, only for a matched row with a printed figure. */
	readonly difference?: Dec;
	readonly status?: Agreement;
}

export interface TableMatch {
	readonly column: string;
	readonly rows: readonly RowMatch[];
	/** Model lines of the table's own shape (bridge or QIPP) that no row matched. */
	readonly unmatchedLines: readonly ModelLine[];
	/** No matched row differs. */
	readonly agrees: boolean;
}

const STATABLE_QIPP: readonly string[] = QIPP_KEYS;

/** Workstream lines have no key of their own in reports. */
const WORKSTREAM = 'workstream:';

/**
 * Every line of an organisation-year a published table may print: the bridge's context and lines,
 * the QIPP totals and the QIPP workstreams (in-year savings), each once.
 */
export function modelLinesOf(bridge: BridgeReport | undefined, qipp: QippReport | undefined): ModelLine[] {
	const lines = new Map<string, ModelLine>();
	const add = (key: string, label: string, value: string, statable: boolean, family: PublishedShape) => {
		if (!lines.has(key)) lines.set(key, { key, label, value: D(value), statable, family });
	};
	for (const l of [...(bridge?.context ?? []), ...(bridge?.lines ?? [])])
		add(l.key, l.label, l.value, true, 'bridge');
	for (const l of qipp?.lines ?? []) add(l.key, l.label, l.value, STATABLE_QIPP.includes(l.key), 'items');
	for (const w of qipp?.workstreams ?? [])
		add(`${WORKSTREAM}${w.workstream}`, w.workstream, w.value, false, 'items');
	return [...lines.values()];
}

/**
 * A label or key reduced to letters and digits, lower case, short years written out: "Allocation
 * 17/18" and "Allocation 2017/18" are one line, as are "Planned in year surplus/ (deficit)" and
 * "Planned in-year surplus/(deficit)".
 */
export function normaliseLabel(text: string): string {
	return text
		.toLowerCase()
		.replace(/(^|[^0-9])(\d{2})\/(\d{2})(?![0-9])/g, '$120$2/$3')
		.replace(/[^a-z0-9]+/g, '');
}

/**
 * Match column `column` of `table` to `lines`. `chosen` overrides a row's match by its index: a
 * line key, or null for no match. A model line is matched by one row at most (the first).
 */
export function matchPublished(
	table: PublishedTable,
	column: number,
	lines: readonly ModelLine[],
	chosen: ReadonlyMap<number, string | null> = new Map()
): TableMatch {
	const byKey = new Map(lines.map((l) => [l.key, l]));
	const taken = new Set<string>();
	// Chosen matches first, so a label match never takes a line the user gave another row.
	for (const key of chosen.values()) if (key !== null && byKey.has(key)) taken.add(key);
	const rows = table.rows.map((row, i): RowMatch => {
		const base = { row: i, label: row.label, role: row.role, published: row.cells[column] };
		const pick = (): { line?: ModelLine; by?: MatchedBy; unknownKey?: string } => {
			if (chosen.has(i)) {
				const key = chosen.get(i);
				const line = key === null || key === undefined ? undefined : byKey.get(key);
				return line ? { line, by: 'chosen' } : {};
			}
			if (row.key !== undefined) {
				const line = byKey.get(row.key);
				if (!line) return { unknownKey: row.key };
				if (taken.has(line.key)) return {};
				return { line, by: 'key' };
			}
			const wanted = normaliseLabel(row.label);
			const line = lines.find(
				(l) =>
					!taken.has(l.key) &&
					(normaliseLabel(l.label) === wanted || normaliseLabel(l.key.replace(WORKSTREAM, '')) === wanted)
			);
			return line ? { line, by: 'label' } : {};
		};
		const match = pick();
		if (match.line && match.by !== 'chosen') taken.add(match.line.key);
		if (!match.line || !base.published) return { ...base, ...match };
		const comparison = compareStated(match.line.value, base.published);
		return { ...base, ...match, difference: comparison.difference, status: comparison.status };
	});
	const matched = new Set(rows.flatMap((r) => (r.line ? [r.line.key] : [])));
	return {
		column: table.columns[column] ?? '',
		rows,
		unmatchedLines: lines.filter((l) => l.family === table.shape && !matched.has(l.key)),
		agrees: rows.every((r) => r.status !== 'differs')
	};
}

/**
 * The matched published figures as a model keeps them (`organisations[i].stated[year]`): decimal
 * strings in the model's unit with the places printed, for lines the model can state.
 * @example a "9,199" in a £k table is "9.199" in a £m model
 */
export function statedFigures(
	match: TableMatch,
	tableUnit: MoneyUnit,
	modelUnit: MoneyUnit
): Record<string, string> {
	const inModel = (value: Dec) => fromPounds(toPounds(value, tableUnit), modelUnit);
	const figures: Record<string, string> = {};
	for (const row of match.rows) {
		if (!row.line?.statable || !row.published) continue;
		const places = Math.max(0, inModel(row.published.precision).decimalPlaces());
		figures[row.line.key] = inModel(row.published.value).toFixed(places);
	}
	return figures;
}
