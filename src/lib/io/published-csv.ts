// Reading a bridge table someone else published, as CSV: a header `line,<column>,...`, an optional
// `role` column (context|opening|step|closing), figures as printed ("(3.4)", "1,433", "-" for nil).
import Papa from 'papaparse';
import {
	parseAmount,
	type PublishedCell,
	type PublishedRole,
	type PublishedRow,
	type PublishedTable
} from '../engine/index';
import type { Problem, Result } from '../model/problems';

const ROLES: readonly PublishedRole[] = ['context', 'opening', 'step', 'closing'];
const NIL = new Set(['', '-', '–', '—', 'nil']);

/**
 * Parse the CSV text. Without a role column the first row is the opening, the last the closing
 * and every other row a step.
 */
export function parsePublishedCsv(text: string): Result<PublishedTable> {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		skipEmptyLines: 'greedy',
		delimiter: ','
	});
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
	const valueIndexes = names.map((_, i) => i).filter((i) => i !== 0 && i !== roleIndex);
	if (valueIndexes.length === 0) problems.push({ path: 'row 1', message: 'there is no column of figures' });
	if (body.length < 2)
		problems.push({ path: '(file)', message: 'a bridge needs at least an opening and a closing row' });

	const rows: PublishedRow[] = body.map((cells, r) => {
		const rowNumber = r + 2;
		const label = (cells[0] ?? '').trim();
		// An unquoted "1,234.5" splits into two fields: refuse rather than read the wrong figure.
		if (cells.length !== header.length) {
			problems.push({
				path: `row ${rowNumber} (${label})`,
				message: `has ${cells.length} fields but the header has ${header.length}: quote figures with commas, e.g. "1,234.5"`
			});
		}
		let role: PublishedRole = r === 0 ? 'opening' : r === body.length - 1 ? 'closing' : 'step';
		if (roleIndex >= 0) {
			const written = (cells[roleIndex] ?? '').trim().toLowerCase();
			if ((ROLES as readonly string[]).includes(written)) role = written as PublishedRole;
			else
				problems.push({
					path: `row ${rowNumber} (${label}), column role`,
					message: `"${cells[roleIndex] ?? ''}" is not one of ${ROLES.join(', ')}`
				});
		}
		const values = valueIndexes.map((i): PublishedCell | undefined => {
			const text = (cells[i] ?? '').trim();
			if (NIL.has(text.toLowerCase())) return undefined;
			const amount = parseAmount(text);
			if ('error' in amount) {
				problems.push({ path: `row ${rowNumber} (${label}), column ${names[i]}`, message: amount.error });
				return undefined;
			}
			return { value: amount.value, precision: amount.precision };
		});
		return { label, role, cells: values };
	});
	for (const role of ['opening', 'closing'] as const) {
		const count = rows.filter((r) => r.role === role).length;
		if (count !== 1 && body.length >= 2)
			problems.push({
				path: 'column role',
				message: `the table needs exactly one ${role} row, found ${count}`
			});
	}
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, value: { columns: valueIndexes.map((i) => names[i] ?? ''), rows } };
}
