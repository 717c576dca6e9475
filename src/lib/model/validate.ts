// Checks a file's meaning once its shape is right: consecutive years, years inside the model,
// unique ids, known stated-figure keys, scenario parents. Returns every problem, not the first.
import { areConsecutive, isFiscalYear, looksLikeYear } from '../engine/index';
import { isStatableKey } from './line-keys';
import { resultNames } from './result-names';
import { formatKey } from './json-path';
import type { Problem } from './problems';
import { BASELINE, scenarioChain } from './scenario';
import type { ModelFile } from './schema';
import { uncertaintyProblems } from './uncertainty';

function duplicates(ids: readonly string[]): string[] {
	return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

export function checkMeaning(model: ModelFile): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, message: string) => problems.push({ path, message });
	const years = new Set(model.years);

	model.years.forEach((year, i) => {
		if (!isFiscalYear(year))
			add(
				`years[${i}]`,
				`"${year}" is not a financial year: the second part must be the next year (e.g. 2017/18)`
			);
	});
	if (model.years.every(isFiscalYear) && !areConsecutive(model.years)) {
		add('years', `years must be consecutive and in order, got ${model.years.join(', ')}`);
	}
	const checkYears = (path: string, values: object | string | undefined) => {
		if (values === undefined || typeof values !== 'object' || Array.isArray(values)) return;
		for (const year of Object.keys(values)) {
			if (looksLikeYear(year) && !years.has(year)) {
				add(
					`${path}${formatKey(year)}`,
					`${year} is not one of the model's years (${model.years.join(', ')})`
				);
			}
		}
	};
	const rate = (path: string, value: unknown) => {
		if (typeof value === 'object' && value !== null) checkYears(path, value);
	};

	for (const d of duplicates(model.organisations.map((o) => o.id)))
		add('organisations', `id "${d}" is used by more than one organisation`);
	rate('assumptions.activityGrowth', model.assumptions.activityGrowth);
	rate('assumptions.inflation', model.assumptions.inflation);
	rate('assumptions.efficiency', model.assumptions.efficiency);

	model.organisations.forEach((org, o) => {
		const at = `organisations[${o}]`;
		checkYears(`${at}.allocation.years`, org.allocation.years);
		checkYears(`${at}.normalisation`, org.normalisation);
		checkYears(`${at}.population`, org.population);
		checkYears(`${at}.target`, org.target);
		checkYears(`${at}.qipp.unidentified`, org.qipp.unidentified);
		checkYears(`${at}.stated`, org.stated);
		const lists = {
			specificAllocations: org.specificAllocations,
			costLines: org.costLines,
			'reserves.investments': org.reserves.investments,
			'reserves.perHead': org.reserves.perHead,
			'qipp.schemes': org.qipp.schemes
		};
		for (const [name, list] of Object.entries(lists)) {
			for (const d of duplicates(list.map((item) => item.id)))
				add(`${at}.${name}`, `id "${d}" is used more than once`);
		}
		org.specificAllocations.forEach((item, i) =>
			checkYears(`${at}.specificAllocations[${i}].values`, item.values)
		);
		org.reserves.investments.forEach((item, i) =>
			checkYears(`${at}.reserves.investments[${i}].values`, item.values)
		);
		org.reserves.perHead.forEach((item, i) => rate(`${at}.reserves.perHead[${i}].rate`, item.rate));
		rate(`${at}.reserves.contingency.rate`, org.reserves.contingency.rate);
		rate(`${at}.reserves.nonRecurrent.rate`, org.reserves.nonRecurrent.rate);
		org.costLines.forEach((line, i) => {
			for (const field of ['activityGrowth', 'inflation', 'efficiency'] as const)
				rate(`${at}.costLines[${i}].${field}`, line[field]);
			checkYears(`${at}.costLines[${i}].otherPressures`, line.otherPressures);
			if (!line.tariff && line.efficiency !== undefined) {
				add(
					`${at}.costLines[${i}].efficiency`,
					'the efficiency deflator applies only to tariff-based lines: set "tariff": true or remove it'
				);
			}
		});
		org.qipp.schemes.forEach((s, i) => checkYears(`${at}.qipp.schemes[${i}].values`, s.values));
		const specificIds = org.specificAllocations.map((s) => s.id);
		for (const [year, figures] of Object.entries(org.stated)) {
			for (const key of Object.keys(figures)) {
				if (!isStatableKey(key, specificIds)) {
					add(
						`${at}.stated${formatKey(year)}${formatKey(key)}`,
						`"${key}" is not a bridge, context or QIPP line (see docs/model-format.md)`
					);
				}
			}
		}
	});

	const reserved = new Set(resultNames(model));
	model.cells.forEach((c, i) => {
		if (reserved.has(c.name))
			add(`cells[${i}].name`, `"${c.name}" is the name of a model result: choose another name`);
	});
	for (const d of duplicates(model.cells.map((c) => c.id)))
		add('cells', `id "${d}" is used by more than one cell`);
	model.cells.forEach((c, i) => {
		if (!('value' in c) || typeof c.value !== 'object') return;
		const missing = model.years.filter((y) => !(y in (c.value as object)));
		if (missing.length > 0) {
			add(
				`cells[${i}].value`,
				`"${c.name}" has no value for ${missing.join(', ')}: give every year, or one value for all`
			);
		}
		checkYears(`cells[${i}].value`, c.value);
	});

	problems.push(...uncertaintyProblems(model.uncertainty, 'uncertainty'));
	model.scenarios.forEach((s, i) =>
		problems.push(...uncertaintyProblems(s.uncertainty, `scenarios[${i}].uncertainty`))
	);
	for (const d of duplicates(model.scenarios.map((s) => s.id)))
		add('scenarios', `id "${d}" is used by more than one scenario`);
	model.scenarios.forEach((s, i) => {
		if (s.id === BASELINE)
			add(`scenarios[${i}].id`, '"baseline" is the name of the file\'s own figures; choose another id');
		const chain = scenarioChain(model, s.id);
		if ('problem' in chain) add(`scenarios[${i}].parent`, chain.problem.message);
	});
	problems.push(...checkNotebook(model));
	return problems;
}

