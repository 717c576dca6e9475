// The model file format, version 2: zod schemas are the single source of truth for the types,
// the validation messages, the published JSON Schema (static/model.schema.json) and which fields
// are numeric inputs (the only fields that take a formula; every other string is text).
// Version 2 added named cells and formulas ("=expression") in place of any numeric input; version 3
// added the notebook layout (the order of text, inputs, tables and charts on the page).
import { z } from 'zod';
import { isValidName } from '../engine/index';
import { FISCAL_YEAR_PATTERN } from '../engine/index';

export const SCHEMA_VERSION = 3;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** A literal decimal written as a string ("306.3") or, for convenience, a JSON number. */
const literal = z
	.union(
		[
			z.string().regex(DECIMAL, {
				error: (issue) =>
					`"${String(issue.input)}" is not a plain decimal number: write digits with an optional minus and decimal point, no commas, £ or units (e.g. 306.3)`
			}),
			z.number()
		],
		{
			error:
				'must be a decimal number such as 306.3 (digits, an optional minus and decimal point; no commas or units)'
		}
	)
	.describe('A decimal number, as a string ("306.3") to keep it exact, or a JSON number');

/** "=" then an expression over named cells and model results (docs/formulas.md). */
export const formulaInput = z
	.string()
	.regex(/^=/)
	.describe('A formula: "=" then an expression over named cells, e.g. "=tariff_inflation + 0.5%"');

/** A numeric input: a literal decimal, or a formula ("=..."). One string branch, so its message is specific. */
export const decimal = z
	.union(
		[
			z.string().regex(/^(=|-?\d+(\.\d+)?$)/, {
				error: (issue) =>
					`"${String(issue.input)}" is not a plain decimal number: write digits with an optional minus and decimal point, no commas, £ or units (e.g. 306.3), or a formula starting with =`
			}),
			z.number()
		],
		{ error: 'must be a decimal number such as 306.3, or a formula starting with =' }
	)
	.describe('A decimal number ("306.3" or 306.3) or a formula ("=tariff_inflation + 0.5%")');

/** What a numeric input measures: money (in the entry unit), £ per head (always pounds), a rate (in percent) or a count. */
export type InputKind = 'money' | 'perHead' | 'rate' | 'count';

/** A numeric input's field: one figure, or a figure per year (one value or formula may stand for them all). */
export interface NumericInput {
	readonly kind: InputKind;
	readonly shape: 'scalar' | 'byYear';
}

/**
 * The numeric input fields of the format, with what they measure. Only these take formulas
 * (formulaInputs walks the schema and reads them from here); names, labels, notes and text are
 * text whatever they start with.
 */
export const numericInputs = z.registry<NumericInput>();

/** Mark `field` as a numeric input (copies made from it later, by describe() say, keep the mark). */
function numeric<T extends z.ZodType>(field: T, kind: InputKind, shape: NumericInput['shape']): T {
	numericInputs.add(field, { kind, shape });
	return field;
}

/** A copy of `field` (so marking it leaves `field` alone), with a description when given. */
const copy = <T extends z.ZodType>(field: T, description?: string): T =>
	description === undefined ? (field.clone() as T) : field.describe(description);

/** One amount (or formula) in the entry unit. */
const amount = (description?: string) => numeric(copy(decimal, description), 'money', 'scalar');

/** One percentage (or formula), "2.1" meaning 2.1%. */
const percent = (description?: string) => numeric(copy(decimal, description), 'rate', 'scalar');

export const yearLabel = z
	.string()
	.regex(new RegExp(FISCAL_YEAR_PATTERN), { error: 'must be a financial year such as 2017/18' })
	.describe('NHS financial year, April to March, e.g. "2017/18"');

const perYear = <T extends z.ZodType>(value: T) => z.record(yearLabel, value);

/** Money per year, in the model's entry unit (a missing year means zero), or one formula for every year. */
const moneyByYear = (
	description = "Amounts by financial year, in the model's entry unit, or a formula giving one per year"
) => numeric(z.union([perYear(decimal), formulaInput]).describe(description), 'money', 'byYear');

/** One value for every year or one per year: a rate in percent ("2.1" means 2.1%), or £ per head. */
const rateInput = z.union([decimal, perYear(decimal)]);
const rate = numeric(
	rateInput.describe('A rate in percent ("2.1" means 2.1%): one value for all years, or an object by year'),
	'rate',
	'byYear'
);

const id = z
	.string()
	.regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'must be a short id of lower-case letters, digits, - or _' })
	.describe('Stable identifier, used in scenario override paths');

