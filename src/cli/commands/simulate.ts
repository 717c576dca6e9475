// bridgebook simulate MODEL.json: a Monte Carlo simulation of the model's ranges (its `uncertainty`):
// P10 / P50 / P90 of the risk-adjusted position per year, the chance of meeting the control total,
// a histogram and the inputs that drive the spread. The same seed gives the same figures.
import {
	D,
	fromPounds,
	showAtPrecision,
	showExact,
	showPercent,
	UNIT_SYMBOL,
	type Dec,
	type MoneyUnit
} from '../../lib/engine/index';
import { textTable } from '../../lib/io/text-table';
import { describeProblems } from '../../lib/model/problems';
import { engineSentence } from '../../lib/simulate/engine-note';
import { simulate, type SimulationResult } from '../../lib/simulate/simulate';
import { CONSOLIDATED } from '../../lib/io/bridge-report';
import type { ValidModel } from '../../lib/model/valid-model';
import { UsageError, type CliIo } from '../io';
import { readModelFile } from '../load';
import { oneOf, parseStrict, parseUnitOption } from '../options';

const USAGE =
	'usage: bridgebook simulate MODEL.json [--runs N] [--seed S] [--scenario ID] [--year Y] [--org ID|consolidated] [--unit gbp|k|m] [--format table|json]';

const whole = (name: string, text: string | undefined): number | undefined => {
	if (text === undefined) return undefined;
	if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}"`);
	return Number(text);
};

export function simulateCommand(args: readonly string[], io: CliIo): number {
	const { values, positionals } = parseStrict(args, {
		runs: { type: 'string' },
		seed: { type: 'string' },
		scenario: { type: 'string' },
		year: { type: 'string' },
		org: { type: 'string' },
		unit: { type: 'string' },
		format: { type: 'string' }
	});
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const format = oneOf('format', values.format, ['table', 'json'] as const, 'table');
	const unit = parseUnitOption(values.unit) ?? 'm';
	const runs = whole('runs', values.runs);
	const seed = whole('seed', values.seed);
	const model = readModelFile(io, positionals[0] ?? '');
	const result = simulate(model, {
		...(runs === undefined ? {} : { runs }),
		...(seed === undefined ? {} : { seed }),
		...(values.scenario === undefined ? {} : { scenario: values.scenario }),
		...(values.year === undefined ? {} : { year: values.year }),
		...(values.org === undefined ? {} : { organisation: values.org })
	});
	if (!result.ok) throw new UsageError(describeProblems(result.problems));
	io.out(
		format === 'json'
			? JSON.stringify(toJson(result.value, unit), null, 2) + '\n'
			: render(model, result.value, unit)
	);
	return 0;
}

const figure = (pounds: Dec, unit: MoneyUnit) => fromPounds(pounds, unit).toFixed();
const fourPlaces = (n: number) => D(n).toDecimalPlaces(4);

function toJson(r: SimulationResult, unit: MoneyUnit) {
	const p = r.prepared;
	return {
		unit,
		runs: p.runs,
		seed: p.seed,
		scenario: p.scenario,
		organisation: p.organisation,
		measure: 'risk_surplus',
		engine: r.engine,
		...(r.reason ? { reason: r.reason } : {}),
		exactIterations: r.exactIterations,
		inputs: p.inputs.map((i) => ({ path: i.path, label: i.label, where: i.where })),
		years: r.summary.years.map((y) => ({
			year: y.year,
			p10: figure(y.p10, unit),
			p50: figure(y.p50, unit),
			p90: figure(y.p90, unit),
			mean: figure(y.mean.toDecimalPlaces(2), unit),
			meetsControlTotal: y.meets,
			probability: y.probability.toFixed()
		})),
		fan: r.summary.fan.map((f) => ({
			year: f.year,
			p5: figure(f.p5, unit),
			p10: figure(f.p10, unit),
			p25: figure(f.p25, unit),
			p50: figure(f.p50, unit),
			p75: figure(f.p75, unit),
			p90: figure(f.p90, unit),
			p95: figure(f.p95, unit)
		})),
		histogram: {
			year: r.summary.year,
			bins: r.summary.histogram.map((b) => ({
				from: figure(b.from, unit),
				to: figure(b.to, unit),
				count: b.count
			}))
		},
		drivers: r.summary.drivers.map((d) => ({
			path: d.path,
			label: d.label,
			correlation: fourPlaces(d.correlation).toFixed()
		}))
	};
}

function render(model: ValidModel, r: SimulationResult, unit: MoneyUnit): string {
	const p = r.prepared;
	// Percentiles are one iteration's exact figure: shown to the penny like every CLI figure.
	const show = (pounds: Dec) => showExact(fromPounds(pounds, unit), unit === 'm' ? 1 : 0, Infinity);
	const org =
		p.organisation === CONSOLIDATED
			? 'consolidated'
			: (model.organisations.find((o) => o.id === p.organisation)?.name ?? p.organisation);
	const heading =
		`Monte Carlo: risk-adjusted surplus/(deficit), ${org}, ${p.scenarioName} (${UNIT_SYMBOL[unit]}); ` +
		`${p.runs.toLocaleString('en-GB')} runs, seed ${p.seed}\n${engineSentence(r)}\n`;
	const years = textTable(
		['Year', 'P10', 'P50', 'P90', 'Mean', 'Meets control total'],
		r.summary.years.map((y) => [
			y.year,
			show(y.p10),
			show(y.p50),
			show(y.p90),
			show(y.mean.toDecimalPlaces(2)),
			showPercent(y.probability)
		])
	);
	const most = Math.max(...r.summary.histogram.map((b) => b.count));
	const binTable = textTable(
		['Position', 'Runs'],
		r.summary.histogram.map((b) => [`${show(b.from)} to ${show(b.to)}`, String(b.count)])
	).split('\n');
	// A bar of up to 40 # per bin, after the table's rows (header and rule have none).
	const histogram = binTable
		.map((line, i) => {
			const bin = r.summary.histogram[i - 2];
			return bin ? `${line}  ${'#'.repeat(Math.round((40 * bin.count) / most))}`.trimEnd() : line;
		})
		.join('\n');
	const drivers = textTable(
		['Input', 'Rank correlation'],
		r.summary.drivers.map((d) => [
			d.label === d.path ? d.path : `${d.label} (${d.path})`,
			showAtPrecision(D(d.correlation).toDecimalPlaces(2), D('0.01'), 'minus')
		])
	);
	return (
		heading +
		'\n' +
		years +
		`\nHistogram of ${r.summary.year}\n` +
		histogram +
		`\nWhat drives the spread in ${r.summary.year} (Spearman rank correlation with the position)\n` +
		drivers
	);
}
