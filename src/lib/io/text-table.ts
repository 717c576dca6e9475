// A plain-text table for terminals: first column left-aligned, figures right-aligned.

/**
 * Lay out rows under a header; columns after the first are right-aligned. `notes[i]` are free
 * lines printed under row i that do not widen the columns.
 */
export function textTable(
	header: readonly string[],
	rows: readonly (readonly string[])[],
	notes: readonly (readonly string[] | undefined)[] = []
): string {
	const all = [header, ...rows];
	const widths = header.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
	const render = (row: readonly string[]) =>
		row
			.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
			.join('  ')
			.trimEnd();
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return (
		[render(header), rule, ...rows.flatMap((row, i) => [render(row), ...(notes[i] ?? [])])].join('\n') + '\n'
	);
}