const month = z.string().regex(/^M(0[1-9]|1[0-2])$/, { error: 'must be a month M01 (April) to M12 (March)' });

const namedAmounts = z
	.object({
		id,
		name: z.string().min(1),
		recurrent: z.boolean(),
		values: moneyByYear()
	})
	.strict();

const costLine = z
	.object({
		id,
		name: z.string().min(1),
		tariff: z.boolean().describe('Tariff-based lines carry the efficiency deflator'),
		base: amount('Cost in the year before the model starts'),
		activityGrowth: rate.optional(),
		inflation: rate.optional(),
		efficiency: rate.optional(),
		otherPressures: moneyByYear().optional(),
		note: z.string().optional()
	})
	.strict();

const percentReserve = z
	.object({
		rate,
		base: z
			.enum(['current', 'prior'], {
				error: 'must be "current" (this year\'s allocation) or "prior" (last year\'s)'
			})
			.describe("current: this year's allocation; prior: last year's recurrent allocation"),
		label: z.string().optional()
	})
	.strict();

const perHeadItem = z
	.object({
		id,
		name: z.string().min(1),
		recurrent: z.boolean(),
		rate: numeric(rateInput.describe('£ per registered head (always in pounds)'), 'perHead', 'byYear')
	})
	.strict();

const rag = z.enum(['green', 'amber', 'red'], { error: 'must be green, amber or red' });

const scheme = z
	.object({
		id,
		name: z.string().min(1),
		workstream: z.string().min(1),
		rag,
		startMonth: z
			.union([month, perYear(month)], {
				error: 'must be a month M01 (April) to M12 (March), or one per year: {"2026/27": "M07"}'
			})
			.describe("The first tranche's start month (later tranches start in M01), or each tranche's by year")
			.default('M01'),
		recurrent: z.boolean(),
		values: moneyByYear('Full-year saving planned in each year')
	})
	.strict();

const unidentified = z.union([decimal, z.literal('balance')]).describe('"balance" or an amount');

/** Published figures by year and line key, each a decimal string as printed. */
const statedFigures = () =>
	perYear(
		z.record(
			z.string(),
			z.string().regex(/^-?\d+(\.\d+)?$/, { error: 'must be a decimal string as printed, e.g. "0.0"' })
		)
	).default({});

const organisation = z
	.object({
		id,
		name: z.string().min(1),
		allocation: z
			.object({
				priorRecurrent: amount('Recurrent allocation of the year before the model starts'),
				years: perYear(
					z.union([z.object({ value: amount() }).strict(), z.object({ growth: percent() }).strict()], {
						error: 'must be {"value": amount} or {"growth": percent}'
					})
				).default({})
			})
			.strict(),
		specificAllocations: z.array(namedAmounts).default([]),
		opening: z
			.object({
				position: amount('Underlying surplus/(deficit) brought into the first year'),
				label: z.string().optional()
			})
			.strict(),
		normalisation: moneyByYear().default({}),
		population: numeric(z.union([perYear(decimal), formulaInput]), 'count', 'byYear')
			.default({})
			.describe('Registered population by year (a count)'),
		costLines: z.array(costLine).default([]),
		reserves: z
			.object({
				contingency: percentReserve,
				nonRecurrent: percentReserve,
				investments: z.array(namedAmounts).default([]),
				perHead: z.array(perHeadItem).default([])
			})
			.strict(),
		qipp: z
			.object({
				schemes: z.array(scheme).default([]),
				unidentified: numeric(z.union([perYear(unidentified), formulaInput]), 'money', 'byYear')
					.default({})
					.describe(
						'Unidentified QIPP per year: "balance" (default) balances the plan to its target; an amount is taken as stated'
					)
			})
			.strict()
			.default({ schemes: [], unidentified: {} }),
		target: moneyByYear().default({}).describe('Planned surplus/(deficit), the control total'),
		stated: statedFigures().describe(
			'Published figures by year and line key, as printed (strings keep the printed precision)'
		)
	})
	.strict();

/**
 * A range an input may take, for simulation: in the input's own terms (a rate in percent, an
 * amount in the entry unit). Every draw is rounded to 0.01 percentage point or to the penny.
 */
