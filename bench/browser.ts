// `npm run bench`, second part: the app in real Chromium (Debian's, via playwright-core), after the
// Node engine timings of run.ts. Two figures a finance lead feels, each against a baseline timed in
// the same run and the same browser, so the ratios survive a slower or faster machine:
//   1. an edit in the Portsmouth notebook's Reserves grid, by its keyboard path, until the bridge
//      table shows the new figures (and until the frame after that, "painted");
//   2. opening a notebook saved in IndexedDB until its bridge's closing row is shown;
//   4. (below 3) 10,000 Monte Carlo iterations of the Portsmouth example in the notebook's Web
//      Workers, worker start included, against the same iterations in one Node thread;
//   3. the same two on the large generated model (2 organisations x 1,000 cost lines x 300 schemes
//      x 5 years), imported as a file through the library: an edit of the named cell that is the
//      model-wide inflation (so it feeds every cost line) to the updated bridge, and opening it.
// It builds the app when build/ is missing or older than the sources, serves build/ with
// scripts/serve.js on a free port, and adds its rows to bench/results.json (written by run.ts).
// A report, not a test: it exits 0 once the page runs, and says MISSED TARGET loudly; it fails
// (exit 1) only when it cannot measure at all (no Chromium, the build fails, the page breaks).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	accessSync,
	constants,
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { largeModelFile, UPLIFT_CELL } from './large-model-file';
import { ms, printTable, quantile, type Row } from './measure';
import { benchSimulationInPage } from './browser-simulation';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
const RESULTS = 'bench/results.json';

const EXAMPLE = '/model/portsmouth-ccg-2017-19';
const RATE_PATH = 'organisations.portsmouth.reserves.contingency.rate.2017/18';
const CLOSING = '[data-testid="bridge-table"] tr[data-key="closing"]';
const LIBRARY_LIST = '[data-testid="model-list"] a[href^="/model/"]';

const EDIT = { warmup: 5, runs: 40 };
const OPEN = { warmup: 3, runs: 15 };
const LARGE_EDIT = { warmup: 3, runs: 15 };
const LARGE_OPEN = { warmup: 1, runs: 7 };
const UPLIFT_PATH = 'cells.inflation-uplift.value';

/** A browser row: the Node rows' fields, plus the p95 this part reports instead of the p90. */
interface BrowserRow extends Row {
	readonly p95Ms: number;
}

// ---------------------------------------------------------------------------------------------
// The built app and its server

/** Newest modification time of a file, or of any file under a folder, in ms. */
function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let latest = stat.mtimeMs;
	for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
	return latest;
}

/** Build with vite when build/ is missing or older than anything that goes into it. */
function ensureBuild(): void {
	const built = newest('build/200.html');
	const inputs = ['src', 'static', 'models', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];
	const stale = built === 0 || inputs.some((p) => newest(p) > built);
	if (!stale) {
		console.log('build/ is up to date with src/, static/ and models/: not rebuilding.');
		return;
	}
	console.log(
		built === 0 ? 'No build/: running vite build.' : 'build/ is older than the sources: running vite build.'
	);
	const started = Date.now();
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		encoding: 'utf8'
	});
	if (result.status !== 0) {
		console.error(result.stdout, result.stderr);
		console.error('vite build failed, so there is no app to time.');
		process.exit(1);
	}
	console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/** Start scripts/serve.js on `port` and resolve once it answers. */
