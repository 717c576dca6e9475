// `npm run bench`: how long the exact engine takes on the Portsmouth example and on a generated
// ICB-scale model, against targets and against a plain-float yardstick timed in the same run (so
// the ratios survive a slower or faster machine better than the raw milliseconds do); then the
// named cells (cells-chain.ts), the formula parser on long text (formula-parse.ts) and the Excel
// export (excel-export.ts) against their own same-run baselines; tornado and goal seek
// (sensitivity.ts); Monte Carlo iterations against a float yardstick (simulation.ts).
// A report, not a test: it always exits 0 once the models load, and says MISSED TARGET loudly.
import { readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { D, type Dec } from '../src/lib/engine/decimal';
import { closingOf } from '../src/lib/engine/bridge';
import { evaluateModel } from '../src/lib/engine/evaluate';
import type { ModelInput, View } from '../src/lib/engine/types';
import { evaluateScenario } from '../src/lib/model/evaluate-scenario';
import { readModel } from '../src/lib/model/valid-model';
import { evaluateFloat, toFloatModel, type FloatModel } from './float-kernel';
import { afresh, describe, generateLargeModel } from './large-model';
import { benchChain } from './cells-chain';
import { benchFormulaParse } from './formula-parse';
import { benchCompare } from './compare';
import { benchExcelExport } from './excel-export';
import { benchKernel } from './kernel';
import { benchSensitivity } from './sensitivity';
import { benchSimulation } from './simulation';
import { measure, ms, printTable, type MeasureOptions, type Row, type Timing } from './measure';

interface Drift {
	readonly model: string;
	readonly view: View;
	/** Largest |float closing - exact closing| over organisations and years, £, exact. */
	readonly maxAbsDiff: string;
	readonly where: string;
	/** Size of that closing position, £, to put the drift in proportion. */
	readonly closing: string;
	/** How many organisation-year closings the float kernel gets not exactly right, of how many. */
	readonly inexact: number;
	readonly closings: number;
}

function loadPortsmouth(): ModelInput {
	const text = readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'); // npm run bench runs from the project root;
	const read = readModel(text);
	const input = read.ok ? evaluateScenario(read.value, 'baseline').input : undefined;
	if (!input) {
		// A model that does not load is a broken checkout, not a slow engine: fail properly.
		console.error('Portsmouth example does not load:', read.ok ? 'its inputs have problems' : read.problems);
		process.exit(1);
	}
	return input;
}

/**
 * Compare the float kernel's closings with the exact engine's. The float is turned into a Decimal
 * (its shortest round-trip form), never the other way round, so the engine side stays exact.
 */
function drift(name: string, model: ModelInput, floats: FloatModel, view: View): Drift {
	const exact = evaluateModel(model, view);
	const approx = evaluateFloat(floats, view);
	let worst: { diff: Dec; where: string; closing: Dec } = { diff: D(0), where: '-', closing: D(0) };
	let inexact = 0;
	let closings = 0;
	exact.organisations.forEach((org, o) => {
		org.years.forEach((year, y) => {
			const closing = closingOf(year.lines);
			const float = approx[o]?.closing[y] ?? NaN;
			const diff = D(float).minus(closing).abs();
			closings++;
			if (!diff.isZero()) inexact++;
			if (diff.gt(worst.diff)) worst = { diff, where: `${org.id} ${year.year}`, closing };
		});
	});
	return {
		model: name,
		view,
		maxAbsDiff: worst.diff.toString(),
		where: worst.where,
		closing: worst.closing.toString(),
		inexact,
		closings
	};
}

async function main(): Promise<void> {
	const portsmouth = loadPortsmouth();
	const large = generateLargeModel();
	const portsmouthFloat = toFloatModel(portsmouth);
	const largeFloat = toFloatModel(large);
	console.log(`Node ${process.version}, ${platform()} ${arch()}, ${cpus()[0]?.model ?? 'unknown CPU'}`);
	console.log(`Large model: ${describe(large)}`);
	// Other work on the machine inflates wall-clock times; say so rather than let it pass as the engine.
	const load = loadavg()[0] ?? 0;
	const busy = load > cpus().length / 2;
	console.log(
		`Load average ${load.toFixed(2)} on ${cpus().length} CPUs${busy ? ' (busy: timings are noisy)' : ''}`
	);
	console.log('');

	// Small models need many runs for a stable median; the float kernel on Portsmouth takes about a
	// microsecond, so it is batched to keep the clock read out of the figure.
	const small: MeasureOptions = { warmup: 500, runs: 2000 };
	const big: MeasureOptions = { warmup: 5, runs: 30 };
	const floatSmall: MeasureOptions = { warmup: 20_000, runs: 2000, batch: 100 };
	const floatBig: MeasureOptions = { warmup: 2000, runs: 2000, batch: 10 };

	const rows: Row[] = [];
	const add = (name: string, timing: Timing, extra: Partial<Row> = {}) =>
		rows.push({ name, ...timing, ...extra });
	const versus = (engine: Timing, float: Timing) => engine.medianMs / float.medianMs;

	const pFloat = measure(() => evaluateFloat(portsmouthFloat, 'plan'), floatSmall);
	// afresh: every run a first evaluation, not a reuse of the projections kept from the last run.
	const pPlan = measure(() => evaluateModel(afresh(portsmouth), 'plan'), small);
	add('portsmouth plan (decimal engine)', pPlan, {
		targetMs: 1,
		pass: pPlan.medianMs < 1,
		ratio: { of: 'decimal / float', value: versus(pPlan, pFloat) }
	});
	add('portsmouth plan (float yardstick)', pFloat, { baselineOf: 'portsmouth plan' });

	const lFloatPlan = measure(() => evaluateFloat(largeFloat, 'plan'), floatBig);
	const lFloatRisk = measure(() => evaluateFloat(largeFloat, 'risk'), floatBig);
	const lPlan = measure(() => evaluateModel(afresh(large), 'plan'), big);
	const lRisk = measure(() => evaluateModel(afresh(large), 'risk'), big);
	add('large plan (decimal engine)', lPlan, {
		targetMs: 50,
		pass: lPlan.medianMs < 50,
		ratio: { of: 'decimal / float', value: versus(lPlan, lFloatPlan) }
	});
	// The risk view evaluates the plan first (to keep its unidentified QIPP), so about twice the plan.
	add('large risk (decimal engine)', lRisk, {
		ratio: { of: 'decimal / float', value: versus(lRisk, lFloatRisk) }
	});
	add('large plan (float yardstick)', lFloatPlan, { baselineOf: 'large plan' });
	const kernel = benchKernel(large, lFloatPlan);
	add('large risk (float yardstick)', lFloatRisk, { baselineOf: 'large risk' });

	// Named cells (issue 3): the formula language and graph on their own, then over the large model.
	const chain = benchChain(large.years);
	const parse = benchFormulaParse(); // long and deeply nested formula text (the fuzz tests' worst cases)
	// Tables out to Excel (issue 11): the workbook of every bridge and QIPP table, against CSV.
	const excel = await benchExcelExport(large);
	rows.push(
		...kernel.rows,
		...chain.rows,
		...parse.rows,
		...excel.rows,
		...benchCompare(),
		...benchSensitivity(),
		...benchSimulation()
	);

	printTable(rows);
	// A check that fails means the bench timed the wrong work, so its figures mean nothing.
	for (const warning of [...kernel.warnings, ...chain.warnings, ...parse.warnings, ...excel.warnings])
		console.log(`WARNING: ${warning}`);

	const drifts = [
		drift('portsmouth', portsmouth, portsmouthFloat, 'plan'),
		drift('large', large, largeFloat, 'plan'),
		drift('large', large, largeFloat, 'risk')
	];
	console.log('');
	console.log('Float drift: largest |float closing - exact closing| over organisations and years');
	for (const d of drifts) {
		const size = D(d.maxAbsDiff);
		console.log(
			size.isZero()
				? `  ${d.model} ${d.view}: £0 (all ${d.closings} closings happen to be exact in doubles)`
				: `  ${d.model} ${d.view}: £${size.toPrecision(3)} (${d.where}, closing £${D(d.closing).toFixed(2)}); ` +
						`${d.inexact} of ${d.closings} closings not exact`
		);
	}
	// A large drift would mean the yardstick does not compute what the engine does, and its timing
	// would then be no yardstick at all.
	const broken = drifts.filter((d) => D(d.maxAbsDiff).gt(1));
	if (broken.length > 0) console.log('WARNING: float kernel disagrees with the engine by more than £1');

	const missed = rows.filter((r) => r.pass === false);
	console.log('');
	if (missed.length > 0) {
		for (const r of missed) {
			console.log(`MISSED TARGET: ${r.name}: median ${ms(r.medianMs)} ms, target < ${r.targetMs} ms`);
		}
	} else {
		console.log('All targets met.');
	}

	const resultsPath = 'bench/results.json';
	writeFileSync(
		resultsPath,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				node: process.version,
				platform: `${platform()} ${arch()}`,
				cpu: cpus()[0]?.model ?? 'unknown',
				cpus: cpus().length,
				loadAverage: load,
				largeModel: describe(large),
				rows,
				floatDrift: drifts,
				missedTargets: missed.map((r) => r.name)
			},
			null,
			'\t'
		) + '\n'
	);
	console.log(`Written ${resultsPath}`);
}

await main();
