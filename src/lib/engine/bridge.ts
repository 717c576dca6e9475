// The bridge of one organisation-year: opening, ordered steps, closing. Positive steps improve the
// position. The closing is always opening + sum(steps), computed here and nowhere else.
import { sum, type Dec } from './decimal';
import { explain, type Explanation } from './explain';

export type LineKind = 'opening' | 'step' | 'closing';

export interface BridgeLine {
	readonly kind: LineKind;
	readonly key: string;
	readonly label: string;
	readonly value: Dec;
	readonly explanation: Explanation;
}

/** Figures shown beside the bridge but not part of its sum (allocations, target, QIPP totals). */
export interface ContextLine {
	readonly key: string;
	readonly label: string;
	readonly value: Dec;
	readonly explanation: Explanation;
}

export type StepLine = Omit<BridgeLine, 'kind'>;

/**
 * Assemble a bridge: the closing is the exact sum of opening and steps.
 * @example closeBridge(opening, [step]).at(-1)?.value // opening.value + step.value
 */
export function closeBridge(
	opening: StepLine,
	steps: readonly StepLine[],
	closingLabel = 'Planned in-year surplus/(deficit)'
): BridgeLine[] {
	const closing = opening.value.plus(sum(steps.map((s) => s.value)));
	return [
		{ kind: 'opening', ...opening },
		...steps.map((s) => ({ kind: 'step' as const, ...s })),
		{
			kind: 'closing',
			key: 'closing',
			label: closingLabel,
			value: closing,
			explanation: explain('Opening position plus the sum of every step', () => [
				{ label: opening.label, value: opening.value, unit: 'gbp' },
				...steps.map((s) => ({ label: s.label, value: s.value, unit: 'gbp' as const }))
			])
		}
	];
}

/** The closing line's value. */
export function closingOf(lines: readonly BridgeLine[]): Dec {
	const closing = lines.find((line) => line.kind === 'closing');
	if (!closing) throw new Error('A bridge always has a closing line');
	return closing.value;
}

/**
 * The position before the line `key`: the opening plus every step above it.
 * @example positionBefore(closeBridge(opening, [a, b]), b.key) // opening.value + a.value
 */
export function positionBefore(lines: readonly BridgeLine[], key: string): Dec {
	const at = lines.findIndex((line) => line.key === key);
	if (at < 0) throw new Error(`This bridge has no line "${key}"`);
	return sum(lines.slice(0, at).map((line) => line.value));
}
