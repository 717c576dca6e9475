// npm test: every test, unit to end-to-end, then one plain summary line that CI can read
// ("total: N passed, N failed"). Stops with a clear message if Chromium cannot be had; LibreOffice
// is installed first when it can be, for the workbook test.
// A Playwright test that failed and then passed on its retry is "flaky": never counted as passed,
// reported on its own line, and a failure when CI is set (a test that can pass by luck proves nothing).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });

/**
 * Run a command with inherited output; returns its exit status.
 * @param {string} command @param {string[]} args @param {Record<string, string>} [env]
 */
function step(command, args, env = {}) {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status ?? 1;
}

/**
 * Passed and failed (and flaky) counts from a reporter's JSON file.
 * @param {string} file @param {(report: any) => { passed: number, failed: number, flaky?: number }} read
 * @returns {{ passed: number, failed: number, flaky?: number, note?: string }}
 */
function counts(file, read) {
	if (!existsSync(file)) return { passed: 0, failed: 1, note: `${file} was not written` };
	return read(JSON.parse(readFileSync(file, 'utf8')));
}

// The workbook test opens exports in LibreOffice (skipped without it, failed in CI); the board
// pack test reads its PDF with poppler.
step('node', ['scripts/ensure-office-tools.js']);

const unitStatus = step('npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile=test-results/vitest.json'
]);
const unit = counts('test-results/vitest.json', (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests
}));

let e2eStatus = step('node', ['scripts/ensure-chromium.js']);
if (e2eStatus === 0) e2eStatus = step('npm', ['run', 'build']);
if (e2eStatus === 0)
	e2eStatus = step('npx', ['playwright', 'test', '--reporter=list,json'], {
		PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json'
	});
const e2e =
	e2eStatus === 0 || existsSync('test-results/playwright.json')
		? counts('test-results/playwright.json', (r) => ({
				passed: r.stats.expected,
				failed: r.stats.unexpected,
				flaky: r.stats.flaky
			}))
		: { passed: 0, failed: 1 };
const flaky = e2e.flaky ?? 0;
const ci = Boolean(process.env.CI) && process.env.CI !== 'false';

const failed =
	unit.failed +
	e2e.failed +
	(ci ? flaky : 0) +
	(unitStatus !== 0 && unit.failed === 0 ? 1 : 0) +
	(e2eStatus !== 0 && e2e.failed === 0 ? 1 : 0);
console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed, ${flaky} flaky`);
console.log(
	`flaky: ${flaky}` +
		(flaky === 0
			? ''
			: ci
				? ' (passed only on a retry: counted as failed because CI is set)'
				: ' (passed only on a retry)')
);
console.log(`total: ${unit.passed + e2e.passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
