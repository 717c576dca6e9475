// Shared fixtures for the notebook tests: the example models, parsed, and independent figures
// worked out straight from the model layer and the engine (never through src/lib/notebook).
import { readFileSync } from 'node:fs';
import { evaluateModel } from '../../../src/lib/engine/index';
import { bridgeReports, type BridgeReport } from '../../../src/lib/io/bridge-report';
import { evaluateNotebook } from '../../../src/lib/model/notebook';
import { parseModel, resolveScenario } from '../../../src/lib/model/parse';
import type { ModelFile } from '../../../src/lib/model/schema';

export const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';
export const ICB = 'models/icb-template-2026-29.json';

const cache = new Map<string, string>();

/** A fresh copy of an example model without its page layout (so the standard layout applies). */
export function withoutLayout(path: string): ModelFile {
	const file = loadExample(path);
	delete file.notebook;
	return file;
}

/** A fresh, validated copy of an example model. */
export function loadExample(path: string): ModelFile {
	if (!cache.has(path)) cache.set(path, readFileSync(path, 'utf8'));
	const parsed = parseModel(JSON.parse(cache.get(path)!));
	if (!parsed.ok) throw new Error(`${path} does not parse: ${JSON.stringify(parsed.problems)}`);
	return parsed.value;
}

/** Bridge reports (in £m) for `scenario` of `file`, worked out without the notebook layer. */
export function reportsOf(
	file: ModelFile,
	scenario = 'baseline',
	view: 'plan' | 'risk' = 'plan'
): BridgeReport[] {
	const resolved = resolveScenario(file, scenario);
	if (!resolved.ok) throw new Error(JSON.stringify(resolved.problems));
	const notebook = evaluateNotebook(resolved.value);
	if (!notebook.input) throw new Error(JSON.stringify(notebook.problems));
	const result = evaluateModel(notebook.input, view);
	return bridgeReports(notebook.input, result, { unit: 'm', scenario });
}

/** The bridge closing of every organisation-year, as `org year -> £m` text. */
export function closings(file: ModelFile, scenario = 'baseline'): Record<string, string> {
	return Object.fromEntries(
		reportsOf(file, scenario).map((r) => [
			`${r.organisation} ${r.year}`,
			r.lines.find((l) => l.kind === 'closing')!.value
		])
	);
}

/** Every bridge and context figure of every organisation-year, as `org year key -> £m` text. */
export function figures(file: ModelFile, scenario = 'baseline'): Record<string, string> {
	return Object.fromEntries(
		reportsOf(file, scenario).flatMap((r) =>
			[...r.context, ...r.lines].map((l) => [`${r.organisation} ${r.year} ${l.key}`, l.value])
		)
	);
}

/** One line's value (£m) in the report of `org` and `year`. */
export function lineOf(reports: BridgeReport[], org: string, year: string, key: string): string | undefined {
	const report = reports.find((r) => r.organisation === org && r.year === year);
	return [...(report?.context ?? []), ...(report?.lines ?? [])].find((l) => l.key === key)?.value;
}
