// Shared fixtures for the notebook tests: the example models, parsed, and independent figures
// worked out straight from the model layer and the engine (never through src/lib/notebook).
import { readFileSync } from 'node:fs';
import { bridgeReports, type BridgeReport } from '../../../src/lib/io/bridge-report';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import type { ModelFile } from '../../../src/lib/model/schema';
import { scenarioFile, validateModel, type ValidModel } from '../../../src/lib/model/valid-model';

export const PORTSMOUTH = 'models/portsmouth-ccg-2017-19.json';
export const ICB = 'models/icb-template-2026-29.json';

const cache = new Map<string, string>();

/** A fresh copy of an example model without its page layout (so the standard layout applies). */
export function withoutLayout(path: string): ValidModel {
	const file: Partial<ModelFile> = { ...loadExample(path) };
	delete file.notebook;
	return valid(file);
}

/** A fresh, validated copy of an example model. */
export function loadExample(path: string): ValidModel {
	if (!cache.has(path)) cache.set(path, readFileSync(path, 'utf8'));
	return valid(JSON.parse(cache.get(path)!));
}

/** `file` validated, or an error naming its problems. */
export function valid(file: unknown): ValidModel {
	const checked = validateModel(file);
	if (!checked.ok) throw new Error(`not a valid model: ${JSON.stringify(checked.problems)}`);
	return checked.value;
}

/** `file` as scenario `id` sees it (validated first). */
export function resolvedAs(file: ModelFile, id: string): ModelFile {
	const resolved = scenarioFile(valid(file), id);
	if (!resolved) throw new Error(`no scenario ${id}`);
	return resolved;
}

/** Bridge reports (in £m) for `scenario` of `file`, worked out without the notebook layer. */
export function reportsOf(
	file: ModelFile,
	scenario = 'baseline',
	view: 'plan' | 'risk' = 'plan'
): BridgeReport[] {
	const evaluation = evaluateScenario(valid(file), scenario);
	const result = evaluation.result(view);
	if (!evaluation.input || !result) throw new Error(JSON.stringify(evaluation.problems));
	return bridgeReports(evaluation.input, result, { unit: 'm', scenario });
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
