// One vocabulary for every comparison of figures, in the app and the CLI alike: a published table
// against its own closing or total, and a published figure against the model's.
import type { Dec } from './decimal';

/**
 * "agrees": no difference at all; "within rounding": the difference is no more than the printed
 * precision explains; "differs": more than that.
 */
export type Agreement = 'agrees' | 'within rounding' | 'differs';

/** Agreement of two figures `difference` apart when up to `tolerance` is rounding. */
export function agreementOf(difference: Dec, tolerance: Dec): Agreement {
	if (difference.isZero()) return 'agrees';
	return difference.abs().lte(tolerance) ? 'within rounding' : 'differs';
}
