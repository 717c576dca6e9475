// Published figures beside computed ones: the difference and a status per line. A stated figure
// is "within rounding" when the computed value, rounded half-up to the stated figure's printed
// precision, equals it; it "agrees" when no rounding is needed.
import type { Agreement } from './agreement';
import { D, type Dec } from './decimal';
import type { StatedFigure } from './types';

export interface StatedComparison {
	readonly stated: Dec;
	/** One unit in the stated figure's last printed digit, in pounds. */
	readonly precision: Dec;
	/** computed - stated, exact. */
	readonly difference: Dec;
	readonly status: Agreement;
}

/**
 * @example compareStated(D('1.5315'), { value: D('1.5'), precision: D('0.1') }).status // 'within rounding'
 */
export function compareStated(computed: Dec, stated: StatedFigure): StatedComparison {
	const difference = computed.minus(stated.value);
	if (difference.isZero())
		return { stated: stated.value, precision: stated.precision, difference, status: 'agrees' };
	if (!stated.precision.gt(0))
		return { stated: stated.value, precision: stated.precision, difference, status: 'differs' };
	const shown = computed.div(stated.precision).toDecimalPlaces(0, D.ROUND_HALF_UP).times(stated.precision);
	return {
		stated: stated.value,
		precision: stated.precision,
		difference,
		status: shown.eq(stated.value) ? 'within rounding' : 'differs'
	};
}
