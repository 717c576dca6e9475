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

/** Line keys in bridge order (DESIGN §2); specific allocations ("specific:<id>") stand at "specific". */
export const BRIDGE_ORDER = [
	'opening',
	'growth_received',
	'normalisation',
	'qipp_full_year_effect',
	'reserve_provisions',
	'activity_growth',
	'inflation',
	'efficiency',
	'other_pressures',
	'contingency',
	'non_recurrent_reserve',
	'specific',
	'qipp',
	'closing'
] as const;

/** A line's place in bridge order, for sorting lines gathered from several organisations. */
export function bridgeRank(key: string): number {
	return (BRIDGE_ORDER as readonly string[]).indexOf(key.startsWith('specific:') ? 'specific' : key);
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
