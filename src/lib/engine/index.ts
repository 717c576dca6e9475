// The engine's public API: evaluate a resolved model, explain and compare its figures, and the
// small pure helpers (years, units, formatting, parsing, rounding) the rest of the app shares.
// Code outside the engine imports it only from here (lint rule bridgebook/layers).
export { D, ZERO, sum, percent, toPenny, type Dec } from './decimal';
export * from './years';
export type * from './types';
export { explain, type Explanation, type ExplainedInput, type InputUnit } from './explain';
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
export { inYearEffect, trancheStartMonth } from './qipp';
export type { YearResult, CostLineYear } from './project';
export { costLineExplanation } from './cost-lines';
export type { QippYear, QippExplanations } from './qipp-year';
export type { WorkstreamTotal } from './qipp';
export type { CarryForward, CarryItem } from './carry-forward';
export { evaluateModel, type ModelResult, type OrganisationResult } from './evaluate';
export type { ConsolidatedYear } from './consolidate';
export { compareStated, type StatedComparison } from './stated';
export { agreementOf, type Agreement } from './agreement';
export { crossFoot, type CrossFoot } from './cross-foot';
export { toPounds, fromPounds, isMoneyUnit, MONEY_UNITS, type MoneyUnit } from './units';
export { formatAmount, type FormatOptions, type NegativeStyle } from './format';
export * from './display';
export { parseAmount, type Parsed } from './parse-amount';
export { amountIn, readAmountText, writtenValue, type AmountText } from './money-text';
export {
	checkPublishedTable,
	type PublishedTable,
	type PublishedRow,
	type PublishedCell,
	type PublishedRole,
	type PublishedShape,
	SHAPE_ROLES,
	type TableCheck,
	type ColumnCheck,
	type TotalCheck
} from './reconcile';
export { figuresOf, compareAllStated, type StatedLine } from './figures';
export * from './formula/index';
export { evaluateCells, type Values } from './cells/evaluate';
export type { CellDef, Provider } from './cells/types';
export {
	compileKernel,
	lineValue,
	pounds,
	type Kernel,
	type KernelFigures,
	type KernelRun,
	type CompileResult,
	type RunResult
} from './kernel/kernel';
export { RATE_UNIT as KERNEL_RATE_UNIT } from './kernel/integer';