export const distribution = z
	.discriminatedUnion(
		'type',
		[
			z
				.object({ type: z.literal('triangular'), low: literal, mode: literal, high: literal })
				.strict()
				.describe('Low, most likely and high'),
			z
				.object({
					type: z.literal('normal'),
					mean: literal,
					sd: literal.describe('Standard deviation, in the same terms as the mean'),
					low: literal.optional().describe('Draws below this are not taken (the normal is truncated)'),
					high: literal.optional().describe('Draws above this are not taken')
				})
				.strict(),
			z.object({ type: z.literal('uniform'), low: literal, high: literal }).strict(),
			z
				.object({
					type: z.literal('discrete'),
					values: z
						.array(
							z.object({ value: literal, weight: literal.describe('Relative weight, above 0') }).strict()
						)
						.min(1, { error: 'must list at least one value' })
				})
				.strict()
				.describe('A list of values, each with a weight')
		],
		{ error: 'must be a distribution of type triangular, normal, uniform or discrete' }
	)
	.describe('The values an input may take: triangular, normal, uniform or a weighted list');

/** One input's range: the input path (as a scenario override writes it) and its distribution. */
const range = z
	.object({
		path: z
			.string()
			.min(1)
			.describe(
				'Input path, as an override writes it: assumptions.inflation, cells.tariff_uplift.value, organisations.north.costLines.acute.base'
			),
		distribution
	})
	.strict();

/**
 * The model's uncertainty: ranges on inputs, and the delivery of QIPP by RAG rating (a draw of
 * the delivery factor, in percent, per iteration). A scenario's uncertainty adds to its parent's.
 */
const uncertainty = z
	.object({
		ranges: z.array(range).default([]).describe('Ranges on inputs; a later range on the same path wins'),
		delivery: z
			.object({
				green: distribution.optional(),
				amber: distribution.optional(),
				red: distribution.optional(),
				unidentified: distribution.optional()
			})
			.strict()
			.default({})
			.describe('Delivery factor (percent) by RAG rating; a rating left out takes the default range')
	})
	.strict()
	.describe('Ranges for simulation (bridgebook simulate, the Monte Carlo block)');

/** A plain decimal written as a string, for a relative change. */
const plainDecimal = z.string().regex(/^-?\d+(\.\d+)?$/, {
	error: 'must be a plain decimal number such as 1 or -0.5 or 0.9'
});

/** What a scenario does to an input: exactly one of set, add to, or multiply its parent's value. */
const change = {
	value: z.unknown().optional().describe('The new value, in the same form as the file'),
	add: plainDecimal
		.optional()
		.describe("Added to the parent's value: percentage points on a rate, the entry unit on an amount"),
	times: plainDecimal.optional().describe('The parent\'s value times this, e.g. "0.9" for 10% less')
};
const oneChange = (o: { value?: unknown; add?: string; times?: string }) =>
	[o.value, o.add, o.times].filter((v) => v !== undefined).length === 1;
const ONE_CHANGE = { error: 'must give exactly one of "value", "add" or "times"' };

const pathOverride = z
	.object({
		path: z
			.string()
			.min(1)
			.describe(
				'Dotted path of the input, array items named by id: organisations.portsmouth.reserves.contingency.rate'
			),
		...change
	})
	.strict()
	.refine(oneChange, ONE_CHANGE);

/** The fields a change to a set of rows may move, by the list the rows are in. */
export const SET_FIELDS = {
	costLines: ['activityGrowth', 'inflation', 'efficiency'],
	schemes: ['values']
} as const;
export type SetList = keyof typeof SET_FIELDS;

/** One change to every row of a list that matches: "red schemes deliver 0%", "tariff lines +0.5 pp". */
const setOverride = z
	.object({
		each: z.enum(['costLines', 'schemes'], { error: 'must be "costLines" or "schemes"' }),
		organisation: id.optional().describe('Only this organisation; every organisation when left out'),
		where: z
			.object({
				tariff: z.boolean().optional(),
				rag: rag.optional(),
				workstream: z.string().optional(),
				recurrent: z.boolean().optional()
			})
			.strict()
			.default({})
			.describe('Which rows: those whose fields equal these (every row when empty)'),
		field: z.string().describe('The field of each row moved: a cost line rate, or a scheme\'s "values"'),
		...change
	})
	.strict()
	.refine(oneChange, ONE_CHANGE)
	.refine((s) => (SET_FIELDS[s.each] as readonly string[]).includes(s.field), {
		error:
			'names a field the rows do not have (cost lines: activityGrowth, inflation, efficiency; schemes: values)',
		path: ['field']
	});

/** A scenario's change: one input by `path`, or every matching row of a list by `each`. */
const override = z.union([pathOverride, setOverride]);

