// A one-year model in pounds small enough to work every figure out by hand:
//   growth received 1,100 - 1,000 = 100; inflation 800 x 2% = 16; contingency 1,100 x 1% = 11;
//   QIPP in-year 20 (amber, from M01); no unidentified QIPP (stated as 0).
//   plan closing = 100 - 16 - 11 + 20 = 93; risk closing = 100 - 16 - 11 + 20 x 75% = 88.
import { readModel, type ValidModel } from '../../../src/lib/model/valid-model';

export function sensitivityModel(startMonth = 'M01'): ValidModel {
	const read = readModel(sensitivityModelText(startMonth));
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read.value;
}

/** The model's file text. */
export function sensitivityModelText(startMonth = 'M01'): string {
	return JSON.stringify({
		schemaVersion: 3,
		name: 'Hand-worked',
		unit: 'gbp',
		years: ['2020/21'],
		assumptions: { inflation: '2' },
		organisations: [
			{
				id: 'org',
				name: 'Org',
				allocation: { priorRecurrent: '1000', years: { '2020/21': { value: '1100' } } },
				opening: { position: '0' },
				costLines: [{ id: 'acute', name: 'Acute', tariff: false, base: '800' }],
				reserves: {
					contingency: { rate: '1', base: 'current' },
					nonRecurrent: { rate: '0', base: 'current' }
				},
				qipp: {
					schemes: [
						{
							id: 's1',
							name: 'Scheme one',
							workstream: 'Acute',
							rag: 'amber',
							startMonth,
							recurrent: true,
							values: { '2020/21': '20' }
						}
					],
					unidentified: { '2020/21': '0' }
				},
				target: { '2020/21': '0' }
			}
		]
	});
}
