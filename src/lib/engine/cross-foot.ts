// A published total against its published parts: when a plan prints a figure for each
// organisation and for their total, the parts must add up to the total, line by line (a
// "cross-foot"). Printed figures are rounded, so a difference up to half a printed unit per figure
// is within rounding; more than that, the published table contradicts itself.
import { agreementOf, type Agreement } from './agreement';
import { ZERO, type Dec } from './decimal';
import type { StatedFigure } from './types';

export interface CrossFoot {
	readonly key: string;
	/** The parts' published figures added up. */
	readonly sumOfParts: Dec;
	readonly statedTotal: Dec;
	/** sumOfParts - statedTotal. */
	readonly difference: Dec;
	/** The coarsest printed unit among the figures (0.1 for a table printed to 1 dp). */
	readonly precision: Dec;
	/** The most that rounding every printed figure could explain: half a printed unit each. */
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
		// Each printed figure is rounded by up to half its unit, the parts and the total alike.
		const tolerance = printed.reduce((sum, f) => sum.plus(f.precision.div(2)), ZERO);
		const precision = printed.reduce((most, f) => (f.precision.gt(most) ? f.precision : most), ZERO);
		const difference = sumOfParts.minus(stated.value);
		return [
			{
				key,
				sumOfParts,
				statedTotal: stated.value,
				difference,
				precision,
				tolerance,
				status: agreementOf(difference, tolerance)
			}
		];
	});
}
