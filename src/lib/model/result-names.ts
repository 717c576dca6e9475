// The names under which the finance model's results can be read by formulas, knowable from the
// file alone: surplus, allocation, qipp_required, bridge.<line> ..., unprefixed for the
// consolidated total (or the only organisation) and prefixed by organisation (north.surplus).
import { bridgeLineKeys } from '../engine/index';
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
	const perOrg = (org: ModelFile['organisations'][number], prefix: string) => [
		...FIGURES.map((f) => `${prefix}${f}`),
		...bridgeLineKeys(org, file.years.length).map((k) => `${prefix}${lineName(k)}`)
	];
	const unprefixed = new Set(file.organisations.flatMap((org) => perOrg(org, '')));
	return [...unprefixed, ...file.organisations.flatMap((org) => perOrg(org, orgPrefix(org.id)))];
}
