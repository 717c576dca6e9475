// A scheme's start month applies to its first tranche only; later tranches start in M01 unless the
// file gives each tranche its own month (docs/finance-model.md, "QIPP"; ADR 0014). Figures by hand.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromPounds } from '../../../src/lib/engine/units';
import { evaluateScenario } from '../../../src/lib/model/evaluate-scenario';
import { readModel } from '../../../src/lib/model/valid-model';

const Y1 = '2026/27';
const Y2 = '2027/28';

/** The blank plan in £k with one recurrent scheme and no unidentified QIPP, so QIPP is the scheme's. */
function withScheme(scheme: { startMonth?: unknown; values: Record<string, string>; recurrent?: boolean }) {
	const file = JSON.parse(readFileSync('models/blank-plan.json', 'utf8'));
	file.unit = 'k';
	file.organisations[0].qipp = {
		schemes: [{ id: 's', name: 'Scheme', workstream: 'CHC', rag: 'green', recurrent: true, ...scheme }],
		unidentified: { [Y1]: '0', [Y2]: '0' }
	};
	const read = readModel(JSON.stringify(file));
	if (!read.ok) throw new Error(JSON.stringify(read.problems));
	const result = evaluateScenario(read.value, 'baseline').result('plan');
	/** A bridge line of one year in £k. */
	return (year: 0 | 1, key: string) => {
		const line = result?.organisations[0]?.years[year]?.lines.find((l) => l.key === key);
		return line ? fromPounds(line.value, 'k').toFixed() : 'none';
	};
}

describe('a scheme’s start month', () => {
	it('cuts the first tranche only: £1,200k from M07 saves 600 in year 1, a new 1,200 tranche saves 1,200 in year 2', () => {
		const line = withScheme({ startMonth: 'M07', values: { [Y1]: '1200', [Y2]: '1200' } });
		// Year 1: 1,200 x 6/12 (October to March) = 600.
		expect(line(0, 'qipp')).toBe('600');
		// Year 2: the rest of year 1's tranche, 1,200 - 600 = 600, is the full-year effect ...
		expect(line(1, 'qipp_full_year_effect')).toBe('600');
		// ... and year 2's own tranche starts in April: 1,200 x 12/12 (not 9/12 or 6/12).
		expect(line(1, 'qipp')).toBe('1200');
	});

	it('gives the first tranche the month when the scheme starts in a later year', () => {
		const line = withScheme({ startMonth: 'M07', values: { [Y1]: '0', [Y2]: '1200' } });
		expect(line(0, 'qipp')).toBe('0');
		// Year 2 is the first tranche: 1,200 x 6/12 = 600.
		expect(line(1, 'qipp')).toBe('600');
	});

	it('takes each tranche’s own month when given by year, and M01 for a year left out', () => {
		const byYear = withScheme({ startMonth: { [Y2]: 'M10' }, values: { [Y1]: '1200', [Y2]: '1200' } });
		// Year 1 left out: from April, 1,200; no full-year effect follows (1,200 - 1,200 = 0).
		expect(byYear(0, 'qipp')).toBe('1200');
		expect(byYear(1, 'qipp_full_year_effect')).toBe('0');
		// Year 2 from January: 1,200 x 3/12 = 300.
		expect(byYear(1, 'qipp')).toBe('300');
		const both = withScheme({
			startMonth: { [Y1]: 'M04', [Y2]: 'M07' },
			values: { [Y1]: '1200', [Y2]: '600' }
		});
		// 1,200 x 9/12 = 900; then 1,200 - 900 = 300 full-year effect and 600 x 6/12 = 300.
		expect(both(0, 'qipp')).toBe('900');
		expect(both(1, 'qipp_full_year_effect')).toBe('300');
		expect(both(1, 'qipp')).toBe('300');
	});

	it('refuses a month by year that is not a month, naming the field', () => {
		const file = JSON.parse(readFileSync('models/blank-plan.json', 'utf8'));
		file.organisations[0].qipp.schemes = [
			{
				id: 's',
				name: 'S',
				workstream: 'CHC',
				rag: 'green',
				recurrent: true,
				startMonth: { [Y1]: 'M13' },
				values: {}
			}
		];
		const read = readModel(JSON.stringify(file));
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.problems.map((p) => p.path).join(' ')).toMatch(/schemes\[0\]\.startMonth/);
	});
});
