// Browser bench, part 4 (run by browser.ts): 10,000 Monte Carlo iterations of the Portsmouth
// example in the notebook's Web Workers, from Run to the summary, worker start included, against
// the same iterations in one Node thread timed in the same run.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import type { BrowserContext } from '@playwright/test';
import { readModel } from '../src/lib/model/valid-model';
import { simulate } from '../src/lib/simulate/simulate';
import { quantile, type Row } from './measure';

const EXAMPLE = '/model/portsmouth-ccg-2017-19';
const CLOSING = '[data-testid="bridge-table"] tr[data-key="closing"]';
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

interface BrowserRow extends Row {
	readonly p95Ms: number;
}

function row(name: string, samples: number[], extra: Partial<BrowserRow> = {}): BrowserRow {
	const s = sorted(samples);
	return {
		name,
		runs: s.length,
		batch: 1,
		medianMs: quantile(s, 0.5),
		p90Ms: quantile(s, 0.9),
		p95Ms: quantile(s, 0.95),
		minMs: s[0] ?? NaN,
		maxMs: s.at(-1) ?? NaN,
		...extra
	};
}

const SIMULATION = { warmup: 1, runs: 5 };
/** Issue 12: 10,000 iterations of the Portsmouth example in Chromium, worker start included. */
const SIMULATION_MS = 1_000;

export async function benchSimulationInPage(context: BrowserContext, base: string): Promise<BrowserRow[]> {
	const page = await context.newPage();
	await page.goto(base + EXAMPLE);
	await page.waitForSelector(CLOSING);
	await page.getByLabel('Add', { exact: true }).selectOption({ label: 'Monte Carlo simulation' });
	await page.getByRole('button', { name: 'Add block' }).click();
	const button = page.getByRole('button', { name: 'Run simulation' });
	await button.waitFor();
	const samples: number[] = [];
	for (let i = 0; i < SIMULATION.warmup + SIMULATION.runs; i++) {
		await page.waitForTimeout(300);
		const t = performance.now();
		await button.click();
		// Running: the button is disabled until the summary is in (a new set of workers each time).
		await page.waitForSelector('[data-testid="simulation-table"]');
		await page.waitForFunction(() => {
			const b = [...document.querySelectorAll('button')].find((e) => e.textContent === 'Run simulation');
			return b !== undefined && !b.disabled;
		});
		if (i >= SIMULATION.warmup) samples.push(performance.now() - t);
	}
	const heading = await page.getByTestId('simulation-heading').textContent();
	if (!heading?.includes('10,000 runs')) throw new Error(`bench simulation: the block shows "${heading}"`);
	await page.close();
	// The same 10,000 iterations in one thread in Node, timed now: the baseline.
	const read = readModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
	if (!read.ok) throw new Error('Portsmouth example does not load');
	const model = read.value;
	const node: number[] = [];
	for (let i = 0; i < 4; i++) {
		const t = performance.now();
		const made = simulate(model, { runs: 10_000, seed: 1 });
		if (!made.ok) throw new Error('bench simulation: Portsmouth does not simulate');
		if (i > 0) node.push(performance.now() - t);
	}
	const baseline = row('simulate 10,000, one thread in Node (portsmouth)', node, {
		baselineOf: 'simulate in Chromium'
	});
	const browser = row(`simulate 10,000 in Chromium, ${cpus().length} cores' workers (portsmouth)`, samples, {
		targetMs: SIMULATION_MS,
		pass: quantile(sorted(samples), 0.5) < SIMULATION_MS,
		ratio: { of: 'Chromium / one Node thread', value: quantile(sorted(samples), 0.5) / baseline.medianMs }
	});
	return [browser, baseline];
}
