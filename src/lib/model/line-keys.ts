// The bridge, context and QIPP line keys a model may state published figures for.
import { BRIDGE_STEPS } from '../engine/index';

/** Every bridge line key but those made per item (specific allocations, "specific:<id>"). */
export const BRIDGE_KEYS: readonly string[] = BRIDGE_STEPS.filter((step) => !('items' in step)).map(
	(step) => step.key
);

export const CONTEXT_KEYS = ['prior_recurrent_allocation', 'allocation', 'target'] as const;

export const QIPP_KEYS = ['qipp_identified', 'qipp_required', 'qipp_unidentified'] as const;

/** True for a key a stated figure may use; specific allocations are "specific:<id>". */
export function isStatableKey(key: string, specificIds: readonly string[]): boolean {
	if (key.startsWith('specific:')) return specificIds.includes(key.slice('specific:'.length));
	return ([...BRIDGE_KEYS, ...CONTEXT_KEYS, ...QIPP_KEYS] as readonly string[]).includes(key);
}
