// A small two-organisation, two-year model whose figures are easy to work out by hand, for the
// tests of setting a plan up (years, organisations, rows). Unidentified QIPP is 0, not "balance",
// so each closing position is the sum of its own steps rather than the target.
import type { ModelFile } from '../../../src/lib/model/schema';

export function twoOrgs(): ModelFile {
	return {
		schemaVersion: 3,
		name: 'Two organisations',
		unit: 'm',
		years: ['2026/27', '2027/28'],
		convention: 'multiplicative',
		assumptions: { inflation: { '2026/27': '5', '2027/28': '4' } },
		qippDeliveryFactors: { green: '100', amber: '75', red: '50', unidentified: '0' },
		cells: [],
		scenarios: [
			{
				id: 'worst',
				name: 'Worst case',
				parent: 'baseline',
				overrides: [
					{ path: 'organisations.south.allocation.years.2027/28', value: { growth: '0' } },
					{ path: 'assumptions.inflation', value: { '2026/27': '6', '2027/28': '5' } }
				]
			}
		],
		organisations: [
			{
				id: 'north',
				name: 'North',
				allocation: { priorRecurrent: '100', years: { '2026/27': { value: '102' } } },
				specificAllocations: [],
				opening: { position: '1' },
				normalisation: {},
				population: {},
				costLines: [{ id: 'acute', name: 'Acute', tariff: false, base: '40' }],
				reserves: {
					contingency: { rate: '0', base: 'current' },
					nonRecurrent: { rate: '0', base: 'current' },
					investments: [],
					perHead: []
				},
				qipp: {
					schemes: [
						{
							id: 'rx',
							name: 'Prescribing',
							workstream: 'Prescribing',
							rag: 'green',
							startMonth: 'M01',
							recurrent: true,
							values: { '2026/27': '1' }
						}
					],
					unidentified: { '2026/27': '0', '2027/28': '0' }
				},
				target: { '2026/27': '0', '2027/28': '0' },
				stated: { '2026/27': { closing: '0.4' } }
			},
			{
				id: 'south',
				name: 'South',
				allocation: {
					priorRecurrent: '200',
					years: { '2026/27': { growth: '1' }, '2027/28': { growth: '1' } }
				},
				specificAllocations: [],
				opening: { position: '-3' },
				normalisation: {},
				population: {},
				costLines: [{ id: 'community', name: 'Community', tariff: false, base: '60', activityGrowth: '10' }],
				reserves: {
					contingency: { rate: '0', base: 'current' },
					nonRecurrent: { rate: '0', base: 'current' },
					investments: [],
					perHead: []
				},
				qipp: { schemes: [], unidentified: { '2026/27': '0', '2027/28': '0' } },
				target: { '2026/27': '0', '2027/28': '0' },
				stated: {}
			}
		]
	};
}
