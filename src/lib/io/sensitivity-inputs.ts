// The inputs a sensitivity or goal seek may vary, read from the file a scenario sees: by default
// every rate, every named assumption (an input cell) and every QIPP delivery factor; with `all`,
// the money inputs too (cost bases, QIPP scheme values, investments, the opening position). An
// input written as a formula follows what it reads, so it is not varied itself.
import type { Json } from '../model/json-path';
import type { ModelFile } from '../model/schema';

/** What an input measures: a rate in percent (varied in percentage points) or an amount or count. */
export type InputMeasure = 'rate' | 'amount';

export interface SensitivityInput {
	/** The input path, as a scenario override writes it. */
	readonly path: string;
	readonly label: string;
	readonly measure: InputMeasure;
	/** The value as the file writes it: one figure, or one per year. */
	readonly value: Json;
	/** Whether the field may hold one figure per year (so one year can be varied on its own). */
	readonly byYear: boolean;
}

const isLiteral = (value: Json) =>
	typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));

/** A literal figure, or an object of them by year; formulas and "balance" are not varied. */
function variable(value: Json): boolean {
	if (isLiteral(value)) return true;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const figures = Object.values(value);
	return figures.length > 0 && figures.every(isLiteral);
}

const RATES = ['activityGrowth', 'inflation', 'efficiency'] as const;
const RATE_WORDS: Record<(typeof RATES)[number], string> = {
	activityGrowth: 'activity growth',
	inflation: 'inflation',
	efficiency: 'efficiency'
};

/** The inputs of `file` that can be varied, in file order. */
export function sensitivityInputs(file: ModelFile, all = false): SensitivityInput[] {
	const found: SensitivityInput[] = [];
	const add = (path: string, label: string, measure: InputMeasure, value: Json, byYear = true) => {
		if (variable(value)) found.push({ path, label, measure, value, byYear });
	};
	for (const key of RATES)
		add(`assumptions.${key}`, `Assumed ${RATE_WORDS[key]}`, 'rate', file.assumptions[key]);
	for (const rag of ['green', 'amber', 'red', 'unidentified'] as const)
		add(
			`qippDeliveryFactors.${rag}`,
			`Delivery factor, ${rag}`,
			'rate',
			file.qippDeliveryFactors[rag],
			false
		);
	for (const cell of file.cells)
		if (cell.unit !== undefined)
			add(`cells.${cell.id}.value`, cell.name, cell.unit === 'percent' ? 'rate' : 'amount', cell.value);
	const many = file.organisations.length > 1;
	for (const org of file.organisations) {
		const at = `organisations.${org.id}`;
		const of = (label: string) => (many ? `${org.name}: ${label}` : label);
		for (const [year, entry] of Object.entries(org.allocation.years))
			if ('growth' in entry)
				add(
					`${at}.allocation.years.${year}.growth`,
					of(`Allocation growth ${year}`),
					'rate',
					entry.growth,
					false
				);
		for (const line of org.costLines)
			for (const key of RATES)
				add(`${at}.costLines.${line.id}.${key}`, of(`${line.name} ${RATE_WORDS[key]}`), 'rate', line[key]);
		add(`${at}.reserves.contingency.rate`, of('Contingency rate'), 'rate', org.reserves.contingency.rate);
		add(
			`${at}.reserves.nonRecurrent.rate`,
			of('Non-recurrent reserve rate'),
			'rate',
			org.reserves.nonRecurrent.rate
		);
		if (!all) continue;
		add(`${at}.opening.position`, of('Opening position'), 'amount', org.opening.position, false);
		for (const line of org.costLines)
			add(`${at}.costLines.${line.id}.base`, of(`${line.name} base`), 'amount', line.base, false);
		for (const item of org.reserves.investments)
			add(`${at}.reserves.investments.${item.id}.values`, of(item.name), 'amount', item.values);
		for (const scheme of org.qipp.schemes)
			add(`${at}.qipp.schemes.${scheme.id}.values`, of(`QIPP: ${scheme.name}`), 'amount', scheme.values);
	}
	return found;
}
