// The notebook layout in the model file: blocks must name a cell, organisation, year and scenario
// the model has; a layout never changes a figure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../load-model';
import { validateModel } from '../../../src/lib/model/valid-model';
import type { ModelFile } from '../../../src/lib/model/schema';

const icbText = readFileSync('models/icb-template-2026-29.json', 'utf8');
const icb = () => JSON.parse(icbText) as ModelFile;

function problems(notebook: unknown[]): { path: string; message: string }[] {
	const parsed = validateModel({ ...icb(), notebook });
	return parsed.ok ? [] : parsed.problems;
}

describe('notebook layout', () => {
	it('accepts every block type with references the model has', () => {
		const file = icb();
		const org = file.organisations[0]!.id;
		const blocks = [
			{ id: 'a', type: 'text', text: '# Hello' },
			{ id: 'b', type: 'cell', cell: file.cells[0]!.id },
			{ id: 'c', type: 'inputs', organisation: org },
			{ id: 'd', type: 'costLines', organisation: org, collapsed: true },
			{ id: 'e', type: 'reserves', organisation: org },
			{ id: 'f', type: 'qipp', organisation: org },
			{ id: 'g', type: 'bridge', organisation: 'consolidated', year: file.years[1], view: 'risk' },
			{ id: 'h', type: 'waterfall', scenario: file.scenarios[0]!.id },
			{ id: 'i', type: 'qippChart', organisation: org },
			{ id: 'j', type: 'positionChart' }
		];
		expect(problems(blocks)).toEqual([]);
	});

	it.each([
		[{ id: 'x', type: 'cell', cell: 'nope' }, 'notebook[0].cell', 'there is no cell with id "nope"'],
		[{ id: 'x', type: 'qipp', organisation: 'nope' }, 'notebook[0].organisation', 'no organisation'],
		[{ id: 'x', type: 'bridge', organisation: 'nope' }, 'notebook[0].organisation', 'or use "consolidated"'],
		[{ id: 'x', type: 'bridge', year: '2017/18' }, 'notebook[0].year', "is not one of the model's years"],
		[{ id: 'x', type: 'waterfall', scenario: 'nope' }, 'notebook[0].scenario', 'no scenario with id "nope"'],
		[{ id: 'x', type: 'chart' }, 'notebook[0].type', 'must be a block of type text, cell']
	])('refuses %j at %s', (block, path, message) => {
		const found = problems([block]);
		expect(found.map((p) => p.path)).toContain(path);
		expect(found.find((p) => p.path === path)?.message).toContain(message);
	});

	it('refuses two blocks with one id', () => {
		const found = problems([
			{ id: 'x', type: 'text', text: '' },
			{ id: 'x', type: 'positionChart' }
		]);
		expect(found).toEqual([{ path: 'notebook', message: 'id "x" is used by more than one block' }]);
	});

	it('changes no figure', () => {
		const plain = loadModel(icbText);
		const laidOut = loadModel(JSON.stringify({ ...icb(), notebook: [{ id: 'a', type: 'text', text: 'x' }] }));
		if (!plain.ok || !laidOut.ok) throw new Error('both load');
		expect(JSON.stringify([...laidOut.value.values.byName])).toBe(
			JSON.stringify([...plain.value.values.byName])
		);
	});
});
