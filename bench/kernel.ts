// The integer-pence kernel (ADR 0013) on the large generated model: a full exact evaluation after
// an edit that feeds every cost line (the model's inflation assumption for the first year, which
// every line without a rate of its own reads), against the plain-float yardstick of the same model
// in the same run. Targets from issue 12: under 5 ms, and within 10x of the float yardstick. The
// Decimal engine is the definition; a check first proves the kernel's closings equal its.
import { D } from '../src/lib/engine/decimal';
import { closingOf } from '../src/lib/engine/bridge';
import { evaluateModel } from '../src/lib/engine/evaluate';
import { compileKernel, lineValue, pounds } from '../src/lib/engine/kernel/kernel';
import type { ModelInput } from '../src/lib/engine/types';
import { afresh } from './large-model';
import { measure, type Row, type Timing } from './measure';

const EDIT_MS = 5;
const RATIO = 10;

export function benchKernel(large: ModelInput, floatPlan: Timing): { rows: Row[]; warnings: string[] } {
	const warnings: string[] = [];
	const compiled = compileKernel(large);
	if (!compiled.ok) return { rows: [], warnings: [`kernel refused the large model: ${compiled.reason}`] };
	const kernel = compiled.kernel;
	const year = large.years[0]!;
	const path = `assumptions.inflation.${year}`;
	const base = large.assumptions.inflation[year] ?? D(0);
	const rates = [base, base.plus('0.0001')];

	// The check: after the edit, every organisation's closing equals the Decimal engine's.
	const refused = kernel.set(path, rates[1]!);
	if (refused) return { rows: [], warnings: [`kernel cannot set ${path}: ${refused}`] };
	const run = kernel.run('plan');
	const edited = {
		...large,
		assumptions: { ...large.assumptions, inflation: { ...large.assumptions.inflation, [year]: rates[1]! } }
	};
	const exact = evaluateModel(afresh(edited), 'plan');
	if (!run.ok) warnings.push(`kernel could not run: ${run.reason}`);
	else
		exact.organisations.forEach((org, o) =>
			org.years.forEach((year, y) => {
				const pence = lineValue(run.run.organisations[o]!, 'closing', y);
				const want = closingOf(year.lines);
				if (pence === undefined || !pounds(pence).eq(want))
					warnings.push(`kernel closing ${o}/${y} is ${pence} pence, the engine's £${want.toFixed(2)}`);
			})
		);

	const compile = measure(() => compileKernel(large), { warmup: 2, runs: 10 });
	let flip = 0;
	const edit = measure(
		() => {
			flip = 1 - flip;
			kernel.set(path, rates[flip]!);
			return kernel.run('plan');
		},
		{ warmup: 50, runs: 300 }
	);
	kernel.reset();
	const ratio = edit.medianMs / floatPlan.medianMs;
	return {
		rows: [
			{
				name: 'large: edit feeding every cost line (integer kernel)',
				...edit,
				targetMs: EDIT_MS,
				pass: edit.medianMs < EDIT_MS && ratio <= RATIO,
				ratio: { of: `kernel / float (target <= ${RATIO})`, value: ratio }
			},
			{ name: 'large: compile the kernel (once per model)', ...compile }
		],
		warnings
	};
}