/** Notebook blocks must name things the model has: a cell, an organisation, a year, a scenario. */
function checkNotebook(model: ModelFile): Problem[] {
	const problems: Problem[] = [];
	const blocks = model.notebook ?? [];
	for (const d of duplicates(blocks.map((b) => b.id)))
		problems.push({ path: 'notebook', message: `id "${d}" is used by more than one block` });
	const has = (ids: readonly { id: string }[], id: string) => ids.some((x) => x.id === id);
	blocks.forEach((b, i) => {
		const at = `notebook[${i}]`;
		const add = (field: string, message: string) => problems.push({ path: `${at}.${field}`, message });
		switch (b.type) {
			case 'text':
				return;
			case 'cell':
				if (!has(model.cells, b.cell)) add('cell', `there is no cell with id "${b.cell}"`);
				return;
			case 'inputs':
			case 'costLines':
			case 'reserves':
			case 'qipp':
				if (!has(model.organisations, b.organisation))
					add('organisation', `there is no organisation with id "${b.organisation}"`);
				return;
			default:
				if (
					b.organisation !== undefined &&
					b.organisation !== 'consolidated' &&
					!has(model.organisations, b.organisation)
				)
					add('organisation', `there is no organisation with id "${b.organisation}" (or use "consolidated")`);
				if (b.year !== undefined && !model.years.includes(b.year))
					add('year', `${b.year} is not one of the model's years (${model.years.join(', ')})`);
				if (b.type === 'compare') {
					const ids = b.scenarios ?? [];
					ids.forEach((s, i) => {
						if (s !== BASELINE && !has(model.scenarios, s))
							add(`scenarios[${i}]`, `there is no scenario with id "${s}"`);
					});
					if (new Set(ids).size !== ids.length) add('scenarios', 'names a scenario twice');
					if (b.base !== undefined && b.scenarios !== undefined && !ids.includes(b.base))
						add('base', `"${b.base}" is not one of the compared scenarios`);
				} else if (
					b.type !== 'goalSeek' &&
					b.scenario !== undefined &&
					b.scenario !== BASELINE &&
					!has(model.scenarios, b.scenario)
				)
					add('scenario', `there is no scenario with id "${b.scenario}"`);
		}
	});
	return problems;
}
