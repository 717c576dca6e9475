// Tornado over 50 inputs and one goal seek on the Portsmouth example (issue 12's targets: under
// 200 ms and under 50 ms), against one evaluation of the output in the same run: a tornado costs
// about 2 x 50 of those, a goal seek a handful (linear) to a few dozen (bisection).
import { readFileSync } from 'node:fs';
import { D } from '../src/lib/engine/decimal';
import { goalSeek } from '../src/lib/io/goal-seek';
import { outputAt } from '../src/lib/io/output-at';
import { sensitivityInputs } from '../src/lib/io/sensitivity-inputs';
import { tornado } from '../src/lib/io/tornado';
import { readModel } from '../src/lib/model/valid-model';
import { measure, type Row } from './measure';

const TORNADO_MS = 200;
const GOAL_SEEK_MS = 50;

export function benchSensitivity(): Row[] {
	const read = readModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
	if (!read.ok) throw new Error('Portsmouth example does not load');
	const model = read.value;
	const output = { measure: 'risk_surplus', year: '2017/18', organisation: 'portsmouth' } as const;
	// Every input the model has (35), then single years of its rates, to make 50.
	const all = sensitivityInputs(model, true).map((i) => i.path);
	const years = sensitivityInputs(model)
		.filter((i) => i.byYear && (typeof i.value === 'string' || typeof i.value === 'number'))
		.flatMap((i) => model.years.map((y) => `${i.path}.${y}`));
	const inputs = [...all, ...years].slice(0, 50);
	if (inputs.length !== 50) throw new Error(`bench tornado: only ${inputs.length} inputs`);
	const check = tornado(model, { scenario: 'baseline', output, inputs });
	if (!check.ok || check.value.rows.length !== 50)
		throw new Error(
			`bench tornado: ${JSON.stringify(check.ok ? check.value.rows.length : check.problems.slice(0, 2))}`
		);

	const runs = { warmup: 3, runs: 15 };
	const evaluate = outputAt(model, 'baseline', output);
	const one = measure(() => evaluate([{ path: 'cells.tariff_uplift.value', value: '2.2' }]), {
		warmup: 20,
		runs: 100
	});
	const made = measure(() => tornado(model, { scenario: 'baseline', output, inputs }), runs);
	// The opening position that breaks even: linear in it, so solved and verified (3.1 + 4.024).
	const linear = () =>
		goalSeek(model, {
			scenario: 'baseline',
			output,
			input: 'organisations.portsmouth.opening.position',
			target: D(0)
		});
	// The inflation that meets a £2m deficit in 2018/19: not linear to the penny, so a bisection.
	const searched = () =>
		goalSeek(model, {
			scenario: 'baseline',
			output: { ...output, year: '2018/19' },
			input: 'cells.tariff_uplift.value',
			target: D(-2_000_000)
		});
	// A check that fails means the bench timed other work than its name says.
	for (const [run, kind] of [
		[linear, 'exact'],
		[searched, 'nearest']
	] as const) {
		const sought = run();
		if (!sought.ok || sought.value.answer.kind !== kind) throw new Error(`bench goal seek: not ${kind}`);
	}
	const seekLinear = measure(linear, runs);
	const seekSearched = measure(searched, runs);
	const ratio = (ms: number) => ({ of: 'of one evaluation', value: ms / one.medianMs });
	return [
		{ name: 'one output evaluation (portsmouth)', ...one, baselineOf: 'tornado and goal seek' },
		{
			name: 'tornado, 50 inputs (portsmouth)',
			...made,
			targetMs: TORNADO_MS,
			pass: made.medianMs < TORNADO_MS,
			ratio: ratio(made.medianMs)
		},
		{
			name: 'goal seek, linear (portsmouth)',
			...seekLinear,
			targetMs: GOAL_SEEK_MS,
			pass: seekLinear.medianMs < GOAL_SEEK_MS,
			ratio: ratio(seekLinear.medianMs)
		},
		{
			name: 'goal seek, bisection (portsmouth)',
			...seekSearched,
			targetMs: GOAL_SEEK_MS,
			pass: seekSearched.medianMs < GOAL_SEEK_MS,
			ratio: ratio(seekSearched.medianMs)
		}
	];
}
