// A published total against its published parts: when a plan prints a figure for each
// organisation and for their total, the parts must add up to the total, line by line (a
// "cross-foot"). Printed figures are rounded, so a difference up to the coarsest printed unit is
// within rounding; more than that, the published table contradicts itself.
import { agreementOf, type Agreement } from './agreement';
import { D, ZERO, type Dec } from './decimal';
import type { StatedFigure } from './types';

export interface CrossFoot {
	readonly key: string;
	/** The parts' published figures added up. */
	readonly sumOfParts: Dec;
	readonly statedTotal: Dec;
	/** sumOfParts - statedTotal. */
	readonly difference: Dec;
	/** The coarsest printed precision among the figures. */
	readonly tolerance: Dec;
	readonly status: Agreement;
}

/**
 * Every line the total states that every part states too.
 * @example crossFoot([north, south], total)[0].status // 'differs' when 1.2 + 2.3 is printed as 3.7
 */
export function crossFoot(
	parts: readonly Readonly<Record<string, StatedFigure>>[],
	total: Readonly<Record<string, StatedFigure>>
): CrossFoot[] {
	return Object.entries(total).flatMap(([key, stated]): CrossFoot[] => {
		const figures = parts.map((p) => p[key]);
		if (parts.length === 0 || figures.some((f) => f === undefined)) return [];
		const printed = [...(figures as StatedFigure[]), stated];
		const sumOfParts = printed.slice(0, -1).reduce((sum, f) => sum.plus(f.value), ZERO);
		const tolerance = printed.reduce((most, f) => D.max(most, f.precision), ZERO);
		const difference = sumOfParts.minus(stated.value);
		return [
			{
				key,
				sumOfParts,
				statedTotal: stated.value,
				difference,
				tolerance,
				status: agreementOf(difference, tolerance)
			}
		];
	});
}
