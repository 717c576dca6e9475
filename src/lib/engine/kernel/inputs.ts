// Setting one input of a compiled model in place, by its path in the engine's input (ModelInput
// terms: organisations and items by id, years by label), so a tornado, a goal seek or a simulation
// changes a value and runs again without compiling. Each change returns how to undo it.
import type { Dec } from '../decimal';
import { CATEGORY_ORDER, type CompiledModel, type CompiledOrganisation, type Series } from './compiled';
import { NotHeld, pence, scaled } from './compile';
import { MAX_RATE, RATE_UNIT } from './integer';

/** Puts back what a change replaced. */
export type Undo = () => void;

/**
 * A value to set, read as the kernel holds it: whole pence for money, whole 10^-RATE_DECIMALS for
 * a rate. Each read throws NotHeld when the value cannot be held exactly.
 */
export interface HeldValue {
	pence(what: string): number;
	scaled(what: string): number;
}

/** A Decimal (pounds, or a fraction) as a value to set. */
export function decimalValue(value: Dec): HeldValue {
	return { pence: (what) => pence(value, what), scaled: (what) => scaled(value, what) };
}

/**
 * A value already in the kernel's units (pence for money, 10^-RATE_DECIMALS for a rate), so a
 * caller setting thousands of inputs makes no Decimal: a simulation's draws are whole steps.
 */
export function heldValue(held: number): HeldValue {
	const whole = (what: string) => {
		if (!Number.isSafeInteger(held))
			throw new NotHeld(`${what} is ${held}, not a whole number in the kernel's units`);
		return held;
	};
	return {
		pence: whole,
		scaled: (what) => {
			if (Math.abs(whole(what)) > MAX_RATE * RATE_UNIT)
				throw new NotHeld(`${what} is ${held / RATE_UNIT}, beyond the kernel's ±${MAX_RATE * 100}%`);
			return held;
		}
	};
}

/** A settable input: `set` changes it (throws NotHeld when the value cannot be held exactly). */
type Setter = (value: HeldValue) => Undo;

/** Set one entry of a typed array, returning its undo. */
function write(array: Series | Uint8Array, index: number, value: number): Undo {
	const was = array[index]!;
	array[index] = value;
	return () => {
		array[index] = was;
	};
}

const undoAll =
	(undos: readonly Undo[]): Undo =>
	() => {
		for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
	};

const COST_RATES = ['activityGrowth', 'inflation', 'efficiency'] as const;
type CostRate = (typeof COST_RATES)[number];
const OWN = {
	activityGrowth: 'ownActivityGrowth',
	inflation: 'ownInflation',
	efficiency: 'ownEfficiency'
} as const;

/** A model-wide default rate: every line-year that does not set its own takes it. */
function assumption(model: CompiledModel, which: CostRate, y: number, path: string): Setter {
	return (value) => {
		const rate = value.scaled(path);
		const undos = [write(model.assumptions[which], y, rate)];
		for (const org of model.organisations) {
			const lines = org.lineIds.length;
			const own = org[OWN[which]];
			for (let k = 0; k < lines; k++) {
				const i = y * lines + k;
				if (own[i] === 0 && (which !== 'efficiency' || org.tariff[k] === 1))
					undos.push(write(org[which], i, rate));
			}
		}
		return undoAll(undos);
	};
}

