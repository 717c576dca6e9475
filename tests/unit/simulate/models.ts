// Model files for the simulation tests: a linear one whose figures are worked out by hand, and the
// shipped examples with ranges on many kinds of input.
import { readFileSync } from 'node:fs';
import { readModel, type ValidModel } from '../../../src/lib/model/valid-model';

/** A file read and checked as the CLI reads it; throws on a problem (a test bug). */
export function valid(file: unknown): ValidModel {
	const read = readModel(JSON.stringify(file));
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	return read.value;
}

/**
 * One organisation, one year (£m): allocation 100 on a prior 100 (growth received 0), no reserves,
 * no QIPP, one non-tariff cost line of 10 with no growth. So the closing is
 * opening - 10 x inflation, linear in both, and the risk view is the plan.
 */
export function linearModel(uncertainty: unknown): unknown {
	return {
		schemaVersion: 3,
		name: 'Linear',
		unit: 'm',
		years: ['2026/27'],
		assumptions: { activityGrowth: '0', inflation: '0', efficiency: '0' },
		organisations: [
			{
				id: 'org',
				name: 'Org',
				allocation: { priorRecurrent: '100', years: { '2026/27': { value: '100' } } },
				opening: { position: '0' },
				costLines: [{ id: 'line', name: 'Line', tariff: false, base: '10' }],
				reserves: {
					contingency: { rate: '0', base: 'current' },
					nonRecurrent: { rate: '0', base: 'current' }
				},
				qipp: { schemes: [], unidentified: { '2026/27': '0' } },
				target: { '2026/27': '0' }
			}
		],
		uncertainty
	};
}

export const shipped = (name: string) => JSON.parse(readFileSync(`models/${name}.json`, 'utf8'));
