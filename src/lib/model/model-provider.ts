// The finance model as a provider in the graph of names: it reads the cells its formula inputs
// name, and defines its results (plan view) as per-year money series, e.g. surplus, allocation,
// qipp_required, bridge.inflation; prefixed by organisation (portsmouth.surplus) and, unprefixed,
// for the consolidated total (or the only organisation).
import {
	type Provider,
	evaluateModel,
	type ModelResult,
	errorValue,
	type Value,
	type ModelInput,
	type YearResult,
	type ConsolidatedYear,
	ZERO,
	type Dec
} from '../engine/index';
import { formulaInputs, namesReadByInputs, resolveFormulaInputs } from './formula-inputs';
import { describeProblems, type Problem } from './problems';
import type { ModelFile } from './schema';
import { toEngineInput } from './to-engine';
import { lineName, orgPrefix, resultNames } from './result-names';

/** Per-year results of one organisation-year list (or the consolidated one) as named series. */
function seriesFrom(prefix: string, years: readonly (YearResult | ConsolidatedYear)[]): Map<string, Value> {
	const out = new Map<string, Value>();
	const put = (name: string, pick: (i: number) => Dec | undefined) => {
		out.set(`${prefix}${name}`, {
			kind: 'series',
			unit: 'money',
			values: years.map((_, i) => pick(i) ?? ZERO)
		});
	};
	const line = (i: number, key: string) => years[i]?.lines.find((l) => l.key === key)?.value;
	put('surplus', (i) => line(i, 'closing'));
	put('opening', (i) => line(i, 'opening'));
	put('allocation', (i) => years[i]?.context.find((l) => l.key === 'allocation')?.value);
	put('target', (i) => years[i]?.target);
	put('headroom', (i) => years[i]?.headroom);
	put('qipp_required', (i) => years[i]?.qipp.required);
	put('qipp_identified', (i) => years[i]?.qipp.identified);
	put('qipp_unidentified', (i) => years[i]?.qipp.unidentifiedNeeded);
	const keys = new Set(years.flatMap((y) => y.lines.map((l) => l.key)));
	for (const key of keys) put(lineName(key), (i) => line(i, key));
	return out;
}

function namesFrom(result: ModelResult): Map<string, Value> {
	const out = new Map<string, Value>();
	for (const org of result.organisations)
		for (const [k, v] of seriesFrom(`${orgPrefix(org.id)}`, org.years)) out.set(k, v);
	const total = result.organisations.length === 1 ? result.organisations[0]!.years : result.consolidated;
	for (const [k, v] of seriesFrom('', total)) out.set(k, v);
	return out;
}

/** What the provider worked out on its last compute, for callers that need more than the names. */
export interface ModelRun {
	/** The file with every formula input replaced by its value, when they all evaluated. */
	readonly literals?: ModelFile;
	readonly input?: ModelInput;
	/** The plan view's results, made once for the names and kept for the bridge. */
	readonly plan?: ModelResult;
	readonly problems: readonly Problem[];
}

/**
 * The finance model as a provider of names. After `compute`, `last()` gives what it built (or the
 * problems that stopped it). It checks nothing about the file: that was done when the model was
 * validated, and a formula's value is checked for its input's unit and shape as it is written in
 * (formula-inputs.ts), so the file with formulas replaced is as valid as the one with them.
 */
export function modelProvider(file: ModelFile): Provider & { last(): ModelRun } {
	const inputs = formulaInputs(file);
	const defines = resultNames(file);
	let last: ModelRun = { problems: [] };
	return {
		key: 'model',
		defines,
		reads: namesReadByInputs(inputs),
		last: () => last,
		compute(lookup) {
			const resolved = resolveFormulaInputs(
				file as unknown as Record<string, unknown>,
				inputs,
				lookup,
				file.unit,
				file.years
			);
			if (!resolved.ok) {
				last = { problems: resolved.problems };
				const message = `the model's inputs have problems: ${describeProblems(resolved.problems).split('\n').join('; ')}`;
				return new Map(defines.map((name) => [name, errorValue('upstream', message)]));
			}
			const literals = resolved.value as unknown as ModelFile;
			const input = toEngineInput(literals);
			const plan = evaluateModel(input, 'plan');
			last = { literals, input, plan, problems: [] };
			return namesFrom(plan);
		}
	};
}
