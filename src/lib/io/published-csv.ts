// Reading a table someone else published, as CSV or as tab-separated text pasted from Excel: a
// header `line,[key,][role,]<column>,...`, figures as printed ("(3.4)", "1,433", "-" for nil).
// `role` says what each row is: a bridge has context|opening|step|closing rows, a list of items
// (a QIPP programme by workstream) context|item|total rows; one table is one shape or the other.
// `key` names the model line a row is (say `inflation`), for checking the table against a model.
import Papa from 'papaparse';
import {
	parseAmount,
	SHAPE_ROLES,
	type PublishedCell,
	type PublishedRole,
	type PublishedRow,
	type PublishedShape,
	type PublishedTable
} from '../engine/index';
import type { Problem, Result } from '../model/problems';

const ROLES: readonly PublishedRole[] = ['context', 'opening', 'step', 'closing', 'item', 'total'];
const NIL = new Set(['', '-', '–', '—', 'nil']);

/** Excel puts tabs between pasted cells; a CSV file has commas. The header line decides. */
function delimiterOf(text: string): '\t' | ',' {
	const header = text.split(/\r?\n/, 1)[0] ?? '';
	return header.includes('\t') ? '\t' : ',';
}

const SHAPE_WORDS: Readonly<Record<PublishedShape, string>> = {
	bridge: 'a bridge (opening, steps, closing)',
	items: 'a table of items and a total'
};

/** The shape a role belongs to only (context belongs to both). */
function shapeOfRole(role: PublishedRole): PublishedShape | undefined {
	if (role === 'context') return undefined;
	return SHAPE_ROLES.bridge.includes(role) ? 'bridge' : 'items';
}

/**
 * Parse the text. Without a role column the first row is the opening, the last the closing and
 * every other row a step.
 */
export function parsePublishedCsv(text: string): Result<PublishedTable> {
	const delimiter = delimiterOf(text.replace(/^\uFEFF/, ''));
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimiter });
	const problems: Problem[] = parsed.errors.map((e) => ({
		path: e.row === undefined ? '(file)' : `row ${e.row + 1}`,
		message: `CSV: ${e.message}`
	}));
	const [header, ...body] = parsed.data;
	if (!header || header.length < 2) {
		return {
			ok: false,
			problems: [...problems, { path: 'row 1', message: 'the header must be `line,<column>[,<column>...]`' }]
		};
	}
	const names = header.map((h) => h.trim());
	if (names[0]?.toLowerCase() !== 'line')
		problems.push({
			path: 'row 1, column 1',
			message: `the first column must be "line", found "${names[0]}"`
		});
	const roleIndex = names.findIndex((n) => n.toLowerCase() === 'role');
	const keyIndex = names.findIndex((n) => n.toLowerCase() === 'key');
	const valueIndexes = names.map((_, i) => i).filter((i) => i !== 0 && i !== roleIndex && i !== keyIndex);
	if (valueIndexes.length === 0) problems.push({ path: 'row 1', message: 'there is no column of figures' });

	// The first row with a role of one shape decides the table's shape; a row of the other is refused.
	let shape: { shape: PublishedShape; row: number } | undefined;
	const rows: PublishedRow[] = body.map((cells, r) => {
		const rowNumber = r + 2;
		const label = (cells[0] ?? '').trim();
		const at = `row ${rowNumber} (${label})`;
		// An unquoted "1,234.5" splits into two fields: refuse rather than read the wrong figure.
		if (cells.length !== header.length) {
			problems.push({
				path: at,
				message:
					delimiter === ','
						? `has ${cells.length} fields but the header has ${header.length}: quote figures with commas, e.g. "1,234.5"`
						: `has ${cells.length} cells but the header has ${header.length}`
			});
		}
		let role: PublishedRole = r === 0 ? 'opening' : r === body.length - 1 ? 'closing' : 'step';
		if (roleIndex >= 0) {
			const written = (cells[roleIndex] ?? '').trim().toLowerCase();
			if ((ROLES as readonly string[]).includes(written)) role = written as PublishedRole;
			else
				problems.push({
					path: `${at}, column role`,
					message: `"${cells[roleIndex] ?? ''}" is not one of ${ROLES.join(', ')}`
				});
		}
		const rowShape = shapeOfRole(role);
		if (rowShape !== undefined) {
			if (shape === undefined) shape = { shape: rowShape, row: rowNumber };
			else if (shape.shape !== rowShape)
				problems.push({
					path: `${at}, column role`,
					message: `"${role}" belongs in ${SHAPE_WORDS[rowShape]}, but row ${shape.row} made this ${SHAPE_WORDS[shape.shape]}: use one shape or the other`
				});
		}
		const values = valueIndexes.map((i): PublishedCell | undefined => {
			const text = (cells[i] ?? '').trim();
			if (NIL.has(text.toLowerCase())) return undefined;
			const amount = parseAmount(text);
			if ('error' in amount) {
				problems.push({ path: `${at}, column ${names[i]}`, message: amount.error });
				return undefined;
			}
			return { value: amount.value, precision: amount.precision };
		});
		const key = keyIndex >= 0 ? (cells[keyIndex] ?? '').trim() : '';
		return key === '' ? { label, role, cells: values } : { label, key, role, cells: values };
	});
	const tableShape = shape?.shape ?? 'bridge';
	const needs = tableShape === 'bridge' ? (['opening', 'closing'] as const) : (['total'] as const);
	if (body.length < 2)
		problems.push({
			path: '(file)',
			message:
				tableShape === 'bridge'
					? 'a bridge needs at least an opening and a closing row'
					: 'a table of items needs at least one item and a total row'
		});
	for (const role of needs) {
		const count = rows.filter((r) => r.role === role).length;
		if (count !== 1 && body.length >= 2)
			problems.push({
				path: 'column role',
				message: `the table needs exactly one ${role} row, found ${count}`
			});
	}
	if (tableShape === 'items' && body.length >= 2 && !rows.some((r) => r.role === 'item'))
		problems.push({ path: 'column role', message: 'a table with a total needs at least one item row' });
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, value: { shape: tableShape, columns: valueIndexes.map((i) => names[i] ?? ''), rows } };
}