function organisationInput(
	model: CompiledModel,
	org: CompiledOrganisation,
	parts: readonly string[],
	path: string
): Setter | undefined {
	const year = (label: string | undefined) => (label === undefined ? -1 : model.years.indexOf(label));
	const money = (array: Series, y: number): Setter | undefined =>
		y < 0 ? undefined : (value) => write(array, y, value.pence(path));
	const rate = (array: Series, y: number): Setter | undefined =>
		y < 0 ? undefined : (value) => write(array, y, value.scaled(path));
	const [field, a, b, c] = parts;
	switch (field) {
		case 'openingPosition':
		case 'priorRecurrentAllocation': {
			if (a !== undefined) return undefined;
			const key = field === 'openingPosition' ? 'opening' : 'priorRecurrent';
			return (value) => {
				const was = org[key];
				org[key] = value.pence(path);
				return () => {
					org[key] = was;
				};
			};
		}
		case 'normalisation':
		case 'target':
			return b === undefined ? money(org[field], year(a)) : undefined;
		case 'unidentified':
			return b === undefined ? money(org.unidentified, year(a)) : undefined;
		case 'contingency':
		case 'nonRecurrentReserve': {
			const reserve = field === 'contingency' ? org.contingency : org.nonRecurrent;
			return a === 'rate' && c === undefined ? rate(reserve.rate, year(b)) : undefined;
		}
		case 'allocations': {
			const y = year(a);
			if (y < 0 || c !== undefined || (b !== 'value' && b !== 'growth')) return undefined;
			// A year's allocation is a value or a growth rate: setting one clears the other.
			return (value) => {
				const held = b === 'value' ? value.pence(path) : value.scaled(path);
				const [set, clear] =
					b === 'value'
						? [org.allocationValue, org.allocationGrowth]
						: [org.allocationGrowth, org.allocationValue];
				return undoAll([write(set, y, held), write(clear, y, NaN)]);
			};
		}
		case 'costLines': {
			const k = org.lineIds.indexOf(a ?? '');
			if (k < 0) return undefined;
			const lines = org.lineIds.length;
			if (b === 'base') return c === undefined ? (value) => write(org.base, k, value.pence(path)) : undefined;
			const y = year(c);
			if (y < 0 || parts.length > 4) return undefined;
			const i = y * lines + k;
			if (b === 'otherPressures')
				return (value) => {
					const undo = write(org.pressures, i, value.pence(path));
					// The bridge shows other pressures once any line has them, as the Decimal engine does.
					const had = org.hasPressures;
					org.hasPressures = true;
					return () => {
						undo();
						org.hasPressures = had;
					};
				};
			if (!COST_RATES.includes(b as CostRate)) return undefined;
			const which = b as CostRate;
			// A line that is not tariff-based has no efficiency, whatever it says.
			if (which === 'efficiency' && org.tariff[k] === 0) return () => () => {};
			return (value) => undoAll([write(org[which], i, value.scaled(path)), write(org[OWN[which]], i, 1)]);
		}
		case 'specificAllocations':
		case 'investments':
		case 'schemes': {
			const items = field === 'specificAllocations' ? org.specifics : org[field];
			const item = items.find((it) => it.id === a);
			if (!item || b !== 'values' || parts.length > 4) return undefined;
			return money(item.values, year(c));
		}
		default:
			return undefined;
	}
}

/**
 * The setter of the input at `path` of the engine input, or undefined when the kernel cannot set
 * it in place (it is not an input the kernel holds as a value, such as a population or a name).
 * @example inputSetter(model, 'assumptions.inflation.2017/18')?.(decimalValue(D('0.021')))
 */
export function inputSetter(model: CompiledModel, path: string): Setter | undefined {
	const parts = path.split('.');
	// Fiscal years hold a slash, never a dot, so splitting on dots keeps them whole.
	const [head, a, ...rest] = parts;
	if (head === 'assumptions' && COST_RATES.includes(a as CostRate) && rest.length === 1) {
		const y = model.years.indexOf(rest[0]!);
		return y < 0 ? undefined : assumption(model, a as CostRate, y, path);
	}
	if (head === 'deliveryFactors' && rest.length === 0) {
		const c = CATEGORY_ORDER.indexOf(a as (typeof CATEGORY_ORDER)[number]);
		return c < 0 ? undefined : (value) => write(model.factors, c, value.scaled(path));
	}
	if (head === 'organisations') {
		const org = model.organisations.find((o) => o.id === a);
		return org ? organisationInput(model, org, rest, path) : undefined;
	}
	return undefined;
}

export { NotHeld };
