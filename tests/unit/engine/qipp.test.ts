import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import {
	byWorkstream,
	delivered,
	deliveryFactor,
	fullYearEffect,
	inYearEffect,
	qippRequired,
	schemesIn
} from '../../../src/lib/engine/qipp';
import { FACTORS, py, scheme } from './fixtures';

const Y1 = '2017/18';

describe('inYearEffect', () => {
	it.each([
		// M01 (April): 12 months of 12 = the full 1200
		[1, '1200'],
		// M04 (July): 9/12 x 1200 = 900
		[4, '900'],
		// M07 (October): 6/12 x 1200 = 600, half
		[7, '600'],
		// M10 (January): 3/12 x 1200 = 300
		[10, '300'],
		// M12 (March): 1/12 x 1200 = 100
		[12, '100']
	])('a 1200 saving starting in month %i saves %s in the year', (month, expected) => {
		expect(inYearEffect(D(1200), month).toString()).toBe(expected);
	});

	it.each([
		// M08 (November): 1 x 5/12 = 0.41666... -> 0.42
		['1', 8, '0.42'],
		// M12: 1 x 1/12 = 0.08333... -> 0.08
		['1', 12, '0.08'],
		// M12: 1,000,000 x 1/12 = 83,333.333... -> 83,333.33
		['1000000', 12, '83333.33'],
		// a tie rounds up: 0.06 x 1/12 = 0.005 -> 0.01
		['0.06', 12, '0.01'],
		// and away from zero when negative: -0.06 x 1/12 = -0.005 -> -0.01
		['-0.06', 12, '-0.01']
	])('rounds %s x months remaining from M%i / 12 half-up to the penny: %s', (saving, month, expected) => {
		expect(inYearEffect(D(saving), month).toString()).toBe(expected);
	});

	it('leaves an exact full-year effect: full-year saving minus the penny in-year effect', () => {
		// recurrent 1 from M08: in year 0.42, next year 1 - 0.42 = 0.58, together exactly 1
		const [year] = schemesIn(
			[scheme({ id: 'm08', startMonth: 8, recurrent: true, values: py({ [Y1]: 1 }) })],
			Y1,
			'plan',
			FACTORS
		);
		expect(year?.inYear.toString()).toBe('0.42');
		const fye = fullYearEffect(year ? [year] : [], 'plan', FACTORS);
		expect(fye.toString()).toBe('0.58');
		expect(fye.plus(year?.inYear ?? D(NaN)).eq(1)).toBe(true);
	});

	it('is negative for a negative saving (a scheme reversed)', () => {
		// -240 x 6/12 = -120
		expect(inYearEffect(D(-240), 7).toString()).toBe('-120');
	});
});

describe('deliveryFactor', () => {
	it('counts everything in the plan view', () => {
		expect(deliveryFactor('plan', 'red', FACTORS).toString()).toBe('1');
		expect(deliveryFactor('plan', 'unidentified', FACTORS).toString()).toBe('1');
	});

	it.each([
		['green', '1'],
		['amber', '0.75'],
		['red', '0.5'],
		['unidentified', '0']
	] as const)('uses the %s factor %s in the risk view', (category, factor) => {
		expect(deliveryFactor('risk', category, FACTORS).toString()).toBe(factor);
	});
});

describe('delivered', () => {
	it.each([
		// amber 0.75 x 1.01 = 0.7575 -> 0.76
		['1.01', '0.75', '0.76'],
		// a tie rounds up: 0.03 x 0.5 = 0.015 -> 0.02
		['0.03', '0.5', '0.02'],
		// away from zero: -0.03 x 0.5 = -0.015 -> -0.02
		['-0.03', '0.5', '-0.02'],
		// factor 1 and factor 0 need no rounding
		['0.4166', '1', '0.4166'],
		['12.34', '0', '0']
	])('%s x delivery factor %s is %s to the penny', (saving, factor, expected) => {
		expect(delivered(D(saving), D(factor)).toString()).toBe(expected);
	});
});

describe('schemesIn', () => {
	const schemes = [
		scheme({ id: 'a', rag: 'amber', startMonth: 7, values: py({ [Y1]: 1200 }) }),
		scheme({ id: 'b', rag: 'red', startMonth: 1, values: py({ '2018/19': 500 }) })
	];

	it('gives each scheme its full-year value, in-year effect and counted amount in the plan', () => {
		const [a, b] = schemesIn(schemes, Y1, 'plan', FACTORS);
		// a: 1200 from M07 = 600 in year, all counted in the plan
		expect([a?.fullYear.toString(), a?.inYear.toString(), a?.counted.toString()]).toEqual([
			'1200',
			'600',
			'600'
		]);
		// b has nothing in 2017/18
		expect([b?.fullYear.toString(), b?.inYear.toString(), b?.counted.toString()]).toEqual(['0', '0', '0']);
	});

	it('multiplies the in-year effect by the RAG delivery factor in the risk view', () => {
		const [a] = schemesIn(schemes, Y1, 'risk', FACTORS);
		// amber: 600 x 0.75 = 450; the in-year effect itself stays 600
		expect(a?.inYear.toString()).toBe('600');
		expect(a?.counted.toString()).toBe('450');
	});

	it('counts the penny in-year effect x the delivery factor, to the penny, in the risk view', () => {
		const [red] = schemesIn(
			[scheme({ id: 'r', rag: 'red', startMonth: 8, values: py({ [Y1]: '1.01' }) })],
			Y1,
			'risk',
			FACTORS
		);
		// 1.01 x 5/12 = 0.420833... -> 0.42; x 0.5 (red) = 0.21
		expect(red?.inYear.toString()).toBe('0.42');
		expect(red?.counted.toString()).toBe('0.21');
	});
});

