// The bridge lines, one record each, in bridge order (docs/finance-model.md): key, default label, when the line
// is present, and how its value and explanation follow from the year's figures. Result names,
// statable keys, consolidation order and sheet labels are all read from this table.
import { closeBridge, type BridgeLine, type StepLine } from './bridge';
import { ZERO, type Dec } from './decimal';
import { explain, type Explanation } from './explain';
import type { CostLineYear } from './cost-lines';
import { amountIn } from './per-year';
import { qippYear } from './qipp-year';
import type { StepYear } from './step-year';
import type { PriceConvention } from './types';

/** What the table needs to know of an organisation to say which lines it has (a model file's or the engine's). */
export interface BridgeShape {
	readonly costLines: readonly { readonly otherPressures?: unknown }[];
	readonly specificAllocations: readonly { readonly id: string }[];
}

/** One line of a bridge step, before it is placed: its label, value and explanation. */
interface Made {
	/** The label, when not the step's default (a reserve's own label, a specific allocation's name). */
	readonly label?: string;
	readonly value: Dec;
	readonly explanation: Explanation;
}

export interface BridgeStep {
	readonly key: string;
	/** The line's label unless the model names it, or the line names its year or item. */
	readonly label: string;
	/** True when the line is in the bridge of `org` in the model's year at `yearIndex`. */
	readonly present: (org: BridgeShape, yearIndex: number) => boolean;
	/** A step made once per item: its lines are keyed "<key>:<item id>" (specific allocations). */
	readonly items?: (org: BridgeShape) => readonly { readonly id: string }[];
	/**
	 * The line (or one per item) in year `y`; `before` is the position before it (the opening plus
	 * the lines above). The closing has none: `closeBridge` adds the lines up.
	 */
	readonly lines?: (y: StepYear, before: Dec) => readonly Made[];
}

const always = () => true;
const one =
	(make: (y: StepYear, before: Dec) => Made) =>
	(y: StepYear, before: Dec): readonly Made[] => [make(y, before)];

/**
 * The explanation of a cost step, its formula in words by price convention: one input per cost
 * line (or per tariff-based line), made only when someone reads it.
 */
function costStep(
	y: StepYear,
	formula: string | Readonly<Record<PriceConvention, string>>,
	pick: (c: CostLineYear) => Dec,
	field: string,
	tariffOnly = false
): Explanation {
	return explain(typeof formula === 'string' ? formula : formula[y.model.convention], () =>
		y.costs.costLines
			.filter((_, i) => !tariffOnly || y.org.costLines[i]?.tariff)
			.map((c) => ({
				label: c.name,
				value: pick(c),
				unit: 'gbp' as const,
				source: `${y.source}.costLines.${c.id}.${field}`
			}))
	);
}

const CONTINGENCY = 'Contingency';
const NON_RECURRENT_RESERVE = 'Non-recurrent (risk) reserve';

