// The consolidated view: line-by-line sums over organisations, lines matched by key.
import { ZERO, type Dec } from './decimal';
import { explain } from './explain';
import type { BridgeLine, ContextLine } from './bridge';
import { bridgeRank } from './bridge-steps';
import type { YearResult } from './project';

export interface ConsolidatedYear {
	readonly year: string;
	readonly lines: readonly BridgeLine[];
	readonly context: readonly ContextLine[];
	readonly qipp: {
		readonly identified: Dec;
		readonly required: Dec;
		readonly unidentifiedNeeded: Dec;
		readonly unidentifiedPlanned: Dec;
		readonly counted: Dec;
		readonly riskAdjusted: Dec;
	};
	readonly target: Dec;
	readonly headroom: Dec;
}

/** Sum lines of the same key, keeping the order in which keys first appear. */
function sumLines<T extends { key: string; label: string; value: Dec }>(
	groups: readonly (readonly T[])[],
	names: readonly string[]
): (T & { explanation: ReturnType<typeof explain> })[] {
	const byKey = new Map<string, { line: T; parts: { label: string; value: Dec }[] }>();
	groups.forEach((lines, i) => {
		for (const line of lines) {
			const entry = byKey.get(line.key) ?? { line, parts: [] };
			entry.parts.push({ label: names[i] ?? '', value: line.value });
			byKey.set(line.key, entry);
		}
	});
	return [...byKey.values()].map(({ line, parts }) => ({
		...line,
		value: parts.reduce((total, p) => total.plus(p.value), ZERO),
		explanation: explain(`Sum of "${line.label}" over organisations`, () =>
			parts.map((p) => ({ ...p, unit: 'gbp' as const }))
		)
	}));
}

/**
 * Consolidate one year across organisations. Each organisation's bridge closes exactly, so the
 * sum of closings equals the consolidated opening plus consolidated steps.
 */
export function consolidateYear(
	year: string,
	perOrg: readonly YearResult[],
	names: readonly string[]
): ConsolidatedYear {
	const lines = sumLines(
		perOrg.map((r) => r.lines),
		names
	);
	// Organisations may have different specific allocations and optional lines: put every line
	// back in bridge order (a stable sort keeps specific allocations in order of first appearance).
	const ordered = [...lines].sort((a, b) => bridgeRank(a.key) - bridgeRank(b.key));
	const total = (pick: (r: YearResult) => Dec) => perOrg.reduce((t, r) => t.plus(pick(r)), ZERO);
	return {
		year,
		lines: ordered,
		context: sumLines(
			perOrg.map((r) => r.context),
			names
		),
		qipp: {
			identified: total((r) => r.qipp.identified),
			required: total((r) => r.qipp.required),
			unidentifiedNeeded: total((r) => r.qipp.unidentifiedNeeded),
			unidentifiedPlanned: total((r) => r.qipp.unidentifiedPlanned),
			counted: total((r) => r.qipp.counted),
			riskAdjusted: total((r) => r.qipp.riskAdjusted)
		},
		target: total((r) => r.target),
		headroom: total((r) => r.headroom)
	};
}
