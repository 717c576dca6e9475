// Numeric inputs written as formulas ("=expression") in the finance model: finding them, and
// replacing each by the literal it evaluates to, in the file's own units, so the rest of the model
// layer only ever sees literals. Which fields are numeric inputs, and what they measure, is marked
// in the schema (numericInputs); every other string is text, whatever it starts with.
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
import { z } from 'zod';
import { formatKey } from './json-path';
import type { Problem, Result } from './problems';
import { modelFileSchema, numericInputs, yearLabel, type InputKind, type NumericInput } from './schema';

export type { InputKind } from './schema';

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

/**
 * A place in the file: the step from its parent (a key, and how it reads: ".base", "[2]",
 * ".acute", '["2017/18"]') and the year key it sits under, if any. Paths are spelt out only for
 * the formulas found, not for every place walked.
 */
interface Place {
	readonly parent?: Place;
	readonly key: string | number;
	readonly step: string;
	readonly year?: string;
}

const pathOf = (place: Place | undefined): (string | number)[] =>
	place === undefined ? [] : [...pathOf(place.parent), place.key];

const whereOf = (place: Place | undefined): string =>
	place === undefined
		? ''
		: place.parent === undefined
			? place.step.replace(/^\./, '')
			: whereOf(place.parent) + place.step;

function formulaAt(
	found: FormulaInput[],
	place: Place,
	node: unknown,
	input: NumericInput,
	shape: InputShape
): void {
	if (typeof node !== 'string' || !node.startsWith('=')) return;
	const text = node.slice(1);
	const parsed = parseFormula(text);
	found.push({
		path: pathOf(place),
		where: whereOf(place),
		text,
		kind: input.kind,
		shape,
		year: place.year,
		parsed: parsed.ok ? parsed : { ok: false, message: parsed.error.message }
	});
}

/** The formulas in one numeric input: the whole field, or (by year) one year's slot. */
function formulasIn(found: FormulaInput[], place: Place, node: unknown, input: NumericInput): void {
	// A figure under a year key (allocation.years["2018/19"].value) takes that year of its formula.
	if (typeof node === 'string')
		return formulaAt(found, place, node, input, place.year ? 'year' : input.shape);
	if (input.shape !== 'byYear' || typeof node !== 'object' || node === null) return;
	for (const [year, value] of Object.entries(node))
		formulaAt(found, { parent: place, key: year, step: formatKey(year), year }, value, input, 'year');
}

/** How the walk reads a schema, worked out once per schema (zod's instanceof and lookups are not free). */
type Plan =
	| { readonly is: 'input'; readonly input: NumericInput }
	| { readonly is: 'none' }
	| { readonly is: 'wrapper'; readonly inner: z.core.$ZodType }
	| { readonly is: 'union'; readonly options: readonly z.core.$ZodType[] }
	| { readonly is: 'array'; readonly element: z.core.$ZodType }
	| { readonly is: 'record'; readonly value: z.core.$ZodType; readonly byYear: boolean }
	| { readonly is: 'object'; readonly fields: readonly [string, z.core.$ZodType][] };

const plans = new WeakMap<z.core.$ZodType, Plan>();

function planOf(schema: z.core.$ZodType): Plan {
	let plan = plans.get(schema);
	if (plan === undefined) {
		plan = makePlan(schema);
		plans.set(schema, plan);
	}
	return plan;
}

/** A part of the file with no numeric inputs (cells, scenarios, stated figures, the layout) is skipped. */
const holdsInputs = (schema: z.core.$ZodType): boolean => planOf(schema).is !== 'none';

function makePlan(schema: z.core.$ZodType): Plan {
	const input = numericInputs.get(schema);
	if (input) return { is: 'input', input };
	const none: Plan = { is: 'none' };
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
		const inner = schema.unwrap() as z.core.$ZodType;
		return holdsInputs(inner) ? { is: 'wrapper', inner } : none;
	}
	if (schema instanceof z.ZodUnion) {
		// The options of a union are told apart by their fields: each walks only the fields it has.
		const options = schema.options.filter(holdsInputs);
		return options.length > 0 ? { is: 'union', options } : none;
	}
	if (schema instanceof z.ZodArray) {
		const element = schema.element as z.core.$ZodType;
		return holdsInputs(element) ? { is: 'array', element } : none;
	}
	if (schema instanceof z.ZodRecord) {
		const value = schema.valueType as z.core.$ZodType;
		return holdsInputs(value) ? { is: 'record', value, byYear: schema.keyType === yearLabel } : none;
	}
	if (schema instanceof z.ZodObject) {
		const fields = Object.entries(schema.shape as Record<string, z.core.$ZodType>).filter(([, field]) =>
			holdsInputs(field)
		);
		return fields.length > 0 ? { is: 'object', fields } : none;
	}
	return none;
}

/** Walk `node` with the schema that validated it, collecting formulas in the fields marked numeric. */
function walk(found: FormulaInput[], schema: z.core.$ZodType, node: unknown, place: Place | undefined): void {
	const plan = planOf(schema);
	if (plan.is === 'input') {
		if (place) formulasIn(found, place, node, plan.input);
		return;
	}
	if (plan.is === 'wrapper') return walk(found, plan.inner, node, place);
	if (plan.is === 'union') {
		for (const option of plan.options) walk(found, option, node, place);
		return;
	}
	if (typeof node !== 'object' || node === null) return;
	if (plan.is === 'array' && Array.isArray(node)) {
		node.forEach((item, i) => {
			const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
			walk(found, plan.element, item, {
				parent: place,
				key: i,
				step: typeof id === 'string' ? `.${id}` : `[${i}]`,
				year: place?.year
			});
		});
	} else if (plan.is === 'record') {
		for (const [key, value] of Object.entries(node)) {
			const step = plan.byYear ? formatKey(key) : `.${key}`;
			walk(found, plan.value, value, { parent: place, key, step, year: plan.byYear ? key : place?.year });
		}
	} else if (plan.is === 'object') {
		const fields = node as Record<string, unknown>;
		for (const [key, field] of plan.fields)
			if (key in fields)
				walk(found, field, fields[key], { parent: place, key, step: `.${key}`, year: place?.year });
	}
}

/** Every formula input in a (validated) model file: the "=..." strings in its numeric input fields. */
export function formulaInputs(file: unknown): FormulaInput[] {
	const found: FormulaInput[] = [];
	walk(found, modelFileSchema, file, undefined);
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
): Result<Record<string, unknown>> {
	// A file with no formulas is its own literal file: no copy of a large plan for nothing.
	if (inputs.length === 0) return { ok: true, value: file };
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
	return problems.length > 0 ? { ok: false, problems } : { ok: true, value: copy };
}
