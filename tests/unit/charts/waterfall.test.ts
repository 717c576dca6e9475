// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { bridgeReports, type BridgeReport, type ReportLine } from '../../../src/lib/io/bridge-report';
import { loadModel } from '../load-model';
import {
	LABEL_SHARE,
	nothingToDraw,
	waterfallBars,
	waterfallOptions,
	wrappedLines,
	WATERFALL_COLOURS
} from '../../../src/lib/charts/waterfall';

function portsmouth(year: string, unit: BridgeReport['unit'] = 'm'): BridgeReport {
	const loaded = loadModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
	if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
	const { input } = loaded.value;
	const [report] = bridgeReports(input, evaluateModel(input, 'plan'), { unit, scenario: 'baseline', year });
	if (!report) throw new Error(`no report for ${year}`);
	return report;
}

const line = (kind: ReportLine['kind'], key: string, value: string): ReportLine => ({
	kind,
	key,
	label: key,
	value
});

describe('waterfallBars', () => {
	const report = portsmouth('2017/18');
	const bars = waterfallBars(report);

	it('waterfallBars(report) draws one bar per bridge line, in bridge order', () => {
		expect(bars).toHaveLength(report.lines.length);
		// Opening, ten published steps (growth to QIPP) and the closing position.
		expect(bars).toHaveLength(12);
		expect(bars.map((b) => b.key)).toEqual(report.lines.map((l) => l.key));
	});

	it('waterfallBars(report) draws the opening as a total from zero', () => {
		expect(bars[0]).toMatchObject({ key: 'opening', kind: 'total', start: 0, end: 3.1, text: '3.1' });
	});

	it('waterfallBars(report) starts each step where the previous one ended', () => {
		expect(bars[1]).toMatchObject({ key: 'growth_received', kind: 'increase', start: 3.1, end: 9.9 });
		for (let i = 2; i < bars.length - 1; i++) expect(bars[i]?.start).toBe(bars[i - 1]?.end);
	});

	it('waterfallBars(report) marks steps that worsen the position as decreases', () => {
		const inflation = bars.find((b) => b.key === 'inflation');
		expect(inflation).toMatchObject({ kind: 'decrease', text: '(10.4)' });
		expect(inflation!.end - inflation!.start).toBeCloseTo(-10.4, 10);
	});

	it('waterfallBars(report) draws the closing as a total ending at the exact closing position', () => {
		expect(bars.at(-1)).toMatchObject({ key: 'closing', kind: 'total', start: 0, end: 0.5045, text: '0.5' });
		// The last step ends exactly where the closing total does: running totals are summed as decimals.
		expect(bars.at(-2)?.end).toBe(0.5045);
	});

	it('waterfallBars(report) labels £k and £ to whole units', () => {
		expect(waterfallBars(portsmouth('2017/18', 'k'))[0]?.text).toBe('3,100');
		expect(waterfallBars(portsmouth('2017/18', 'gbp')).at(-1)?.text).toBe('504,500');
	});

	it('waterfallBars(lines) draws a zero step as a flat increase and a deficit as a negative total', () => {
		const drawn = waterfallBars({
			unit: 'm',
			lines: [
				line('opening', 'opening', '-1.25'),
				line('step', 'a', '0'),
				line('closing', 'closing', '-1.25')
			]
		});
		expect(drawn.map((b) => [b.kind, b.start, b.end, b.text])).toEqual([
			['total', 0, -1.25, '(1.3)'],
			['increase', -1.25, -1.25, '0.0'],
			['total', 0, -1.25, '(1.3)']
		]);
	});
});

describe('waterfallOptions', () => {
	const report = portsmouth('2017/18');
	const options = waterfallOptions(report, { width: 1000, height: 400, selected: 'qipp' });

	it('waterfallOptions(report) orders the x axis by the bridge and colours by kind', () => {
		expect(options.x?.domain).toEqual(report.lines.map((l) => l.key));
		expect(options.color?.domain).toEqual(['total', 'increase', 'decrease']);
		expect(options.color?.range).toEqual([
			WATERFALL_COLOURS.total,
			WATERFALL_COLOURS.increase,
			WATERFALL_COLOURS.decrease
		]);
		expect(options.y?.label).toBe('£m');
	});

	it('waterfallOptions(report) passes the bars to the bar mark as data', () => {
		const marks = (options.marks ?? []) as { ariaLabel?: string; data?: unknown }[];
		const bar = marks.find((m) => m.ariaLabel === 'bar');
		expect(bar?.data).toEqual(waterfallBars(report));
	});

	it('waterfallOptions(report) describes every bar for screen readers', () => {
		expect(options.ariaDescription).toContain('Growth received 6.8');
		expect(options.ariaDescription).toContain('Planned in-year surplus/(deficit) 0.5');
		expect(options.width).toBe(1000);
	});
});

describe('wrappedLines', () => {
	it.each([
		['QIPP', 5, 1],
		['Growth received', 5, 2],
		['Planned in-year surplus/(deficit)', 6, 3],
		['Planned in-year surplus/(deficit)', 30, 1]
	])('wrappedLines(%j, %d ems) is %d', (label, width, lines) => {
		expect(wrappedLines(label, width)).toBe(lines);
	});

	it('waterfallOptions(report) leaves more room below the axis when labels wrap further', () => {
		const report = portsmouth('2017/18');
		const wide = waterfallOptions(report, { width: 1800 }).marginBottom ?? 0;
		const narrow = waterfallOptions(report, { width: 700 }).marginBottom ?? 0;
		expect(narrow).toBeGreaterThan(wide);
	});
});

describe('nothingToDraw', () => {
	it('nothingToDraw(report) is true only when every line, opening and closing too, is zero', () => {
		const zeros = [
			line('opening', 'opening', '0'),
			line('step', 'a', '0.00'),
			line('closing', 'closing', '0')
		];
		expect(nothingToDraw({ lines: zeros })).toBe(true);
		// One penny in one step is something to draw.
		expect(nothingToDraw({ lines: [...zeros, line('step', 'b', '0.000001')] })).toBe(false);
		// A balanced plan that opens in surplus still has bars.
		expect(
			nothingToDraw({ lines: [line('opening', 'opening', '3.1'), line('closing', 'closing', '0')] })
		).toBe(false);
		expect(nothingToDraw(portsmouth('2017/18'))).toBe(false);
	});
});

describe('waterfall x labels', () => {
	// Portsmouth 2017/18 at 1,340 px (the chart's width in a 1920 px window): 12 bars over
	// 1,340 - 56 - 16 = 1,268 px is 105.7 px a band. At 92% (8.1 ems) "2016/17 Surplus" (15
	// characters, about 8.6 ems in DejaVu Sans) filled its band and ran into "Growth received".
	it('waterfallOptions(report) wraps a label to three quarters of its band (jsdom)', () => {
		expect(LABEL_SHARE).toBe(0.75);
		const svg = Plot.plot(waterfallOptions(portsmouth('2017/18'), { width: 1340 }));
		const labels = [...svg.querySelectorAll('g[aria-label="x-axis tick label"] text')];
		const lines = (text: string) =>
			labels.find((l) => l.textContent?.replace(/\s+/g, ' ').includes(text))?.querySelectorAll('tspan')
				.length;
		// 105.67 x 0.75 / 12 px = 6.6 ems: each of the two takes two lines, leaving air between them.
		expect(lines('2016/17')).toBe(2);
		expect(lines('Growth')).toBe(2);
		expect(wrappedLines('2016/17 Surplus', ((1268 / 12) * 0.75) / 12)).toBe(2);
	});
});
