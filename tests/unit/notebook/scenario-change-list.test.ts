// The list of a scenario's changes, on the illustrative ICB template (models/icb-template-2026-29.json),
// read against the file's own figures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ModelFile } from '../../../src/lib/model/schema';
import { changeList } from '../../../src/lib/notebook/scenario-change-list';
import { addChange } from '../../../src/lib/notebook/scenarios';

const icb = JSON.parse(readFileSync('models/icb-template-2026-29.json', 'utf8')) as ModelFile;
const worst = icb.scenarios.find((s) => s.id === 'worst')!;

describe('changeList', () => {
	it('lists each change with the value before it and after: a relative one starts from the changes above', () => {
		// Worst case sets the model's 2026/27 inflation to 3.5%; acute has no rate of its own, so
		// +1 pp on it starts from 3.5% (not the baseline's 2.5%) and gives 4.5%.
		const file = addChange(icb, 'worst', {
			path: 'organisations.north.costLines.acute.inflation.2026/27',
			add: '1'
		});
		const list = changeList(file, 'worst', 'brackets');
		expect(list).toHaveLength(worst.overrides.length + 1);
		expect(list.at(-1)).toMatchObject({
			what: 'North place › Acute contracts › inflation › 2026/27',
			how: '+1 pp',
			before: '3.5%',
			value: '4.5%'
		});
		expect(list[0]).toMatchObject({
			what: 'Assumptions › inflation',
			how: expect.stringMatching(/^= 2026\/27: 3\.5%/)
		});
	});

	it('lists a set change once, with how many rows it moves and which', () => {
		const red = icb.organisations.flatMap((o) =>
			o.qipp.schemes.filter((s) => s.rag === 'red').map((s) => `${o.name} › ${s.name}`)
		);
		const file = addChange(icb, 'worst', {
			each: 'schemes',
			where: { rag: 'red' },
			field: 'values',
			times: '0'
		});
		expect(changeList(file, 'worst', 'brackets').at(-1)).toEqual({
			index: worst.overrides.length,
			what: 'Red schemes: planned saving',
			how: 'deliver 0%',
			before: `${red.length} schemes`,
			value: red.join('; '),
			link: expect.stringMatching(/^organisations\.\w+\.qipp\.schemes\.\w+\.values$/)
		});
	});

	it('is empty for the baseline', () => {
		expect(changeList(icb, 'baseline', 'brackets')).toEqual([]);
	});
});
