// The engine's public API: evaluate a resolved model, explain and compare its figures, and the
// small pure helpers (years, units, formatting, parsing, rounding) the rest of the app shares.
export { D, ZERO, sum, percent, type Dec } from './decimal';
export * from './years';
export type * from './types';
export type { Explanation, ExplainedInput, InputUnit } from './explain';
export type { BridgeLine, ContextLine, LineKind } from './bridge';
export { closingOf } from './bridge';
export {
	BRIDGE_STEPS,
	BRIDGE_ORDER,
	bridgeRank,
	bridgeLineKeys,
	stepLabel,
	type BridgeStep,
	type BridgeStepKey,
	type BridgeShape
} from './bridge-steps';
export { projectCost, type CostStep, type CostRates } from './costs';
export { inYearEffect } from './qipp';
export type { YearResult, CostLineYear } from './project';
export { costLineExplanation } from './cost-lines';
export type { QippYear, QippExplanations } from './qipp-year';
export type { CarryForward, CarryItem } from './carry-forward';
export { evaluateModel, type ModelResult, type OrganisationResult } from './evaluate';
export type { ConsolidatedYear } from './consolidate';
export { compareStated, type StatedComparison, type StatedStatus } from './stated';
export { toPounds, fromPounds, isMoneyUnit, MONEY_UNITS, UNIT_SYMBOL, type MoneyUnit } from './units';
export { formatAmount, type FormatOptions, type NegativeStyle } from './format';
export { parseAmount, type Parsed } from './parse-amount';
export {
	checkPublishedTable,
	type PublishedTable,
	type PublishedRow,
	type PublishedCell,
	type PublishedRole,
	type TableCheck,
	type ColumnCheck,
	type TotalCheck,
	type ReconcileStatus
} from './reconcile';
export { figuresOf, compareAllStated, type StatedLine } from './figures';
