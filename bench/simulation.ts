// Monte Carlo (issue 12): 10,000 iterations of the Portsmouth example (its own ranges) and of a
// 200-line, 100-scheme, 5-year model (every line's activity growth and inflation a range, QIPP
// delivery by RAG), one thread, against a plain-float yardstick that does the same draws and the
// same model in floats, timed in the same run. The iterations are what the page's workers share
// out, so two workers take about half of this, plus their start (timed in Chromium by browser.ts).
import { readFileSync } from 'node:fs';
import type { ModelInput } from '../src/lib/engine/types';
import { evaluateScenario } from '../src/lib/model/evaluate-scenario';
import { readModel, type ValidModel } from '../src/lib/model/valid-model';
import { iterationDraws, runIterations } from '../src/lib/simulate/iterations';
import { prepareSimulation, type PreparedSimulation } from '../src/lib/simulate/simulate';
import { evaluateFloat, toFloatModel, type FloatModel } from './float-kernel';
import { generateLargeModel, LARGE_MODEL } from './large-model';
import { largeModelFile } from './large-model-file';
import { measure, type Row } from './measure';

const RUNS = 10_000;
/** Issue 12: 10,000 iterations of the 200-line model in under 1 s with two workers. */
const TWO_WORKER_MS = 1_000;
const FLOAT_RATIO = 1.5;

const tri = (low: string, mode: string, high: string) => ({ type: 'triangular', low, mode, high });

function valid(file: unknown): ValidModel {
	const read = readModel(JSON.stringify(file));
	if (!read.ok) throw new Error(`bench simulation: ${JSON.stringify(read.problems.slice(0, 2))}`);
	return read.value;
}

/** The 200-line model as a file, with a range on every line's activity growth and inflation. */
function mediumModel(): { model: ValidModel; input: ModelInput } {
	const input = generateLargeModel({
		...LARGE_MODEL,
		organisations: 1,
		costLines: 200,
		schemes: 100,
		years: 5
	});
	const file = largeModelFile(input);
	const org = input.organisations[0]!;
	file.uncertainty = {
		ranges: org.costLines.flatMap((line) => [
			{
				path: `organisations.${org.id}.costLines.${line.id}.activityGrowth`,
				distribution: tri('0', '2', '4')
			},
			{ path: `organisations.${org.id}.costLines.${line.id}.inflation`, distribution: tri('1', '2.5', '5') }
		]),
		delivery: {}
	} as never;
	const model = valid(file);
	const resolved = evaluateScenario(model, 'baseline').input;
	if (!resolved) throw new Error('bench simulation: the 200-line model does not evaluate');
	return { model, input: resolved };
}

/**
 * The float yardstick: the same draws (whole steps) written into a float model in place, then both
 * views in floats. Paths are read once, as the kernel's setters are.
 */
function floatIterations(p: PreparedSimulation, input: ModelInput, floats: FloatModel) {
	const org = input.organisations[0]!;
	const lines = org.costLines.map((l) => l.id);
	const writes = p.inputs.map((i) => {
		const parts = i.path.split('.');
		if (parts[0] === 'qippDeliveryFactors') {
			const rag = parts[1]!;
			const schemes = org.schemes.flatMap((s, k) =>
				s.rag === rag ? [floats.organisations[0]!.schemes[k]!] : []
			);
			return (steps: number) => {
				const f = steps / 10_000;
				if (rag === 'unidentified') floats.unidentifiedFactor.risk = f;
				for (const s of schemes) s.factor.risk = f;
			};
		}
		const line = floats.organisations[0]!.lines[lines.indexOf(parts[3]!)]!;
		const series = parts[4] === 'inflation' ? line.inflation : line.activityGrowth;
		return (steps: number) => series.fill(steps / 10_000);
	});
	return () => {
		let sum = 0;
		for (let i = 0; i < p.runs; i++) {
			const draws = iterationDraws(p.inputs, p.seed, i);
			for (let j = 0; j < writes.length; j++) writes[j]!(draws[j]!);
			const risk = evaluateFloat(floats, 'risk');
			sum += risk.length;
		}
		return sum;
	};
}

export function benchSimulation(): Row[] {
	const portsmouth = valid(JSON.parse(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8')));
	const { model: medium, input } = mediumModel();
	const rows: Row[] = [];
	// The 200-line model takes seconds an iteration block: few samples, each of 10,000 iterations.
	const runs = { warmup: 1, runs: 3 };
	for (const [name, model] of [
		['portsmouth', portsmouth],
		['200 lines, 100 schemes, 5 years', medium]
	] as const) {
		const prepared = prepareSimulation(model, { runs: RUNS, seed: 1 });
		if (!prepared.ok) throw new Error(`bench simulation ${name}: ${JSON.stringify(prepared.problems)}`);
		const p = prepared.value;
		const years = p.years.length;
		const kernel = measure(() => runIterations(p.evaluator, p.inputs, years, p.seed, 0, p.runs), runs);
		if (p.evaluator.engine !== 'kernel' || p.evaluator.exactIterations > 0)
			throw new Error(`bench simulation ${name}: not on the kernel (${p.evaluator.reason})`);
		const drawsOnly = measure(() => {
			let n = 0;
			for (let i = 0; i < p.runs; i++) n += iterationDraws(p.inputs, p.seed, i).length;
			return n;
		}, runs);
		rows.push({ name: `simulate 10,000 draws only (${name}, ${p.inputs.length} inputs)`, ...drawsOnly });
		if (name === 'portsmouth') {
			rows.push({ name: `simulate 10,000, one thread (${name})`, ...kernel });
			continue;
		}
		const float = measure(floatIterations(p, input, toFloatModel(input)), runs);
		rows.push(
			{
				name: `simulate 10,000, one thread (${name})`,
				...kernel,
				targetMs: 2 * TWO_WORKER_MS,
				pass: kernel.medianMs < 2 * TWO_WORKER_MS,
				ratio: { of: 'kernel / float', value: kernel.medianMs / float.medianMs }
			},
			{
				name: `simulate 10,000, float yardstick (${name})`,
				...float,
				// The second target is the ratio (kernel / float under 1.5), read in the row above.
				baselineOf: `simulate (target: kernel / float < ${FLOAT_RATIO})`
			}
		);
	}
	return rows;
}
