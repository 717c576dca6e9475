// The names under which the finance model's results can be read by formulas, knowable from the
// file alone: surplus, allocation, qipp_required, bridge.<line> ..., unprefixed for the
// consolidated total (or the only organisation) and prefixed by organisation (north.surplus).
import type { ModelFile } from './schema';

/** An organisation id as a name prefix: characters a name cannot hold become "_". */
export function orgPrefix(id: string): string {
	const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
	return `${/^[0-9]/.test(safe) ? `_${safe}` : safe}.`;
}

const FIGURES = [
	'surplus',
	'opening',
	'allocation',
	'target',
	'headroom',
	'qipp_required',
	'qipp_identified',
	'qipp_unidentified'
] as const;

/** A bridge line key as a name: "specific:ir_hrg4" becomes "bridge.specific_ir_hrg4". */
export function lineName(key: string): string {
	return `bridge.${key.replace(':', '_')}`;
}

/** The names the model defines, knowable from the file alone (so the graph is known before evaluating). */
export function resultNames(file: ModelFile): string[] {
	const lineKeys = (org: ModelFile['organisations'][number]) => [
		'opening',
		'growth_received',
		'normalisation',
		...(file.years.length > 1 ? ['qipp_full_year_effect'] : []),
		'reserve_provisions',
		'activity_growth',
		'inflation',
		'efficiency',
		...(org.costLines.some((l) => l.otherPressures !== undefined) ? ['other_pressures'] : []),
		'contingency',
		'non_recurrent_reserve',
		...org.specificAllocations.map((s) => `specific:${s.id}`),
		'qipp',
		'closing'
	];
	const perOrg = (org: ModelFile['organisations'][number], prefix: string) => [
		...FIGURES.map((f) => `${prefix}${f}`),
		...lineKeys(org).map((k) => `${prefix}${lineName(k)}`)
	];
	const unprefixed = new Set(file.organisations.flatMap((org) => perOrg(org, '')));
	return [...unprefixed, ...file.organisations.flatMap((org) => perOrg(org, orgPrefix(org.id)))];
}
