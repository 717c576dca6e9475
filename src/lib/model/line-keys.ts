// The bridge, context and QIPP line keys a model may state published figures for.
import { BRIDGE_ORDER } from '../engine/index';

export const BRIDGE_KEYS = BRIDGE_ORDER.filter((key) => key !== 'specific');

export const CONTEXT_KEYS = ['prior_recurrent_allocation', 'allocation', 'target'] as const;

export const QIPP_KEYS = ['qipp_identified', 'qipp_required', 'qipp_unidentified'] as const;

/** True for a key a stated figure may use; specific allocations are "specific:<id>". */
export function isStatableKey(key: string, specificIds: readonly string[]): boolean {
	if (key.startsWith('specific:')) return specificIds.includes(key.slice('specific:'.length));
	return ([...BRIDGE_KEYS, ...CONTEXT_KEYS, ...QIPP_KEYS] as readonly string[]).includes(key);
}
