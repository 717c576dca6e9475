// Comparing five scenarios of the large generated model (issue 10's target: under 200 ms), against
// evaluating one scenario in the same run: the comparison evaluates each scenario in both views,
// so about five times one evaluation is what it should cost.
import { compareScenarios } from '../src/lib/io/comparison';
import { evaluateScenario } from '../src/lib/model/evaluate-scenario';
import { validateModel } from '../src/lib/model/valid-model';
import { largeModelFile } from './large-model-file';
import { measure, type Row } from './measure';

const TARGET_MS = 200;

/** The large model with four scenarios, each changing a different group of inputs. */
function largeWithScenarios() {
	const file = largeModelFile();
	const org = file.organisations[0]!;
	const scenario = (id: string, overrides: { path: string; value: unknown }[]) => ({
		id,
		name: id,
		parent: 'baseline',
		overrides
	});
	const checked = validateModel({
		...file,
		scenarios: [
			scenario('inflation', [{ path: 'cells.inflation-uplift.value', value: '3.5' }]),
			scenario('activity', [{ path: 'assumptions.activityGrowth', value: '4.0' }]),
			scenario('delivery', [{ path: 'qippDeliveryFactors.amber', value: '40' }]),
			scenario('allocation', [{ path: `organisations.${org.id}.allocation.priorRecurrent`, value: '1' }])
		]
	});
	if (!checked.ok) throw new Error(`bench scenarios: ${JSON.stringify(checked.problems.slice(0, 3))}`);
	return checked.value;
}

export function benchCompare(): Row[] {
	const model = largeWithScenarios();
	const scenarios = ['baseline', 'inflation', 'activity', 'delivery', 'allocation'];
	const runs = { warmup: 2, runs: 10 };
	const one = measure(() => {
		const e = evaluateScenario(model, 'baseline');
		return [e.result('plan'), e.result('risk')];
	}, runs);
	const compare = measure(() => compareScenarios(model, { scenarios }), runs);
	return [
		{
			name: 'compare 5 scenarios (large)',
			...compare,
			targetMs: TARGET_MS,
			pass: compare.medianMs < TARGET_MS,
			ratio: { of: 'compare / one scenario', value: compare.medianMs / one.medianMs }
		},
		{ name: 'one scenario, both views (large)', ...one, baselineOf: 'compare 5 scenarios (large)' }
	];
}