describe('fullYearEffect', () => {
	const lastYear = schemesIn(
		[
			// recurrent, M07: 1200 - 600 = 600 falls into next year
			scheme({ id: 'green-m07', rag: 'green', startMonth: 7, recurrent: true, values: py({ [Y1]: 1200 }) }),
			// recurrent, M10: 400 - 100 = 300 falls into next year
			scheme({ id: 'red-m10', rag: 'red', startMonth: 10, recurrent: true, values: py({ [Y1]: 400 }) }),
			// one-off, M04: 800 - 600 = 200 but one-off schemes carry nothing
			scheme({ id: 'one-off', rag: 'amber', startMonth: 4, recurrent: false, values: py({ [Y1]: 800 }) }),
			// recurrent from M01: the whole saving was already in year, nothing left
			scheme({ id: 'april', rag: 'amber', startMonth: 1, recurrent: true, values: py({ [Y1]: 999 }) })
		],
		Y1,
		'plan',
		FACTORS
	);

	it('counts only recurrent schemes: full-year value minus in-year effect', () => {
		// 600 + 300 + 0 (april) = 900; the one-off 200 is left out
		expect(fullYearEffect(lastYear, 'plan', FACTORS).toString()).toBe('900');
	});

	it('applies delivery factors in the risk view', () => {
		// green 600 x 1 + red 300 x 0.5 + amber 0 x 0.75 = 750
		expect(fullYearEffect(lastYear, 'risk', FACTORS).toString()).toBe('750');
	});

	it('rounds each scheme (full-year - in-year) x delivery factor to the penny in the risk view', () => {
		const m08 = schemesIn(
			[scheme({ id: 'amber-m08', rag: 'amber', startMonth: 8, recurrent: true, values: py({ [Y1]: 1 }) })],
			Y1,
			'risk',
			FACTORS
		);
		// in year 1 x 5/12 -> 0.42; remaining 1 - 0.42 = 0.58; x 0.75 = 0.435 -> 0.44
		expect(fullYearEffect(m08, 'risk', FACTORS).toString()).toBe('0.44');
	});

	it('is zero when last year had no schemes', () => {
		expect(fullYearEffect([], 'plan', FACTORS).isZero()).toBe(true);
	});
});

describe('byWorkstream', () => {
	it('sums in-year, full-year and counted by workstream in the order workstreams first appear', () => {
		const schemes = schemesIn(
			[
				scheme({ id: 'p1', workstream: 'Prescribing', startMonth: 1, values: py({ [Y1]: 100 }) }),
				scheme({ id: 'c1', workstream: 'CHC', rag: 'red', startMonth: 7, values: py({ [Y1]: 240 }) }),
				scheme({
					id: 'p2',
					workstream: 'Prescribing',
					rag: 'amber',
					startMonth: 10,
					values: py({ [Y1]: 400 })
				}),
				scheme({ id: 'r1', workstream: 'RightCare', startMonth: 12, values: py({ [Y1]: 12 }) })
			],
			Y1,
			'risk',
			FACTORS
		);
		const totals = byWorkstream(schemes, FACTORS);
		expect(totals.map((t) => t.workstream)).toEqual(['Prescribing', 'CHC', 'RightCare']);
		const [prescribing, chc, rightCare] = totals;
		// Prescribing: in-year 100 + 400 x 3/12 = 200; full-year 100 + 400 = 500;
		// counted 100 x 1 + 100 x 0.75 = 175
		expect(prescribing?.inYear.toString()).toBe('200');
		expect(prescribing?.fullYear.toString()).toBe('500');
		expect(prescribing?.counted.toString()).toBe('175');
		expect(prescribing?.riskAdjusted.toString()).toBe('175');
		// CHC: 240 x 6/12 = 120 in year, counted 120 x 0.5 = 60
		expect(chc?.inYear.toString()).toBe('120');
		expect(chc?.counted.toString()).toBe('60');
		expect(chc?.riskAdjusted.toString()).toBe('60');
		// RightCare: 12 x 1/12 = 1
		expect(rightCare?.inYear.toString()).toBe('1');
	});

	it('risk-adjusts by RAG even when the schemes were counted in the plan view', () => {
		const schemes = schemesIn(
			[
				scheme({ id: 'a', workstream: 'CHC', rag: 'amber', startMonth: 1, values: py({ [Y1]: 100 }) }),
				scheme({ id: 'r', workstream: 'CHC', rag: 'red', startMonth: 7, values: py({ [Y1]: 100 }) })
			],
			Y1,
			'plan',
			FACTORS
		);
		const [chc] = byWorkstream(schemes, FACTORS);
		// counted in the plan: 100 + 50 = 150; risk-adjusted: 100 x 0.75 + 50 x 0.5 = 100
		expect(chc?.counted.toString()).toBe('150');
		expect(chc?.riskAdjusted.toString()).toBe('100');
	});

	it('is empty for no schemes', () => {
		expect(byWorkstream([], FACTORS)).toEqual([]);
	});
});

describe('qippRequired', () => {
	it.each([
		// target 0, position before QIPP -9.2: 0 - (-9.2) = 9.2 to find
		['0', '-9.2', '9.2'],
		// target 1.5 surplus, position 0.5: 1.5 - 0.5 = 1
		['1.5', '0.5', '1'],
		// position already beats the target: 0 - 3 = -3 (nothing needed)
		['0', '3', '-3'],
		// a planned deficit of 2: -2 - (-5) = 3
		['-2', '-5', '3']
	])('target %s, position before QIPP %s: required %s', (target, position, required) => {
		expect(qippRequired(D(target), D(position)).toString()).toBe(required);
	});
});
