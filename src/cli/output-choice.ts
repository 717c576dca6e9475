// The output a tornado or goal seek reads, from --measure, --year and --org (shared by both).
import { CONSOLIDATED } from '../lib/io/bridge-report';
import type { MeasureKey } from '../lib/io/comparison';
import { outputProblems, type OutputChoice } from '../lib/io/output-at';
import { describeProblems } from '../lib/model/problems';
import type { ValidModel } from '../lib/model/valid-model';
import { UsageError } from './io';

export const OUTPUT_OPTIONS = {
	measure: { type: 'string' },
	year: { type: 'string' },
	org: { type: 'string' }
} as const;

/** The output chosen: risk-adjusted surplus of the first year, consolidated with several organisations, by default. */
export function outputChoice(
	model: ValidModel,
	values: { measure?: string; year?: string; org?: string }
): OutputChoice {
	const output: OutputChoice = {
		measure: (values.measure ?? 'risk_surplus') as MeasureKey,
		year: values.year ?? model.years[0] ?? '',
		organisation:
			values.org ?? (model.organisations.length > 1 ? CONSOLIDATED : (model.organisations[0]?.id ?? ''))
	};
	const problems = outputProblems(model, output).map((p) => ({
		path: `--${p.path === 'organisation' ? 'org' : p.path}`,
		message: p.message
	}));
	if (problems.length > 0) throw new UsageError(describeProblems(problems));
	return output;
}
