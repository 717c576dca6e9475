// The integer-pence kernel (ADR 0013): compile a resolved model once, then run it many times with
// inputs changed in place. It computes exactly what the Decimal engine computes, figure for figure,
// or says why it cannot (a reason string) so the caller uses the Decimal engine. The Decimal engine
// stays the definition of every figure and the only source of explanations.
import { D, type Dec } from '../decimal';
import type { ModelInput, View } from '../types';
import { moneyBound, MONEY_LIMIT } from './bound';
import type { CompiledModel } from './compiled';
import { compile, NotHeld } from './compile';
import { decimalValue, heldValue, inputSetter, type HeldValue, type Undo } from './inputs';
import { runModel, type KernelFigures, type KernelRun } from './run';

export type { KernelFigures, KernelRun };

/** A run, or why the model as it now stands cannot be run exactly in integers. */
export type RunResult =
	{ readonly ok: true; readonly run: KernelRun } | { readonly ok: false; readonly reason: string };

export interface Kernel {
	readonly years: readonly string[];
	/** Organisation ids, in model order. */
	readonly organisations: readonly string[];
	/**
	 * Set the input at `path` (engine-input terms, e.g. "assumptions.inflation.2017/18",
	 * "organisations.ccg.costLines.acute.base", "deliveryFactors.red") to `value`, in pounds or as
	 * a fraction. Undefined when done; else why not, and nothing changed (the caller falls back).
	 */
	set(path: string, value: Dec): string | undefined;
	/**
	 * Set the input at `path` to `held`, already in the kernel's units: whole pence for money,
	 * whole 10^-7 (RATE_UNIT) for a rate. As `set`, with no Decimal made (a simulation's draws).
	 */
	setHeld(path: string, held: number): string | undefined;
	/** `setHeld` of one path, its path read once: a function to call with each value, or why not. */
	heldSetter(path: string): ((held: number) => string | undefined) | string;
	/** Put every input back as compiled. */
	reset(): void;
	/** Every figure of the model as it now stands under `view`. */
	run(view: View): RunResult;
}

export type CompileResult =
	{ readonly ok: true; readonly kernel: Kernel } | { readonly ok: false; readonly reason: string };

/** Pence as pounds, exactly (a rounded-away -0 is plain 0). */
export function pounds(pence: number): Dec {
	return D(pence === 0 ? 0 : pence).div(100);
}

/** The value of line `key` of `figures` in year `y`, in pence; undefined when not in that bridge. */
export function lineValue(figures: KernelFigures, key: string, y: number): number | undefined {
	const k = figures.keys.indexOf(key);
	const at = y * figures.keys.length + k;
	return k < 0 || figures.present[at] === 0 ? undefined : figures.lines[at];
}

function boundReason(model: CompiledModel): string | undefined {
	const bound = moneyBound(model);
	return bound <= MONEY_LIMIT
		? undefined
		: `its amounts may reach £${pounds(Math.round(Math.min(bound, Number.MAX_SAFE_INTEGER))).toFixed(0)}, beyond the £${pounds(MONEY_LIMIT).toFixed(0)} the kernel holds exactly`;
}

/**
 * Compile `model` for the kernel, or say why it cannot be held exactly.
 * @example compileKernel(input).ok // false, with a reason, for a rate of 1/3
 */
export function compileKernel(model: ModelInput): CompileResult {
	let compiled: CompiledModel;
	try {
		compiled = compile(model);
	} catch (error) {
		if (error instanceof NotHeld) return { ok: false, reason: error.message };
		throw error;
	}
	const tooLarge = boundReason(compiled);
	if (tooLarge) return { ok: false, reason: tooLarge };
	let undos: Undo[] = [];
	let checked = true;
	let planRun: KernelRun | undefined;
	/** The setter of `path`, found once (a simulation sets the same inputs every iteration), or why not. */
	const setterOf = (path: string): ((value: HeldValue) => string | undefined) | string => {
		const setter = inputSetter(compiled, path);
		if (!setter) return `the kernel cannot set "${path}"`;
		return (value) => {
			try {
				undos.push(setter(value));
			} catch (error) {
				if (error instanceof NotHeld) return error.message;
				throw error;
			}
			checked = false;
			planRun = undefined;
			return undefined;
		};
	};
	const setValue = (path: string, value: HeldValue): string | undefined => {
		const setter = setterOf(path);
		return typeof setter === 'string' ? setter : setter(value);
	};
	return {
		ok: true,
		kernel: {
			years: model.years,
			organisations: model.organisations.map((o) => o.id),
			set(path, value) {
				return setValue(path, decimalValue(value));
			},
			setHeld(path, held) {
				return setValue(path, heldValue(held));
			},
			heldSetter(path) {
				const setter = setterOf(path);
				return typeof setter === 'string' ? setter : (held) => setter(heldValue(held));
			},
			reset() {
				if (undos.length === 0) return;
				for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
				undos = [];
				checked = true; // as compiled, and that was checked
				planRun = undefined;
			},
			run(view) {
				if (!checked) {
					const reason = boundReason(compiled);
					if (reason) return { ok: false, reason };
					checked = true;
				}
				if (view === 'plan') {
					planRun ??= runModel(compiled, 'plan');
					return { ok: true, run: planRun };
				}
				return { ok: true, run: runModel(compiled, 'risk', planRun) };
			}
		}
	};
}