/** Every bridge line, in bridge order. */
export const BRIDGE_STEPS = [
	{
		key: 'opening',
		label: 'Underlying position brought forward',
		present: always,
		lines: one((y) => ({
			label:
				y.index === 0
					? (y.org.openingLabel ?? `Underlying position ${y.lastYear}`)
					: `Underlying position b/f from ${y.lastYear}`,
			value: y.start.opening,
			explanation: y.start.explanation
		}))
	},
	{
		key: 'growth_received',
		label: 'Growth received',
		present: always,
		lines: one((y) => {
			const { allocation } = y.allocation;
			const prior = y.start.priorRecurrent;
			return {
				value: allocation.minus(prior),
				explanation: explain("This year's allocation minus last year's recurrent allocation", [
					{
						label: `Allocation ${y.year}`,
						value: allocation,
						unit: 'gbp',
						source: `${y.source}.allocation.years.${y.year}`
					},
					{
						label: `Recurrent allocation ${y.lastYear}`,
						value: prior,
						unit: 'gbp',
						source:
							y.index === 0
								? `${y.source}.allocation.priorRecurrent`
								: `${y.source}.allocation.years.${y.lastYear}`
					}
				])
			};
		})
	},
	{
		key: 'normalisation',
		label: 'Normalisation',
		present: always,
		lines: one((y) => {
			const value = amountIn(y.org.normalisation, y.year);
			return {
				value,
				explanation: explain('Normalisation adjustment as entered', [
					{ label: 'Normalisation', value, unit: 'gbp', source: `${y.source}.normalisation.${y.year}` }
				])
			};
		})
	},
	{
		key: 'qipp_full_year_effect',
		label: "Full-year effect of last year's QIPP",
		// Last year's schemes are outside the model in its first year.
		present: (_, yearIndex) => yearIndex > 0,
		lines: one((y) => {
			const last = y.lastSchemes?.schemes ?? [];
			return {
				value: y.lastSchemes?.fullYearEffect ?? ZERO,
				explanation: explain(
					y.view === 'plan'
						? "Sum over last year's recurrent schemes of full-year saving minus in-year effect"
						: "Sum over last year's recurrent schemes of (full-year saving minus in-year effect) x delivery factor",
					// One input per scheme: made only when someone reads the explanation.
					() =>
						last
							.filter(({ scheme, fullYear }) => scheme.recurrent && !fullYear.isZero())
							.map(({ scheme, fullYear, inYear }) => ({
								label: `${scheme.name}: full-year saving less last year's in-year effect`,
								value: fullYear.minus(inYear),
								unit: 'gbp' as const,
								source: `${y.source}.qipp.schemes.${scheme.id}.values.${y.lastYear}`
							}))
				)
			};
		})
	},
	{
		key: 'reserve_provisions',
		label: 'Reserve provisions',
		present: always,
		lines: one((y) => ({ value: y.provisions.amount.neg(), explanation: y.provisions.explanation }))
	},
	{
		key: 'activity_growth',
		label: 'Activity growth',
		present: always,
		lines: one((y) => ({
			value: y.costs.totals.activity.neg(),
			explanation: costStep(
				y,
				'Sum over cost lines of base x activity growth',
				(c) => c.activity,
				'activityGrowth'
			)
		}))
	},
	{
		key: 'inflation',
		label: 'Inflation',
		present: always,
		lines: one((y) => ({
			value: y.costs.totals.inflation.neg(),
			explanation: costStep(
				y,
				{
					multiplicative: 'Sum over cost lines of base x (1 + activity growth) x inflation (multiplicative)',
					additive: 'Sum over cost lines of base x inflation (additive)'
				},
				(c) => c.inflation,
				'inflation'
			)
		}))
	},
	{
		key: 'efficiency',
		label: 'Efficiency',
		present: always,
		lines: one((y) => ({
			value: y.costs.totals.efficiency,
			explanation: costStep(
				y,
				{
					multiplicative:
						'Sum over tariff-based cost lines of base x (1 + activity growth) x (1 + inflation) x efficiency deflator (multiplicative)',
					additive: 'Sum over tariff-based cost lines of base x efficiency deflator (additive)'
				},
				(c) => c.efficiency,
				'efficiency',
				true
			)
		}))
	},
	{
		key: 'other_pressures',
		label: 'Other cost pressures',
		// Shown only when some cost line has other pressures (in any year).
		present: (org) => org.costLines.some((line) => line.otherPressures !== undefined),
		lines: one((y) => ({
			value: y.costs.totals.pressures.neg(),
			explanation: costStep(
				y,
				'Sum of other cost pressures entered on cost lines',
				(c) => c.pressures,
				`otherPressures.${y.year}`
			)
		}))
	},
	{
		key: 'contingency',
		label: CONTINGENCY,
		present: always,
		lines: one((y) => ({
			label: y.org.contingency.label ?? CONTINGENCY,
			value: y.contingency.amount.neg(),
			explanation: y.contingency.explanation
		}))
	},
	{
		key: 'non_recurrent_reserve',
		label: NON_RECURRENT_RESERVE,
		present: always,
		lines: one((y) => ({
			label: y.org.nonRecurrentReserve.label ?? NON_RECURRENT_RESERVE,
			value: y.nonRecurrent.amount.neg(),
			explanation: y.nonRecurrent.explanation
		}))
	},
	{
		key: 'specific',
		label: 'Specific allocation',
		present: always,
		items: (org) => org.specificAllocations,
		lines: (y) =>
			y.specifics.map(({ item, amount, previous }) => {
				const change = item.recurrent && !previous.isZero();
				return {
					label: item.name,
					value: amount,
					explanation: explain(
						change
							? "Recurrent specific allocation: this year's level less last year's"
							: `Specific allocation as entered (${item.recurrent ? 'recurrent' : 'non-recurrent'})`,
						[
							{
								label: item.name,
								value: amount.plus(previous),
								unit: 'gbp',
								source: `${y.source}.specificAllocations.${item.id}.values.${y.year}`
							},
							...(change ? [{ label: `${item.name} last year`, value: previous, unit: 'gbp' as const }] : [])
						]
					)
				};
			})
	},
	{
		key: 'qipp',
		label: 'QIPP',
		present: always,
		lines: one((y, before) => {
			// The requirement, and so a balancing unidentified figure, is measured against `before`.
			const qipp = qippYear(y, before);
			return {
				value: qipp.counted,
				explanation: explain(
					y.view === 'plan'
						? 'Sum over schemes of full-year saving x months remaining from the start month / 12, plus unidentified QIPP'
						: 'Sum over schemes of in-year effect x delivery factor by RAG, plus unidentified QIPP x its factor',
					() => [
						...qipp.schemes
							.filter((s) => !s.fullYear.isZero())
							.map((s) => ({
								label: `${s.scheme.name} (${s.scheme.rag}, from M${String(s.startMonth).padStart(2, '0')})`,
								value: s.counted,
								unit: 'gbp' as const,
								source: `${y.source}.qipp.schemes.${s.scheme.id}.values.${y.year}`
							})),
						{
							label: qipp.unidentifiedStated
								? 'Unidentified QIPP (as entered)'
								: 'Unidentified QIPP (balances to target)',
							value: qipp.unidentifiedCounted,
							unit: 'gbp',
							source: `${y.source}.qipp.unidentified.${y.year}`
						}
					]
				)
			};
		})
	},
	{ key: 'closing', label: 'Planned in-year surplus/(deficit)', present: always }
] as const satisfies readonly BridgeStep[];

