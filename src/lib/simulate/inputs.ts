// What a simulation draws: each range of the file a scenario sees, and the QIPP delivery factor of
// each RAG rating in use, with its distribution in whole steps of its precision (a rate, percent
// cell or delivery factor 0.01 percentage point; an amount a penny; a count or number 0.01).
import { D, fromPounds, type Dec } from '../engine/index';
import { sensitivityInputs } from '../io/sensitivity-inputs';
import { inputKind } from '../model/input-kind';
import { splitYear } from '../model/json-path';
import type { Problem } from '../model/problems';
import type { Distribution, ModelFile } from '../model/schema';
import { DELIVERY_RATINGS, deliveryRanges } from '../model/uncertainty';
import type { StepDistribution } from './distribution';

/** How a drawn value is held: a rate in percent, an amount in the entry unit, £ per head, a plain number. */
export type DrawKind = 'rate' | 'money' | 'perHead' | 'number';

export interface SimInput {
	/** The input path, as an override writes it. */
	readonly path: string;
	/** Where its range is written: "uncertainty.ranges[2]" or "uncertainty.delivery.red". */
	readonly where: string;
	readonly label: string;
	readonly kind: DrawKind;
	/** One step, in the file's terms (percent, or the entry unit). */
	readonly step: Dec;
	readonly distribution: StepDistribution;
}

/** One step of a kind of input, in the file's terms. */
function stepOf(kind: DrawKind, file: ModelFile): Dec {
	if (kind === 'money') return fromPounds(D('0.01'), file.unit);
	return D('0.01'); // 0.01 pp of a rate, a penny of £ per head, 0.01 of a count or number
}

/** `d` in whole steps of `step` (a bound between steps stays where it is until the draw is rounded). */
function inSteps(d: Distribution, step: Dec): StepDistribution {
	const n = (v: string | number) => D(String(v)).div(step).toNumber();
	switch (d.type) {
		case 'triangular':
			return { type: 'triangular', low: n(d.low), mode: n(d.mode), high: n(d.high) };
		case 'uniform':
			return { type: 'uniform', low: n(d.low), high: n(d.high) };
		case 'normal':
			return {
				type: 'normal',
				mean: n(d.mean),
				sd: n(d.sd),
				...(d.low === undefined ? {} : { low: n(d.low) }),
				...(d.high === undefined ? {} : { high: n(d.high) })
			};
		case 'discrete': {
			let total = 0;
			return {
				type: 'discrete',
				values: d.values.map((v) => Math.round(n(v.value))),
				cumulative: d.values.map((v) => (total += D(String(v.weight)).toNumber()))
			};
		}
	}
}

/** A delivery factor stays within 0% and 100%, whatever its range says. */
function withinFactor(d: StepDistribution): StepDistribution {
	const clamp = (v: number) => Math.min(10_000, Math.max(0, v));
	switch (d.type) {
		case 'discrete':
			return { ...d, values: d.values.map(clamp) };
		case 'normal':
			return { ...d, low: clamp(d.low ?? 0), high: clamp(d.high ?? 10_000) };
		case 'triangular':
			return { ...d, low: clamp(d.low), mode: clamp(d.mode), high: clamp(d.high) };
		case 'uniform':
			return { ...d, low: clamp(d.low), high: clamp(d.high) };
	}
}

const KINDS = { rate: 'rate', money: 'money', perHead: 'perHead', count: 'number' } as const;

/** A label people read for an input path: a cell's name, the tornado's label, or the path itself. */
function labelOf(file: ModelFile, path: string, labels: ReadonlyMap<string, string>): string {
	const [head, id] = path.split('.');
	if (head === 'cells') return file.cells.find((c) => c.id === id)?.name ?? path;
	const split = splitYear(path);
	const label = labels.get(path) ?? (split ? labels.get(split.field) : undefined);
	return label === undefined ? path : split && !labels.has(path) ? `${label}, ${split.year}` : label;
}

/** Every input a simulation of `file` (a scenario's resolved file) draws, or what is wrong. */
export function simulationInputs(file: ModelFile): { inputs: SimInput[] } | { problems: Problem[] } {
	const inputs: SimInput[] = [];
	const problems: Problem[] = [];
	const labels = new Map(sensitivityInputs(file, true).map((i) => [i.path, i.label]));
	(file.uncertainty?.ranges ?? []).forEach((range, i) => {
		const where = `uncertainty.ranges[${i}]`;
		const entered = inputKind(file, range.path);
		const isCell = range.path.startsWith('cells.');
		if (isCell && (range.path.split('.').length !== 3 || !range.path.endsWith('.value'))) {
			problems.push({ path: `${where}.path`, message: `a cell's range is on its value: cells.<id>.value` });
			return;
		}
		if (entered === undefined) {
			const unit = file.cells.find((c) => c.id === range.path.split('.')[1]);
			problems.push({
				path: `${where}.path`,
				message: unit
					? `cell "${unit.id}" is a formula; a range goes on an input or on a cell with a value`
					: `"${range.path}" names no cell in the model`
			});
			return;
		}
		const cellUnit = isCell ? file.cells.find((c) => c.id === range.path.split('.')[1])?.unit : undefined;
		const kind: DrawKind = cellUnit === 'number' ? 'number' : KINDS[entered];
		const step = stepOf(kind, file);
		const label = labelOf(file, range.path, labels);
		const drawn = inSteps(range.distribution, step);
		const factor = range.path.startsWith('qippDeliveryFactors.');
		inputs.push({
			path: range.path,
			where,
			label,
			kind,
			step,
			distribution: factor ? withinFactor(drawn) : drawn
		});
	});
	const delivery = deliveryRanges(file);
	const rated = new Set(file.organisations.flatMap((o) => o.qipp.schemes.map((s) => s.rag)));
	for (const rating of DELIVERY_RATINGS) {
		const path = `qippDeliveryFactors.${rating}`;
		// A rating no scheme has moves nothing; a range written on the factor itself wins.
		if ((rating !== 'unidentified' && !rated.has(rating)) || inputs.some((i) => i.path === path)) continue;
		const step = stepOf('rate', file);
		inputs.push({
			path,
			where: `uncertainty.delivery.${rating}`,
			label: `Delivery, ${rating}`,
			kind: 'rate',
			step,
			distribution: withinFactor(inSteps(delivery[rating], step))
		});
	}
	return problems.length > 0 ? { problems } : { inputs };
}
