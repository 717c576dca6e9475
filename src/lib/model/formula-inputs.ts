// Numeric inputs written as formulas ("=expression") anywhere in the finance model: finding them,
// and replacing each by the literal it evaluates to, in the file's own units, so the rest of the
// model layer only ever sees literals.
import {
	fromPounds,
	type MoneyUnit,
	evaluateFormula,
	parseFormula,
	referencedNames,
	type Expr,
	type Value,
	UNIT_LABEL,
	toPenny
} from '../engine/index';
import { formatKey, type Problem } from './problems';

/** What an input measures: money (in the entry unit), £ per head (always pounds), a rate (in percent) or a count. */
export type InputKind = 'money' | 'perHead' | 'rate' | 'count';

/** Where it sits: a single figure, a whole per-year map, or one year's slot in a map. */
export type InputShape = 'scalar' | 'byYear' | 'year';

export interface FormulaInput {
	/** JSON path of the string in the file. */
	readonly path: readonly (string | number)[];
	/** Readable location: organisations.portsmouth.costLines.acute.inflation */
	readonly where: string;
	readonly text: string;
	readonly kind: InputKind;
	readonly shape: InputShape;
	readonly year?: string;
	readonly parsed: { ok: true; ast: Expr } | { ok: false; message: string };
}

const RATE_KEYS = new Set(['activityGrowth', 'inflation', 'efficiency', 'rate', 'growth']);
const PER_YEAR_KEYS = new Set([
	'values',
	'normalisation',
	'population',
	'target',
	'otherPressures',
	'unidentified'
]);
/** Parts of the file that hold no numeric inputs (cells are evaluated as cells). */
const SKIP = new Set(['cells', 'scenarios', 'stated', 'sources', '$schema', 'years']);
const YEAR = /^\d{4}\/\d{2}$/;

function kindOf(keys: readonly string[]): InputKind {
	const meaningful = keys.filter((k) => !YEAR.test(k));
	const last = meaningful.at(-1) ?? '';
	if (meaningful.includes('perHead') && last === 'rate') return 'perHead';
	if (meaningful.includes('qippDeliveryFactors') || RATE_KEYS.has(last)) return 'rate';
	return last === 'population' ? 'count' : 'money';
}

/** Every formula input in a (validated) model file. */
export function formulaInputs(file: unknown): FormulaInput[] {
	const found: FormulaInput[] = [];
	const walk = (node: unknown, path: (string | number)[], keys: string[], where: string) => {
		if (typeof node === 'string') {
			if (!node.startsWith('=')) return;
			const last = keys.at(-1) ?? '';
			// Anywhere under a year key (a year slot, or allocation.years["2018/19"].value) takes that year.
			const year = [...keys].reverse().find((k) => YEAR.test(k));
			const shape: InputShape =
				year !== undefined ? 'year' : PER_YEAR_KEYS.has(last) || RATE_KEYS.has(last) ? 'byYear' : 'scalar';
			const text = node.slice(1);
			const parsed = parseFormula(text);
			found.push({
				path,
				where,
				text,
				kind: kindOf(keys),
				shape,
				year,
				parsed: parsed.ok ? parsed : { ok: false, message: parsed.error.message }
			});
			return;
		}
		if (Array.isArray(node)) {
			node.forEach((item, i) => {
				const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
				walk(item, [...path, i], keys, typeof id === 'string' ? `${where}.${id}` : `${where}[${i}]`);
			});
			return;
		}
		if (typeof node === 'object' && node !== null) {
			for (const [key, child] of Object.entries(node)) {
				if (path.length === 0 && SKIP.has(key)) continue;
				if (key === 'stated') continue;
				walk(
					child,
					[...path, key],
					[...keys, key],
					where === '' ? key : YEAR.test(key) ? `${where}${formatKey(key)}` : `${where}.${key}`
				);
			}
		}
	};
	walk(file, [], [], '');
	return found;
}

/** The names the formula inputs read. */
export function namesReadByInputs(inputs: readonly FormulaInput[]): string[] {
	return [...new Set(inputs.flatMap((i) => (i.parsed.ok ? referencedNames(i.parsed.ast) : [])))];
}

/** A value as the literal string the file would hold, or why it cannot be one. */
function toLiteral(
	value: Value,
	input: FormulaInput,
	unit: MoneyUnit,
	years: readonly string[]
): unknown | { problem: string } {
	if (value.kind === 'error') return { problem: `has an error: ${value.message}` };
	const money = input.kind === 'money' || input.kind === 'perHead';
	// A rate must be a percentage: a plain 2.1 would silently mean 210%.
	const expected = money ? ['money'] : input.kind === 'rate' ? ['percent'] : ['count', 'number'];
	if (!expected.includes(value.unit)) {
		const wanted = money
			? 'an amount in £'
			: input.kind === 'rate'
				? value.unit === 'number'
					? 'a percentage (write 2.1%, not 2.1)'
					: 'a percentage'
				: 'a count';
		return { problem: `gives ${UNIT_LABEL[value.unit]}, but this input needs ${wanted}` };
	}
	// Money in the entry unit, per-head rates always in pounds, rates in percent, counts as they are.
	// Money to the penny (as everything the engine computes), in the entry unit; per-head in pounds.
	const text = (v: ReturnType<typeof fromPounds>) =>
		input.kind === 'money'
			? fromPounds(toPenny(v), unit).toFixed()
			: input.kind === 'perHead'
				? toPenny(v).toFixed()
				: input.kind === 'rate'
					? v.times(100).toFixed()
					: v.toFixed();
	if (input.shape === 'byYear') {
		if (value.kind === 'scalar')
			return input.kind === 'rate' || input.kind === 'perHead'
				? text(value.value)
				: Object.fromEntries(years.map((y) => [y, text(value.value)]));
		return Object.fromEntries(years.map((y, i) => [y, text(value.values[i]!)]));
	}
	if (value.kind === 'scalar') return text(value.value);
	if (input.shape === 'year') {
		const i = years.indexOf(input.year ?? '');
		return i < 0 ? { problem: `${input.year} is not a model year` } : text(value.values[i]!);
	}
	return {
		problem: 'gives one value per year, but this input takes a single value (pick a year with x[2018/19])'
	};
}

/**
 * The file with every formula input replaced by its value, or a problem per input that failed
 * (parse error, error value, wrong unit or shape), each naming where the input is.
 */
export function resolveFormulaInputs(
	file: Record<string, unknown>,
	inputs: readonly FormulaInput[],
	lookup: (name: string) => Value | undefined,
	unit: MoneyUnit,
	years: readonly string[]
): { ok: true; file: Record<string, unknown> } | { ok: false; problems: Problem[] } {
	const copy = structuredClone(file);
	const problems: Problem[] = [];
	for (const input of inputs) {
		if (!input.parsed.ok) {
			problems.push({ path: input.where, message: `formula "=${input.text}": ${input.parsed.message}` });
			continue;
		}
		const literal = toLiteral(evaluateFormula(input.parsed.ast, { years, lookup }), input, unit, years);
		if (typeof literal === 'object' && literal !== null && 'problem' in literal) {
			problems.push({
				path: input.where,
				message: `formula "=${input.text}" ${(literal as { problem: string }).problem}`
			});
			continue;
		}
		let holder: unknown = copy;
		for (const step of input.path.slice(0, -1)) holder = (holder as Record<string | number, unknown>)[step];
		(holder as Record<string | number, unknown>)[input.path.at(-1)!] = literal;
	}
	return problems.length > 0 ? { ok: false, problems } : { ok: true, file: copy };
}
