// projectCostLines and costLineExplanation: each cost line's cost per year and its working (brought
// forward plus the steps), with figures worked by hand from the inputs.
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { costLineExplanation, projectCostLines } from '../../../src/lib/engine/cost-lines';
import type { Explanation } from '../../../src/lib/engine/explain';
import { costLine, every, model, py } from './fixtures';

const Y1 = '2017/18';
const Y2 = '2018/19';
const YEARS = [Y1, Y2];

/** Each input of a working as [label, value, source]. */
const rows = (e: Explanation) => e.inputs.map((i) => [i.label, i.value.toString(), i.source]);

/**
 * A tariff line A (base 800) and a non-tariff line B (base 100, other pressures 3 in 2017/18),
 * under activity growth 2%, inflation 2.5%, efficiency 2%, multiplicative.
 */
function projected() {
	const lines = [
		costLine({ id: 'A', name: 'Acute', tariff: true, base: D(800) }),
		costLine({ id: 'B', name: 'Prescribing', base: D(100), otherPressures: py({ [Y1]: 3 }) })
	];
	const input = model({
		years: YEARS,
		assumptions: {
			activityGrowth: every(YEARS, '0.02'),
			inflation: every(YEARS, '0.025'),
			efficiency: every(YEARS, '0.02')
		}
	});
	return projectCostLines(input, 'ccg', lines);
}

describe('projectCostLines and costLineExplanation', () => {
	it("explains a first-year cost from the line's base, its steps and its other pressures", () => {
		const [a, b] = projected()[0]!.costLines;
		// A: 800 + 16 + 20.4 - 16.73 + 0 = 819.67 (816 x 2.5% = 20.4; 836.4 x 2% = 16.728 -> 16.73)
		expect(a!.cost.toString()).toBe('819.67');
		const working = costLineExplanation('ccg', a!, Y1, true);
		expect(working.formula).toBe(
			'Cost brought forward + activity growth + inflation - efficiency + other pressures'
		);
		const at = 'organisations.ccg.costLines.A';
		expect(rows(working)).toEqual([
			['Base (the year before the model)', '800', `${at}.base`],
			['Activity growth', '16', `${at}.activityGrowth.${Y1}`],
			['Inflation', '20.4', `${at}.inflation.${Y1}`],
			['Efficiency', '16.73', `${at}.efficiency.${Y1}`],
			['Other pressures', '0', `${at}.otherPressures.${Y1}`]
		]);
		// B is not tariff-based: 100 + 2 + 2.55 - 0 + 3 = 107.55 (102 x 2.5% = 2.55)
		expect(b!.cost.toString()).toBe('107.55');
		expect(rows(costLineExplanation('ccg', b!, Y1, true)).map(([label, value]) => [label, value])).toEqual([
			['Base (the year before the model)', '100'],
			['Activity growth', '2'],
			['Inflation', '2.55'],
			['Efficiency', '0'],
			['Other pressures', '3']
		]);
	});

	it("explains a later year's cost from last year's cost, which is not an input", () => {
		const [a] = projected()[1]!.costLines;
		// 819.67 x 2% = 16.3934 -> 16.39; 836.06 x 2.5% = 20.9015 -> 20.9; 856.96 x 2% = 17.1392 -> 17.14
		// 819.67 + 16.39 + 20.9 - 17.14 = 839.82
		expect(a!.cost.toString()).toBe('839.82');
		expect(rows(costLineExplanation('ccg', a!, Y2, false))).toEqual([
			["Last year's cost", '819.67', undefined],
			['Activity growth', '16.39', `organisations.ccg.costLines.A.activityGrowth.${Y2}`],
			['Inflation', '20.9', `organisations.ccg.costLines.A.inflation.${Y2}`],
			['Efficiency', '17.14', `organisations.ccg.costLines.A.efficiency.${Y2}`],
			['Other pressures', '0', `organisations.ccg.costLines.A.otherPressures.${Y2}`]
		]);
	});

	it('sums the steps of every line for the bridge', () => {
		const [y1] = projected();
		// activity 16 + 2; inflation 20.4 + 2.55; efficiency 16.73 (A only); pressures 3 (B)
		const { activity, inflation, efficiency, pressures } = y1!.totals;
		expect([activity, inflation, efficiency, pressures].map(String)).toEqual(['18', '22.95', '16.73', '3']);
	});
});
