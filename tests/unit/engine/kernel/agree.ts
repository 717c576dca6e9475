// The comparison every kernel test makes: each figure the kernel gives, against the Decimal
// engine's for the same model and view, as exact decimals (pence turned into pounds), by name so a
// failure says which figure of which organisation-year differs.
import { D, type Dec } from '../../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../../src/lib/engine/evaluate';
import { compileKernel, pounds, type KernelFigures } from '../../../../src/lib/engine/kernel/kernel';
import type { ModelInput, View } from '../../../../src/lib/engine/types';

interface Figures {
	readonly lines: readonly { readonly key: string; readonly value: Dec }[];
	readonly qipp: Record<(typeof QIPP)[number], Dec>;
	readonly target: Dec;
	readonly headroom: Dec;
	readonly context: readonly { readonly key: string; readonly value: Dec }[];
}

const QIPP = [
	'identified',
	'required',
	'unidentifiedNeeded',
	'unidentifiedPlanned',
	'counted',
	'riskAdjusted'
] as const;

/** Every difference between the kernel's figures of year `y` and the engine's, as text. */
function differences(
	where: string,
	engine: Figures,
	kernel: KernelFigures,
	y: number,
	expenditure?: Dec
): string[] {
	const out: string[] = [];
	const check = (name: string, expected: Dec, pence: number | undefined) => {
		const got = pence === undefined ? undefined : pounds(pence);
		if (!got || !got.eq(expected))
			out.push(`${where} ${name}: engine ${expected.toString()}, kernel ${got?.toString()}`);
	};
	const width = kernel.keys.length;
	const presentKeys = kernel.keys.filter((_, k) => kernel.present[y * width + k] === 1);
	const engineKeys = engine.lines.map((l) => l.key);
	if ([...presentKeys].sort().join() !== [...engineKeys].sort().join())
		out.push(`${where} lines: engine ${engineKeys.join()}, kernel ${presentKeys.join()}`);
	for (const line of engine.lines) {
		const k = kernel.keys.indexOf(line.key);
		check(`line ${line.key}`, line.value, k < 0 ? undefined : kernel.lines[y * width + k]);
	}
	for (const name of QIPP) check(`qipp.${name}`, engine.qipp[name], kernel[name][y]);
	check('target', engine.target, kernel.target[y]);
	check('headroom', engine.headroom, kernel.headroom[y]);
	const context = (key: string) => engine.context.find((c) => c.key === key)!.value;
	check('allocation', context('allocation'), kernel.allocation[y]);
	check('prior recurrent allocation', context('prior_recurrent_allocation'), kernel.priorRecurrent[y]);
	if (expenditure) check('expenditure', expenditure, kernel.expenditure[y]);
	return out;
}

/**
 * Every difference between the kernel and the Decimal engine on `model` in `view` (none when they
 * agree); throws when the kernel refuses the model.
 */
export function disagreements(model: ModelInput, view: View, kernelModel: ModelInput = model): string[] {
	const compiled = compileKernel(kernelModel);
	if (!compiled.ok) throw new Error(`the kernel refused the model: ${compiled.reason}`);
	return kernelDisagreements(model, view, compiled.kernel.run(view));
}

/** Every difference between a kernel run and the Decimal engine's evaluation of `model`. */
export function kernelDisagreements(
	model: ModelInput,
	view: View,
	ran: ReturnType<import('../../../../src/lib/engine/kernel/kernel').Kernel['run']>
): string[] {
	if (!ran.ok) throw new Error(`the kernel would not run: ${ran.reason}`);
	const engine = evaluateModel(model, view);
	const out: string[] = [];
	engine.organisations.forEach((org, o) => {
		org.years.forEach((year, y) => {
			const expenditure = year.costLines.reduce((t, c) => t.plus(c.cost), D(0));
			out.push(...differences(`${org.id} ${year.year}`, year, ran.run.organisations[o]!, y, expenditure));
		});
	});
	engine.consolidated.forEach((year, y) => {
		out.push(...differences(`consolidated ${year.year}`, year, ran.run.consolidated, y));
	});
	return out;
}