const scenario = z
	.object({
		id,
		name: z.string().min(1),
		parent: id.describe('The scenario this one starts from: "baseline" or another scenario id'),
		description: z.string().optional(),
		overrides: z
			.array(override)
			.default([])
			.describe('Changes in order, each from the value the ones before it leave (a later change wins)'),
		uncertainty: uncertainty
			.optional()
			.describe("Ranges added to the parent's (the same path or rating replaced)")
	})
	.strict();

const cellName = z.string().refine(isValidName, {
	error:
		'must be a name of letters, digits and _ starting with a letter or _ (dots join names, as in north.surplus)'
});

/**
 * A named cell: an input (a unit and one value, or one per model year; money in the entry unit,
 * percent as written) or a formula (written without the leading "="). One object, so a mistake is
 * reported on the field that has it.
 */
export const cell = z
	.object({
		id,
		name: cellName,
		unit: z
			.enum(['money', 'percent', 'count', 'number'], { error: 'must be money, percent, count or number' })
			.optional(),
		value: z
			.union([formulaInput, literal, perYear(literal)], {
				error:
					'must be a decimal number such as 2.1 (no commas or units), one per year, or a formula starting with ='
			})
			.describe('One value, one per year, or a formula "=..." (e.g. set by a scenario override)')
			.optional(),
		formula: z.string().optional().describe('An expression over named values, without the leading "="'),
		note: z.string().optional()
	})
	.strict()
	.superRefine((c, ctx) => {
		if (c.formula !== undefined) {
			if (c.value !== undefined || c.unit !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['formula'],
					message: 'a cell has either a formula, or a unit and a value, not both'
				});
			}
			return;
		}
		if (c.unit === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['unit'],
				message: 'is missing: money, percent, count or number (or give a formula)'
			});
		if (c.value === undefined)
			ctx.addIssue({ code: 'custom', path: ['value'], message: 'is missing (or give a formula)' });
	});

/** The outputs a tornado or a goal seek can read: the comparison's measures that move with an input. */
const outputMeasure = z.enum(['risk_surplus', 'surplus', 'risk_gap', 'gap', 'qipp_unidentified']);
export const OUTPUT_MEASURES = outputMeasure.options;

const collapsed = z.boolean().optional().describe('Shown folded to its title');
const blockOrganisation = z
	.string()
	.min(1)
	.optional()
	.describe('An organisation id or "consolidated"; the first organisation when left out');
const blockYear = yearLabel.optional().describe("The model's first year when left out");
const blockScenario = id.optional().describe('A scenario id; the scenario chosen in the bar when left out');
const blockView = z.enum(['plan', 'risk']).optional().describe('Plan (default) or risk-adjusted');
const orgBlock = <T extends string>(type: T) =>
	z.object({ id, type: z.literal(type), organisation: id, collapsed }).strict();
const figureFields = <T extends string>(type: T) => ({
	id,
	type: z.literal(type),
	year: blockYear,
	organisation: blockOrganisation,
	scenario: blockScenario,
	view: blockView,
	collapsed
});
const figureBlock = <T extends string>(type: T) => z.object(figureFields(type)).strict();
const colourBy = z
	.enum(['workstream', 'rag'])
	.optional()
	.describe('QIPP chart segments by workstream (default) or by RAG rating');

/**
 * One block of the notebook page, in reading order: narrative, a named cell, an organisation's
 * inputs, or a table or chart of results. Blocks refer to model content by id; they hold no figures.
 */