/** A bridge step's key; a step made per item stands for all its lines ("specific"). */
export type BridgeStepKey = (typeof BRIDGE_STEPS)[number]['key'];

/** Step keys in bridge order. */
export const BRIDGE_ORDER: readonly BridgeStepKey[] = BRIDGE_STEPS.map((step) => step.key);

const BY_KEY = new Map<string, BridgeStep>(BRIDGE_STEPS.map((step) => [step.key, step]));

/** The step a line key belongs to: "specific:ir" belongs to "specific", a step made per item. */
function stepOf(lineKey: string): BridgeStep | undefined {
	const own = BY_KEY.get(lineKey);
	if (own) return own;
	const colon = lineKey.indexOf(':');
	const family = colon > 0 ? BY_KEY.get(lineKey.slice(0, colon)) : undefined;
	return family?.items ? family : undefined;
}

/**
 * A line's place in bridge order, for sorting lines gathered from several organisations; -1 for a
 * key that is not a bridge line.
 * @example bridgeRank('specific:ir') === bridgeRank('specific') // true
 */
export function bridgeRank(lineKey: string): number {
	const step = stepOf(lineKey);
	return step ? BRIDGE_ORDER.indexOf(step.key as BridgeStepKey) : -1;
}

/**
 * A step's default label.
 * @example stepLabel('non_recurrent_reserve') // 'Non-recurrent (risk) reserve'
 */
export function stepLabel(key: BridgeStepKey): string {
	return BY_KEY.get(key)!.label;
}

/** The keys of the lines a step makes for `org`: its own key, or one per item. */
function lineKeysOf(step: BridgeStep, org: BridgeShape): string[] {
	return step.items ? step.items(org).map((item) => `${step.key}:${item.id}`) : [step.key];
}

/**
 * The keys of every line the bridge of `org` has in some year of a model of `yearCount` years, in
 * bridge order (specific allocations as "specific:<id>").
 */
export function bridgeLineKeys(org: BridgeShape, yearCount: number): string[] {
	const indices = Array.from({ length: yearCount }, (_, i) => i);
	return BRIDGE_STEPS.filter((step) => indices.some((i) => step.present(org, i))).flatMap((step) =>
		lineKeysOf(step, org)
	);
}

/** The bridge of year `y`: every present step's lines, in table order, closed by `closeBridge`. */
export function bridgeLines(y: StepYear): BridgeLine[] {
	const lines: StepLine[] = [];
	let before = ZERO;
	for (const step of BRIDGE_STEPS as readonly BridgeStep[]) {
		if (!step.lines || !step.present(y.org, y.index)) continue;
		const made = step.lines(y, before);
		const keys = lineKeysOf(step, y.org);
		made.forEach((line, i) => {
			lines.push({
				key: keys[i]!,
				label: line.label ?? step.label,
				value: line.value,
				explanation: line.explanation
			});
			before = before.plus(line.value);
		});
	}
	const [opening, ...steps] = lines;
	if (!opening) throw new Error('A bridge always has an opening line');
	return closeBridge(opening, steps, stepLabel('closing'));
}
