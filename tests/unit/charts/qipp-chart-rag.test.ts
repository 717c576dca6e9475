// @vitest-environment jsdom
// The QIPP chart coloured by RAG rating, and the values written on (or beside) its segments, on a
// small model whose figures are worked out by hand.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import {
	qippChartData,
	qippChartOptions,
	RAG_COLOURS,
	segmentLabels,
	textOn,
	UNIDENTIFIED_KEY
} from '../../../src/lib/charts/qipp-chart';
import { moneyScale } from '../../../src/lib/charts/money-axis';
import { model, noUnidentified, org, py, scheme } from '../engine/fixtures';

// One year, target 0, nothing else: the schemes' in-year savings are the whole QIPP.
//   green  £1,200k from M01: 1,200 x 12/12 = 1,200
//   amber  £600k from M07:     600 x  6/12 =   300
//   red    £240k from M10:     240 x  3/12 =    60
//   green  £100k from M01 (a second green scheme, another workstream): 100
// Green 1,300, amber 300, red 60; identified 1,660 (£k).
const input = model({
	organisations: [
		org({
			unidentified: { '2017/18': { amount: D(40_000) } },
			schemes: [
				scheme({ id: 'a', workstream: 'Prescribing', rag: 'green', values: py({ '2017/18': 1_200_000 }) }),
				scheme({
					id: 'b',
					workstream: 'CHC',
					rag: 'amber',
					startMonth: 7,
					values: py({ '2017/18': 600_000 })
				}),
				scheme({
					id: 'c',
					workstream: 'CHC',
					rag: 'red',
					startMonth: 10,
					values: py({ '2017/18': 240_000 })
				}),
				scheme({ id: 'd', workstream: 'Estates', rag: 'green', values: py({ '2017/18': 100_000 }) })
			]
		})
	]
});
const result = evaluateModel(input, 'plan');

describe('qippChartData(..., { colourBy: "rag" })', () => {
	const chart = qippChartData(input, result, 'ccg', 'k', { colourBy: 'rag' });

	it('splits identified QIPP by RAG rating, green at the bottom, unidentified on top', () => {
		expect(chart.colourBy).toBe('rag');
		expect(chart.series.map((s) => [s.label, s.colour])).toEqual([
			['Green', RAG_COLOURS.green],
			['Amber', RAG_COLOURS.amber],
			['Red', RAG_COLOURS.red],
			['Unidentified QIPP', expect.any(String)]
		]);
		expect(chart.segments.map((s) => [s.label, s.value, s.from, s.to])).toEqual([
			['Green', '1300', 0, 1300],
			['Amber', '300', 1300, 1600],
			['Red', '60', 1600, 1660],
			// The unidentified £40k as entered.
			['Unidentified QIPP', '40', 1660, 1700]
		]);
		expect(chart.years[0]?.identified).toBe('1660');
	});

	it('by workstream (the default) the same savings split 1,200 / 360 / 100', () => {
		const byWorkstream = qippChartData(input, result, 'ccg', 'k');
		expect(byWorkstream.colourBy).toBe('workstream');
		expect(byWorkstream.segments.map((s) => [s.label, s.value])).toEqual([
			['Prescribing', '1200'],
			['CHC', '360'],
			['Estates', '100'],
			['Unidentified QIPP', '40']
		]);
	});

	it('writes figures in the chosen negative style and unit', () => {
		const negative = model({
			organisations: [
				org({
					unidentified: noUnidentified(['2017/18']),
					schemes: [scheme({ id: 'x', rag: 'red', values: py({ '2017/18': -1_500_000 }) })]
				})
			]
		});
		const drawn = qippChartData(negative, evaluateModel(negative, 'plan'), 'ccg', 'm', {
			colourBy: 'rag',
			negatives: 'minus'
		});
		const red = drawn.segments.find((s) => s.label === 'Red');
		// A negative saving stacks down from zero.
		expect(red).toMatchObject({ text: '-1.5', from: 0, to: -1.5 });
	});
});

describe('segmentLabels', () => {
	const chart = qippChartData(input, result, 'ccg', 'k', { colourBy: 'rag' });

	it('writes a tall segment inside it and a thin one beside the bar, never one over another', () => {
		// 0 to 1,700 in steps of 200 → domain 0..1,800; 300 px of plot for 1,800: 1/6 px per £k.
		const scale = moneyScale([0, 1700], 'k', 8);
		expect(scale.domain).toEqual([0, 1800]);
		const { inside, beside } = segmentLabels(chart, scale, 300 + 28 + 32);
		// Green 1,300 → 216.7 px, amber 300 → 50 px: inside. Red 60 → 10 px, unidentified 40 → 6.7 px: beside.
		expect(inside.map((l) => [l.key, l.text, l.y])).toEqual([
			['rag:green', '1,300', 650],
			['rag:amber', '300', 1450]
		]);
		expect(beside.map((l) => l.key)).toEqual(['rag:red', UNIDENTIFIED_KEY]);
		// Red sits at its middle (1,630); unidentified (middle 1,680) is pushed a line (15 px = £90k) above it.
		expect(beside[0]?.y).toBe(1630);
		expect(beside[1]?.y).toBeCloseTo(1720, 9);
	});

	it('picks black or white text, whichever contrasts more with the segment', () => {
		expect(textOn('#ffffff')).toBe('#000000');
		expect(textOn('#003087')).toBe('#ffffff');
		expect(textOn(RAG_COLOURS.amber)).toBe('#000000');
		expect(textOn(RAG_COLOURS.red)).toBe('#ffffff');
	});

	it('Plot draws one value per non-zero segment (jsdom)', () => {
		const svg = Plot.plot(qippChartOptions(chart, { width: 800, height: 360 }));
		const texts = [...svg.querySelectorAll('g[aria-label="text"] text')].map((t) => t.textContent);
		// Nothing but QIPP in the model: the position before QIPP is 0, so on a target of 0 nothing is required.
		for (const shown of ['1,300', '300', '60', '40', 'Required 0']) expect(texts).toContain(shown);
		expect(svg.getAttribute('aria-label')).toBe('QIPP by RAG rating, Test CCG');
	});
});