export const block = z.discriminatedUnion(
	'type',
	[
		z.object({ id, type: z.literal('text'), text: z.string().describe('Markdown'), collapsed }).strict(),
		z
			.object({ id, type: z.literal('cell'), cell: id.describe('The id of a named cell'), collapsed })
			.strict(),
		orgBlock('inputs'),
		orgBlock('costLines'),
		orgBlock('reserves'),
		orgBlock('qipp'),
		figureBlock('bridge'),
		figureBlock('qippTable'),
		figureBlock('waterfall'),
		z.object({ ...figureFields('qippChart'), colourBy }).strict(),
		figureBlock('positionChart'),
		z
			.object({
				id,
				type: z.literal('compare'),
				scenarios: z
					.array(id)
					.min(2)
					.max(5)
					.optional()
					.describe('2 to 5 scenario ids; the baseline and the first scenarios when left out'),
				base: id.optional().describe('The scenario the others are compared with; the first when left out'),
				year: blockYear,
				organisation: blockOrganisation,
				collapsed
			})
			.strict(),
		z
			.object({
				id,
				type: z.literal('tornado'),
				measure: outputMeasure
					.optional()
					.describe('The output whose swings are shown; the risk-adjusted surplus/(deficit) when left out'),
				year: blockYear,
				organisation: blockOrganisation,
				scenario: blockScenario,
				collapsed
			})
			.strict()
			.describe(
				'A tornado: each rate, named assumption and QIPP delivery factor moved on its own (rates ± 1 percentage point, amounts ± 10%), sorted by the swing of the output'
			),
		z
			.object({
				id,
				type: z.literal('goalSeek'),
				input: z
					.string()
					.min(1)
					.optional()
					.describe('The input path to change; the first rate or named assumption when left out'),
				target: z
					.string()
					.regex(/^-?\d+(\.\d+)?$/)
					.optional()
					.describe('The output wanted, in pounds (a decimal string); 0 (break even) when left out'),
				measure: outputMeasure.optional(),
				year: blockYear,
				organisation: blockOrganisation,
				collapsed
			})
			.strict()
			.describe(
				'Goal seek: the value of one input that sets the output to a target, applied to the scenario in the bar in one click'
			),
		z
			.object({
				id,
				type: z.literal('simulation'),
				runs: z.number().int().min(100).max(100_000).optional().describe('Iterations; 10,000 when left out'),
				seed: z.number().int().min(0).max(0xffffffff).optional().describe('The seed; 1 when left out'),
				year: blockYear.describe(
					'The year whose histogram and drivers are shown; the last year when left out'
				),
				organisation: blockOrganisation,
				scenario: blockScenario,
				collapsed
			})
			.strict()
			.describe(
				"Monte Carlo: the model's ranges drawn many times; P10/P50/P90 of the risk-adjusted position, the chance of meeting the control total, histogram, fan chart and drivers"
			)
	],
	{
		error:
			'must be a block of type text, cell, inputs, costLines, reserves, qipp, bridge, qippTable, waterfall, qippChart, positionChart, compare, tornado, goalSeek or simulation'
	}
);

export const modelFileSchema = z
	.object({
		$schema: z.string().optional(),
		schemaVersion: z.literal(SCHEMA_VERSION, { error: `must be ${SCHEMA_VERSION}` }),
		name: z.string().min(1),
		description: z.string().optional(),
		illustrative: z.boolean().optional().describe('True for made-up figures that must be labelled as such'),
		sources: z.array(z.string()).optional(),
		unit: z
			.enum(['gbp', 'k', 'm'], { error: 'must be "gbp" (£), "k" (£k) or "m" (£m)' })
			.describe('Entry unit of every amount in the file'),
		years: z
			.array(yearLabel)
			.min(1, { error: 'must list at least one year' })
			.max(10, { error: 'may list at most 10 years' }),
		convention: z.enum(['multiplicative', 'additive']).default('multiplicative'),
		assumptions: z
			.object({ activityGrowth: rate.optional(), inflation: rate.optional(), efficiency: rate.optional() })
			.strict()
			.default({}),
		qippDeliveryFactors: z
			.object({ green: percent(), amber: percent(), red: percent(), unidentified: percent() })
			.strict()
			.default({ green: '100', amber: '75', red: '50', unidentified: '0' })
			.describe('Percent of each RAG rating expected to be delivered, for the risk-adjusted view'),
		cells: z.array(cell).default([]).describe('Named inputs and formulas'),
		organisations: z.array(organisation).min(1, { error: 'must hold at least one organisation' }),
		statedTotal: statedFigures()
			.optional()
			.describe(
				"Published figures of the organisations' total (the consolidated column), by year and line key, as printed"
			),
		uncertainty: uncertainty.optional(),
		scenarios: z.array(scenario).default([]),
		notebook: z
			.array(block)
			.optional()
			.describe('The notebook page, block by block; a standard layout is used when left out')
	})
	.strict();

export type ModelFile = z.infer<typeof modelFileSchema>;
export type OrganisationFile = ModelFile['organisations'][number];
export type ScenarioFile = ModelFile['scenarios'][number];
export type CellFile = ModelFile['cells'][number];
export type BlockFile = NonNullable<ModelFile['notebook']>[number];
export type BlockType = BlockFile['type'];
export type Override = ScenarioFile['overrides'][number];
export type PathOverride = Extract<Override, { path: string }>;
export type SetOverride = Extract<Override, { each: string }>;
export type Distribution = z.infer<typeof distribution>;
export type Uncertainty = z.infer<typeof uncertainty>;
export type RangeFile = Uncertainty['ranges'][number];
