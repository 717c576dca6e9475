// Where a drawn input lands in the integer-pence kernel: the engine-input paths (and the kind of
// value each takes) that a model-file input path sets, or undefined when the kernel cannot set it
// in place, so the simulation evaluates that model the exact Decimal way instead. A cell maps when
// the only formulas that read it are inputs written "=name" (so its value is exactly theirs).
import { referencedNames } from '../engine/index';
import { formulaInputs } from '../model/formula-inputs';
import { parsePath, splitYear } from '../model/json-path';
import type { ModelFile } from '../model/schema';

/** One engine input a draw sets: money in pounds, or a rate as a fraction. */
export interface KernelTarget {
	readonly path: string;
	readonly value: 'money' | 'rate';
}

const RATES = new Set(['activityGrowth', 'inflation', 'efficiency']);

/** The engine paths of a file input path that has no year: one per model year. */
const everyYear = (file: ModelFile, at: (year: string) => string, value: KernelTarget['value']) =>
	file.years.map((y) => ({ path: at(y), value }));

/** The engine targets of a model-file input path (not a cell), or undefined. */
function inputTargets(file: ModelFile, path: string): KernelTarget[] | undefined {
	const split = splitYear(path);
	const field = split?.field ?? path;
	const year = split?.year;
	const years = (at: (y: string) => string, value: KernelTarget['value']) =>
		year === undefined ? everyYear(file, at, value) : [{ path: at(year), value }];
	const one = (p: string, value: KernelTarget['value']) =>
		year === undefined ? [{ path: p, value }] : undefined;
	const byYear = (at: (y: string) => string) =>
		year === undefined ? undefined : [{ path: at(year), value: 'money' as const }];
	const parts = parsePath(field);
	if (parts[0] === 'assumptions' && parts.length === 2 && RATES.has(parts[1]!))
		return years((y) => `assumptions.${parts[1]}.${y}`, 'rate');
	if (parts[0] === 'qippDeliveryFactors' && parts.length === 2)
		return one(`deliveryFactors.${parts[1]}`, 'rate');
	if (parts[0] !== 'organisations' || parts.length < 3) return undefined;
	const org = `organisations.${parts[1]}`;
	const rest = parts.slice(2).join('.');
	const [a, b, c, d] = parts.slice(2);
	if (rest === 'opening.position') return one(`${org}.openingPosition`, 'money');
	if (rest === 'allocation.priorRecurrent') return one(`${org}.priorRecurrentAllocation`, 'money');
	if (
		a === 'allocation' &&
		b === 'years' &&
		c !== undefined &&
		(d === 'growth' || d === 'value') &&
		parts.length === 6
	)
		return [{ path: `${org}.allocations.${c}.${d}`, value: d === 'growth' ? 'rate' : 'money' }];
	if ((rest === 'normalisation' || rest === 'target') && year !== undefined)
		return [{ path: `${org}.${rest}.${year}`, value: 'money' }];
	if (rest === 'qipp.unidentified') return byYear((y) => `${org}.unidentified.${y}`);
	if (
		a === 'reserves' &&
		(b === 'contingency' || b === 'nonRecurrent') &&
		c === 'rate' &&
		parts.length === 5
	) {
		const engine = b === 'contingency' ? 'contingency' : 'nonRecurrentReserve';
		return years((y) => `${org}.${engine}.rate.${y}`, 'rate');
	}
	if (a === 'costLines' && b !== undefined && parts.length === 5) {
		if (c === 'base') return one(`${org}.costLines.${b}.base`, 'money');
		if (RATES.has(c!)) return years((y) => `${org}.costLines.${b}.${c}.${y}`, 'rate');
		if (c === 'otherPressures') return byYear((y) => `${org}.costLines.${b}.otherPressures.${y}`);
	}
	const list =
		a === 'specificAllocations' && parts.length === 5
			? 'specificAllocations'
			: a === 'reserves' && b === 'investments' && parts.length === 6
				? 'investments'
				: a === 'qipp' && b === 'schemes' && parts.length === 6
					? 'schemes'
					: undefined;
	const id = list === 'specificAllocations' ? b : c;
	const values = list === 'specificAllocations' ? c : d;
	if (list && values === 'values') return byYear((y) => `${org}.${list}.${id}.values.${y}`);
	return undefined;
}

/** The input path of a formula input found by formulaInputs (array items by id). */
function inputPathOf(file: ModelFile, jsonPath: readonly (string | number)[]): string {
	const steps: string[] = [];
	let node: unknown = file;
	for (const key of jsonPath) {
		if (Array.isArray(node)) {
			const item = node[key as number] as { id?: string };
			steps.push(String(item.id));
			node = item;
		} else {
			steps.push(String(key));
			node = (node as Record<string, unknown>)[key as string];
		}
	}
	return steps.join('.');
}

/**
 * The kernel targets of input path `path` of `file` (a scenario's resolved file), or undefined
 * when the kernel cannot set it in place.
 * @example kernelTargets(portsmouth, 'cells.tariff_uplift.value') // assumptions.inflation.<each year>
 */
export function kernelTargets(file: ModelFile, path: string): KernelTarget[] | undefined {
	const parts = parsePath(path);
	if (parts[0] !== 'cells') return inputTargets(file, path);
	const cell = file.cells.find((c) => c.id === parts[1]);
	if (!cell || cell.unit === undefined || cell.unit === 'count' || cell.unit === 'number') return undefined;
	// A formula cell that may read it could feed an input by another route: only the exact way knows.
	if (file.cells.some((c) => c.formula?.includes(cell.name))) return undefined;
	const targets: KernelTarget[] = [];
	for (const input of formulaInputs(file)) {
		if (!input.parsed.ok) return undefined;
		if (!referencedNames(input.parsed.ast).includes(cell.name)) continue;
		if (input.text.replace(/^=/, '').trim() !== cell.name) return undefined;
		const found = inputTargets(file, inputPathOf(file, input.path));
		if (!found) return undefined;
		const wanted = cell.unit === 'percent' ? 'rate' : 'money';
		if (found.some((t) => t.value !== wanted)) return undefined;
		targets.push(...found);
	}
	return targets;
}
