// Free text in the notebook page: a text block or a workstream starting "=" is text, shown as
// typed; it neither stops the figures nor is shown as a formula's value.
import { describe, expect, it } from 'vitest';
import { NotebookState } from '../../../src/lib/notebook/notebook.svelte';
import { gridCell } from '../../../src/lib/notebook/sheet';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { PORTSMOUTH, loadExample } from './fixtures';

const notebook = () =>
	new NotebookState(loadExample(PORTSMOUTH), {
		store: createMemoryStore(),
		id: undefined,
		revision: 0
	});

describe('free text in the notebook', () => {
	it('a text block edited to "= Summary =" is kept, and the figures still work out', () => {
		const nb = notebook();
		expect(nb.updateBlock('intro', { text: '= Summary =' })).toBeUndefined();
		expect(nb.file.notebook?.find((b) => b.id === 'intro')).toMatchObject({ text: '= Summary =' });
		expect(nb.current.problems).toEqual([]);
		expect(nb.current.result).toBeDefined();
	});

	it('a workstream named "=£2m" shows as "=£2m"; a formula in an amount still shows its value', () => {
		const nb = notebook();
		const scheme = 'organisations.portsmouth.qipp.schemes.prescribing';
		const refused = nb.setInputs([
			{ path: `${scheme}.workstream`, kind: 'name', text: '=£2m' },
			{ path: `${scheme}.values.2017/18`, kind: 'money', text: '=£1.5m * 2' }
		]);
		expect(refused).toEqual([]);
		expect(gridCell(nb, { path: `${scheme}.workstream`, kind: 'name' })).toMatchObject({
			display: '=£2m',
			edit: '=£2m'
		});
		// £1.5m x 2 = £3m, shown in the file's unit (£m).
		expect(gridCell(nb, { path: `${scheme}.values.2017/18`, kind: 'money' })).toMatchObject({
			display: 'ƒ 3',
			edit: '=£1.5m * 2'
		});
	});
});
