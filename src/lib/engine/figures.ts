// Every named figure of an organisation-year (bridge, context and QIPP lines) by key, and their
// comparison with the published figures the model states.
import { ZERO, type Dec } from './decimal';
import type { YearResult } from './project';
import { compareStated, type StatedComparison } from './stated';
import type { StatedFigure } from './types';

/** What figures are read from: an organisation-year, or the consolidated total of one year. */
type Figured = Pick<YearResult, 'context' | 'lines'> & {
	readonly qipp: Pick<YearResult['qipp'], 'identified' | 'required' | 'unidentifiedNeeded'>;
};

/** Figures by line key: bridge lines, context lines, and qipp_identified / _required / _unidentified. */
export function figuresOf(result: Figured): Map<string, Dec> {
	const figures = new Map<string, Dec>();
	for (const line of [...result.context, ...result.lines]) figures.set(line.key, line.value);
	figures.set('qipp_identified', result.qipp.identified);
	figures.set('qipp_required', result.qipp.required);
	figures.set('qipp_unidentified', result.qipp.unidentifiedNeeded);
	return figures;
}

export interface StatedLine extends StatedComparison {
	readonly key: string;
	readonly computed: Dec;
}

/**
 * Compare each stated figure with the computed one (a figure the model does not produce, such as
 * a full-year effect in the first year, counts as zero).
 */
export function compareAllStated(
	result: Figured,
	stated: Readonly<Record<string, StatedFigure>> | undefined
): StatedLine[] {
	const figures = figuresOf(result);
	return Object.entries(stated ?? {}).map(([key, figure]) => {
		const computed = figures.get(key) ?? ZERO;
		return { key, computed, ...compareStated(computed, figure) };
	});
}
