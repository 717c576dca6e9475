// The Portsmouth example against the published plan (tests/fixtures/reference, transcribed from
// the 2017-19 operating plan): every printed 2017/18 step, the QIPP programme, and the known
// inconsistencies, derived from the reference figures rather than from the engine's own output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { D } from '../../../src/lib/engine/decimal';
import { evaluateModel } from '../../../src/lib/engine/evaluate';
import { checkPublishedTable } from '../../../src/lib/engine/reconcile';
import { fromPounds } from '../../../src/lib/engine/units';
import { parsePublishedCsv } from '../../../src/lib/io/published-csv';
import { loadModel } from '../load-model';

interface ReferenceRow {
	key: string;
	role: string;
	printed: Record<string, string>;
}
const bridgeRef = JSON.parse(
	readFileSync('tests/fixtures/reference/bridge_portsmouth_2017_18.json', 'utf8')
) as {
	rows: ReferenceRow[];
};
const qippRef = JSON.parse(
	readFileSync('tests/fixtures/reference/qipp_programme_portsmouth_2017_18_to_2018_19.json', 'utf8')
) as {
	rows: { label: string; identified: boolean; printed: Record<string, string> }[];
	total_row: { printed: Record<string, string> };
};

/** Our line keys for the published row keys. */
const KEY_FOR: Record<string, string> = {
	prior_year_surplus: 'opening',
	growth_received: 'growth_received',
	normalisation: 'normalisation',
	reserve_provisions: 'reserve_provisions',
	activity_growth: 'activity_growth',
	inflation: 'inflation',
	efficiency: 'efficiency',
	contingency: 'contingency',
	risk_reserve: 'non_recurrent_reserve',
	ir_and_hrg4plus_allocation: 'specific:ir_hrg4',
	qipp: 'qipp'
};

const loaded = loadModel(readFileSync('models/portsmouth-ccg-2017-19.json', 'utf8'));
if (!loaded.ok) throw new Error('the Portsmouth example must load');
const { input } = loaded.value;
const plan = evaluateModel(input, 'plan');
const [y1718, y1819] = plan.organisations[0]?.years ?? [];
const inMillions = (key: string) => {
	const line = y1718?.lines.find((l) => l.key === key);
	if (!line) throw new Error(`no line ${key}`);
	return fromPounds(line.value, 'm');
};
const shown = (key: string) => inMillions(key).toDecimalPlaces(1, D.ROUND_HALF_UP).toFixed(1);

describe('Portsmouth 2017/18 bridge', () => {
	const steps = bridgeRef.rows.filter((r) => r.role === 'opening' || r.role === 'step');

	it.each(steps.map((r) => [r.key, r.printed.portsmouth ?? '']))(
		'shows %s as printed (%s) to 1 dp in £m',
		(key, printed) => {
			expect(shown(KEY_FOR[key] ?? key)).toBe(D(printed).toFixed(1));
		}
	);

	it('computes contingency and the risk reserve from their stated rates on the 2017/18 allocation', () => {
		// 0.5% x 306.3 = 1.5315 and 1% x 306.3 = 3.063
		expect(inMillions('contingency').toString()).toBe('-1.5315');
		expect(inMillions('non_recurrent_reserve').toString()).toBe('-3.063');
	});

	it('takes QIPP from the programme total of 9,199 £k', () => {
		expect(inMillions('qipp').toString()).toBe(
			D(qippRef.total_row.printed.fy2017_18?.replace(',', '') ?? '')
				.div(1000)
				.toString()
		);
	});

	it('closes exactly at 0.5045 £m, and reports the published 0.0 as a stated figure that differs', () => {
		// 0.5 (printed steps) - 0.0315 (contingency) + 0.037 (risk reserve) - 0.001 (QIPP) = 0.5045
		expect(inMillions('closing').toString()).toBe('0.5045');
		const stated = input.organisations[0]?.stated['2017/18']?.closing;
		expect(stated && fromPounds(stated.value, 'm').toString()).toBe('0');
	});

	it('flags the published prior-year allocation (297.9) as inconsistent with growth received (6.8)', () => {
		const prior = y1718?.context.find((l) => l.key === 'prior_recurrent_allocation');
		// 306.3 - 6.8 = 299.5 is what the published growth implies; the plan prints 297.9.
		expect(prior && fromPounds(prior.value, 'm').toString()).toBe('299.5');
	});
});

describe('Portsmouth QIPP programme', () => {
	const identified = qippRef.rows.filter((r) => r.identified);

	it('models every identified workstream at its printed 2017/18 and 2018/19 value', () => {
		for (const [column, index] of [
			['fy2017_18', 0],
			['fy2018_19', 1]
		] as const) {
			const year = plan.organisations[0]?.years[index];
			const byWorkstream = year?.qipp.byWorkstream ?? [];
			expect(byWorkstream).toHaveLength(identified.length);
			identified.forEach((row, i) => {
				expect(fromPounds(byWorkstream[i]?.inYear ?? D(0), 'k').toString()).toBe(
					row.printed[column]?.replace(',', '')
				);
			});
		}
	});

	it('finds 2017/18 needs 2,601.5 £k unidentified to break even, not the 3,106 printed', () => {
		// required = 0 - (0.5045 - 9.199) = 8.6945; unidentified = 8.6945 - 6.093 = 2.6015
		expect(fromPounds(y1718?.qipp.required ?? D(0), 'k').toString()).toBe('8694.5');
		expect(fromPounds(y1718?.qipp.unidentifiedNeeded ?? D(0), 'k').toString()).toBe('2601.5');
	});

	it('rolls 2018/19 forward and balances to breakeven with the unidentified QIPP it needs', () => {
		expect(y1819?.lines.at(-1)?.value.isZero()).toBe(true);
		const q = y1819?.qipp;
		expect(q?.unidentifiedPlanned.gt(0)).toBe(true);
		expect(q?.identified.plus(q.unidentifiedPlanned).eq(q.required)).toBe(true);
	});
});

describe('bridgebook check on the published Portsmouth table', () => {
	it('says the printed steps add to 0.5 against a stated 0.0', () => {
		const parsed = parsePublishedCsv(
			readFileSync('tests/fixtures/published/portsmouth-bridge-2017-18.csv', 'utf8')
		);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		const check = checkPublishedTable(parsed.value);
		expect(check.reconciles).toBe(false);
		expect(check.columns[0]?.difference.toString()).toBe('0.5');
		expect(check.columns[0]?.status).toBe('differs');
	});
});