async function serve(port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let errors = '';
	server.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (server.exitCode !== null) throw new Error(`scripts/serve.js stopped: ${errors.trim()}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill('SIGTERM');
	throw new Error(`scripts/serve.js did not answer on port ${port} within 15 s`);
}

function chromiumOrExit(): void {
	try {
		accessSync(CHROMIUM, constants.X_OK);
	} catch {
		console.error(
			[
				`The browser benchmarks need Chromium, and there is none at ${CHROMIUM}.`,
				"Run `node scripts/ensure-chromium.js` (it installs Debian's with apt-get when it can, or says how),",
				'or point CHROMIUM_PATH at a Chromium or Chrome you have, then run `npm run bench` again.'
			].join('\n')
		);
		process.exit(1);
	}
}

// ---------------------------------------------------------------------------------------------
// Statistics and the report

function row(name: string, samples: number[], extra: Partial<BrowserRow> = {}): BrowserRow {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		name,
		runs: sorted.length,
		batch: 1,
		medianMs: quantile(sorted, 0.5),
		p90Ms: quantile(sorted, 0.9),
		p95Ms: quantile(sorted, 0.95),
		minMs: sorted[0] ?? NaN,
		maxMs: sorted.at(-1) ?? NaN,
		...extra
	};
}

// ---------------------------------------------------------------------------------------------
// 1. Edit to updated bridge

interface EditTiming {
	/** Enter keydown dispatched -> the bridge's contingency and closing rows both show new text. */
	readonly updated: number;
	/** ... -> the second animation frame after that, so the frame with the new figures is out. */
	readonly painted: number;
	/** The edited cell's text afterwards, to check the edit did what we meant. */
	readonly cell: string;
}

/**
 * In the page: type `text` into the grid cell at `path` the way a user does (a typing key opens
 * the editor with that character, the editor gets the rest, Enter commits), timing only the Enter.
 * Svelte delegates keydown and input to the document, so dispatched events take the same path as
 * real ones. Serialised into the page by playwright: no imports, no outside names.
 */
async function editInPage(args: {
	path: string;
	text: string;
	closing: string;
	/** Bridge rows that must all show new text before the edit counts as shown. */
	watch: string[];
}): Promise<EditTiming> {
	const frame = () =>
		new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
	const td = document.querySelector<HTMLElement>(`td[data-path="${args.path}"]`);
	if (!td) throw new Error(`no grid cell with data-path ${args.path}`);
	td.focus();
	td.dispatchEvent(new KeyboardEvent('keydown', { key: args.text[0], bubbles: true, cancelable: true }));
	await frame();
	const input = td.querySelector<HTMLInputElement>('input.editor');
	if (!input) throw new Error('typing in the cell did not open its editor');
	input.value = args.text;
	input.dispatchEvent(new Event('input', { bubbles: true }));
	// Let the typing's own work (and its frame) finish, so the timing starts from a quiet page.
	await frame();
	await frame();
	const closing = document.querySelector(args.closing);
	const table = closing?.closest('table');
	const block = table?.closest('[data-testid^="block-"]') ?? table?.parentElement;
	if (!closing || !table || !block) throw new Error('no bridge table with a closing row');
	const rowText = (key: string) => table.querySelector(`tr[data-key="${key}"]`)?.textContent ?? '';
	const before = args.watch.map(rowText);
	return new Promise<EditTiming>((resolve, reject) => {
		const timeout = setTimeout(() => {
			observer.disconnect();
			reject(new Error(`the bridge did not change within 5 s of committing ${args.text}`));
		}, 5000);
		let start = 0;
		const observer = new MutationObserver(() => {
			if (args.watch.some((key, i) => rowText(key) === before[i])) return;
			const updated = performance.now() - start;
			observer.disconnect();
			requestAnimationFrame(() =>
				requestAnimationFrame(() => {
					clearTimeout(timeout);
					const painted = performance.now() - start;
					const cell = document.querySelector(`td[data-path="${args.path}"]`)?.textContent ?? '';
					resolve({ updated, painted, cell: cell.trim() });
				})
			);
		});
		observer.observe(block, { subtree: true, childList: true, characterData: true });
		start = performance.now();
		input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
	});
}

/** In the page: change a text node in a small visible element; same clocks as editInPage. */
async function trivialInPage(value: string): Promise<{ updated: number; painted: number }> {
	let probe = document.getElementById('bench-probe');
	if (!probe) {
		probe = document.createElement('span');
		probe.id = 'bench-probe';
		probe.style.cssText = 'position:fixed;top:0;right:0;z-index:9;background:#fff;font:12px monospace';
		probe.append(document.createTextNode('-'));
		document.body.append(probe);
		await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
	}
	const text = probe.firstChild as Text;
	return new Promise((resolve) => {
		let start = 0;
		const observer = new MutationObserver(() => {
			const updated = performance.now() - start;
			observer.disconnect();
			requestAnimationFrame(() =>
				requestAnimationFrame(() => resolve({ updated, painted: performance.now() - start }))
			);
		});
		observer.observe(probe, { subtree: true, characterData: true, childList: true });
		start = performance.now();
		text.data = value;
	});
}

/**
 * Wait until the autosave (400 ms after an edit) has written to IndexedDB, and a little more, so the
 * next edit starts from a quiet page. If it never reports saved (an app error), wait a fixed 600 ms
 * instead and say so: the timings are still of the edit, but the notebook has a bug to look at.
 */
async function settle(page: Page, problems: Set<string>): Promise<void> {
	const saved = '[data-testid="save-state"][data-state="saved"]';
	const stuck = [...problems].some((p) => p.startsWith('the autosave'));
	try {
		await page.waitForSelector(saved, { state: 'attached', timeout: stuck ? 500 : 3000 });
	} catch {
		const state = await page.getAttribute('[data-testid="save-state"]', 'data-state').catch(() => null);
		problems.add(`the autosave did not report saved within 3 s of an edit (save state: ${state ?? 'none'})`);
		await page.waitForTimeout(600);
	}
	await page.waitForTimeout(100);
}

async function benchEdit(context: BrowserContext, base: string): Promise<BrowserRow[]> {
	const page = await context.newPage();
	const problems = new Set<string>();
	page.on('pageerror', (error) => problems.add(`the notebook page threw: ${error.message}`));
	await page.goto(base + EXAMPLE);
	await page.waitForSelector(CLOSING);
	await page.waitForSelector(`td[data-path="${RATE_PATH}"]`);
	await page.waitForTimeout(300);

	const updated: number[] = [];
	const painted: number[] = [];
	// The cell starts as the formula =contingency_rate (0.5%); the first edit makes it a number.
	for (let i = 0; i < EDIT.warmup + EDIT.runs; i++) {
		const text = i % 2 === 0 ? '0.6' : '0.5';
		const t = await page.evaluate(editInPage, {
			path: RATE_PATH,
			text,
			closing: CLOSING,
			watch: ['contingency', 'closing']
		});
		if (!t.cell.includes(`${text}%`)) problems.add(`the cell shows "${t.cell}" after typing ${text}`);
		// Each edit is timed from a quiet page: the autosave writes 400 ms after it, off the clock.
		await settle(page, problems);
		if (i < EDIT.warmup) continue;
		updated.push(t.updated);
		painted.push(t.painted);
	}
	const trivialUpdated: number[] = [];
	const trivialPainted: number[] = [];
	for (let i = 0; i < EDIT.warmup + EDIT.runs; i++) {
		const t = await page.evaluate(trivialInPage, String(i));
		if (i < EDIT.warmup) continue;
		trivialUpdated.push(t.updated);
		trivialPainted.push(t.painted);
	}
	for (const p of problems) console.log(`WARNING: ${p}`);
	await page.close();

	const trivial = row('trivial DOM change, same page (painted)', trivialPainted, {
		baselineOf: 'edit, painted'
	});
	const engine = nodeEngineMs();
	const u = row('edit: contingency rate -> bridge updated', updated, { targetMs: 16 });
	return [
		{
			...u,
			pass: u.medianMs < 16,
			...(engine !== undefined && { ratio: { of: 'edit / engine in Node', value: u.medianMs / engine } })
		},
		row('edit: contingency rate -> bridge painted', painted, {
			ratio: { of: 'painted / trivial', value: quantile(sorted(painted), 0.5) / trivial.medianMs }
		}),
		trivial
	];
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** run.ts's median for the whole Portsmouth model in Node, timed just before this in the same run. */
function nodeEngineMs(): number | undefined {
	try {
		const results = JSON.parse(readFileSync(RESULTS, 'utf8')) as { rows?: Row[] };
		return results.rows?.find((r) => r.name === 'portsmouth plan (decimal engine)')?.medianMs;
	} catch {
		return undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// 2. Open a notebook from IndexedDB

/**
 * Runs in every document before its own scripts: note when each selector first matches a visible
 * element (ms from navigation start, performance.timeOrigin) and the second frame after that.
 */
function watchInPage(selectors: string[]): void {
	const seen: Record<string, { shown: number; painted?: number }> = {};
	(window as unknown as { __benchSeen: typeof seen }).__benchSeen = seen;
	const check = () => {
		for (const selector of selectors) {
			if (seen[selector]) continue;
			const element = document.querySelector(selector);
			if (!element || !element.checkVisibility()) continue;
			const entry: { shown: number; painted?: number } = { shown: performance.now() };
			seen[selector] = entry;
			requestAnimationFrame(() => requestAnimationFrame(() => (entry.painted = performance.now())));
		}
		if (selectors.every((s) => seen[s])) observer.disconnect();
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true });
}

async function openOnce(
	page: Page,
	url: string,
	selector: string
): Promise<{ shown: number; painted: number }> {
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForSelector(selector);
	const handle = await page.waitForFunction(
		(s) =>
			(window as unknown as { __benchSeen?: Record<string, { painted?: number }> }).__benchSeen?.[s]?.painted,
		selector
	);
	await handle.dispose();
	const seen = await page.evaluate(
		(s) =>
			(window as unknown as { __benchSeen: Record<string, { shown: number; painted: number }> }).__benchSeen[
				s
			]!,
		selector
	);
	// Let late work (charts, the library's other reads) finish before the next navigation.
	await page.waitForTimeout(150);
	return seen;
}

async function benchOpen(context: BrowserContext, base: string): Promise<BrowserRow[]> {
	const page = await context.newPage();
	const problems = new Set<string>();
	page.on('pageerror', (error) => problems.add(`a page threw: ${error.message}`));
	await page.addInitScript(watchInPage, [CLOSING, LIBRARY_LIST]);
	// First visit seeds the examples into IndexedDB; the library then lists them.
	await page.goto(base + '/');
	await page.waitForSelector(LIBRARY_LIST);
	const links = await page.$$eval(LIBRARY_LIST, (as) =>
		as.map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }))
	);
	const saved = links.find((l) => /portsmouth/i.test(l.text)) ?? links[0];
	if (!saved) throw new Error('the library lists no models after seeding');
	const url = base + saved.href;

	const model = { shown: [] as number[], painted: [] as number[] };
	const library = { shown: [] as number[], painted: [] as number[] };
	// Alternate, so drift in the machine's load falls on both alike.
	for (let i = 0; i < OPEN.warmup + OPEN.runs; i++) {
		const m = await openOnce(page, url, CLOSING);
		const l = await openOnce(page, base + '/', LIBRARY_LIST);
		if (i < OPEN.warmup) continue;
		model.shown.push(m.shown);
		model.painted.push(m.painted);
		library.shown.push(l.shown);
		library.painted.push(l.painted);
	}
	for (const p of problems) console.log(`WARNING: ${p}`);
	await page.close();

	const baseline = row('open library / (model list shown)', library.shown, { baselineOf: 'open, shown' });
	const shown = row('open saved notebook (closing row shown)', model.shown, {
		targetMs: 200
	});
	return [
		{
			...shown,
			pass: shown.medianMs < 200,
			ratio: { of: 'notebook / library', value: shown.medianMs / baseline.medianMs }
		},
		row('open saved notebook (painted)', model.painted, {
			ratio: { of: 'notebook / library', value: quantile(sorted(model.painted), 0.5) / baseline.medianMs }
		}),
		baseline
	];
}

// ---------------------------------------------------------------------------------------------
// 3. The large generated model, imported as a file

async function benchLarge(context: BrowserContext, base: string, edit: BrowserRow): Promise<BrowserRow[]> {
	const page = await context.newPage();
	const problems = new Set<string>();
	page.on('pageerror', (error) => problems.add(`a page threw: ${error.message}`));
	await page.addInitScript(watchInPage, [CLOSING]);
	const dir = mkdtempSync(join(tmpdir(), 'bridgebook-large-'));
	const file = join(dir, 'large-generated-plan.json');
	writeFileSync(file, JSON.stringify(largeModelFile(), null, '\t'));
	await page.goto(base + '/');
	await page.waitForSelector(LIBRARY_LIST);
	// Chromium reads a chosen file when the page asks for its text, after setInputFiles returns:
	// the file must stay until the import has happened.
	const link = page.locator(LIBRARY_LIST, { hasText: 'Large generated plan' });
	try {
		await page.setInputFiles('input[type="file"]', file);
		await link.first().waitFor({ timeout: 60_000 });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	const url = base + ((await link.first().getAttribute('href')) ?? '');

	const open = { shown: [] as number[], painted: [] as number[] };
	for (let i = 0; i < LARGE_OPEN.warmup + LARGE_OPEN.runs; i++) {
		const m = await openOnce(page, url, CLOSING);
		if (i < LARGE_OPEN.warmup) continue;
		open.shown.push(m.shown);
		open.painted.push(m.painted);
	}
	await page.waitForSelector(`td[data-path="${UPLIFT_PATH}"]`);
	const updated: number[] = [];
	for (let i = 0; i < LARGE_EDIT.warmup + LARGE_EDIT.runs; i++) {
		const text = i % 2 === 0 ? '2.2' : '2.1';
		const t = await page.evaluate(editInPage, {
			path: UPLIFT_PATH,
			text,
			closing: CLOSING,
			// The plan balances to its target with unidentified QIPP, so the closing stays put.
			watch: ['inflation', 'qipp']
		});
		if (!t.cell.includes(text))
			problems.add(`the ${UPLIFT_CELL} cell shows "${t.cell}" after typing ${text}`);
		await settle(page, problems);
		if (i >= LARGE_EDIT.warmup) updated.push(t.updated);
	}
	for (const p of problems) console.log(`WARNING: ${p}`);
	await page.close();

	const e = row('large model: edit feeding every cost line -> bridge updated', updated, { targetMs: 50 });
	const o = row('large model: open from IndexedDB (closing row shown)', open.shown, { targetMs: 500 });
	return [
		{
			...e,
			pass: e.medianMs < 50,
			ratio: { of: 'large / Portsmouth edit', value: e.medianMs / edit.medianMs }
		},
		{ ...o, pass: o.medianMs < 500 }
	];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	chromiumOrExit();
	ensureBuild();
	const port = await freePort();
	const server = await serve(port);
	const stop = () => server.exitCode === null && server.kill('SIGTERM');
	process.on('exit', stop);
	// A fresh profile on disk, so IndexedDB is the real on-disk store (an incognito context keeps it in memory).
	const profile = mkdtempSync(join(tmpdir(), 'bridgebook-bench-'));
	let context: BrowserContext | undefined;
	try {
		context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			args: ARGS,
			viewport: { width: 1366, height: 768 }
		});
		const version = context.browser()?.version() ?? (await chromiumVersion());
		const base = `http://127.0.0.1:${port}`;
		console.log('');
		console.log(
			`Browser: Chromium ${version} (headless), ${base}, load average ${(loadavg()[0] ?? 0).toFixed(2)}`
		);
		console.log('');

		const open = await benchOpen(context, base);
		const edit = await benchEdit(context, base);
		const large = await benchLarge(context, base, edit[0]!);
		const simulation = await benchSimulationInPage(context, base);
		const rows = [...edit, ...open, ...large, ...simulation];
		printTable(rows, { label: 'p95', of: (r) => r.p95Ms });
		console.log('');
		console.log('Baselines, same browser and run:');
		console.log(
			'  engine in Node: run.ts\'s "portsmouth plan (decimal engine)" median, the whole model once.'
		);
		console.log(
			'  trivial DOM change: one text node changed in the same page, timed to the same double rAF.'
		);
		console.log('  library /: the app boots, opens IndexedDB and lists the models, without a notebook.');
		console.log('  large / Portsmouth edit: the same keyboard edit path on the two models.');
		console.log(
			'Edits are timed from a quiet page: each waits for the autosave (400 ms later) to finish first.'
		);

		const missed = rows.filter((r) => r.pass === false);
		console.log('');
		if (missed.length > 0) {
			for (const r of missed)
				console.log(`MISSED TARGET: ${r.name}: median ${ms(r.medianMs)} ms, target < ${r.targetMs} ms`);
		} else {
			console.log('All browser targets met.');
		}
		merge(rows, version);
	} finally {
		await context?.close();
		rmSync(profile, { recursive: true, force: true });
		stop();
	}
}

async function chromiumVersion(): Promise<string> {
	const out = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout ?? '';
	return out.match(/[\d.]+/)?.[0] ?? 'unknown';
}

/** Add the browser rows to run.ts's results, keeping its structure. */
function merge(rows: readonly BrowserRow[], version: string): void {
	let results: Record<string, unknown>;
	try {
		results = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
	} catch {
		results = { date: new Date().toISOString(), cpus: cpus().length, rows: [], missedTargets: [] };
	}
	const nodeRows = Array.isArray(results.rows) ? (results.rows as Row[]) : [];
	const missed = Array.isArray(results.missedTargets) ? (results.missedTargets as string[]) : [];
	results.rows = [...nodeRows, ...rows];
	results.missedTargets = [...missed, ...rows.filter((r) => r.pass === false).map((r) => r.name)];
	results.browser = { chromium: version, headless: true, loadAverage: loadavg()[0] ?? 0 };
	writeFileSync(RESULTS, JSON.stringify(results, null, '\t') + '\n');
	console.log(`Added the browser rows to ${RESULTS}`);
}

main().catch((error: unknown) => {
	console.error('The browser benchmarks could not run:', error instanceof Error ? error.message : error);
	process.exit(1);
});
