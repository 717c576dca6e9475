// The formula parser on long and deeply nested text (20,000 repeats of one fragment: "((((...",
// "----...", "abs(abs(...", "1+1+..."): what a pasted or generated formula can look like, and where a
// recursive or backtracking parser goes quadratic or overflows the stack. The fuzz tests check it
// never throws; this times it. The yardstick is one plain pass over the same text (reading every
// character), the least a parser that reads it all must do, so the ratio says what the parser adds
// per character; text that is refused or ends early ("/", a "//" comment) takes less than one pass.
import { parseFormula } from '../src/lib/engine/formula';
import { measure, type MeasureOptions, type Row } from './measure';

const FRAGMENTS = ['(', '-', 'abs(', '1+', 'x[', '£', '/', '//', ',', 'if(a,'];
const REPEATS = 20_000;
/** A parse of such text should take well under this (median); the fuzz test used to assert it. */
const TARGET_MS = 200;

/** Read every character once: a sum of char codes, so the loop cannot be optimised away. */
function scan(text: string): number {
	let total = 0;
	for (let i = 0; i < text.length; i++) total += text.charCodeAt(i);
	return total;
}

export function benchFormulaParse(): { rows: Row[]; warnings: string[] } {
	const rows: Row[] = [];
	const warnings: string[] = [];
	const parseRuns: MeasureOptions = { warmup: 3, runs: 15 };
	const scanRuns: MeasureOptions = { warmup: 50, runs: 200 };
	for (const fragment of FRAGMENTS) {
		const text = fragment.repeat(REPEATS);
		const label = `parse ${REPEATS.toLocaleString('en-GB')} x ${JSON.stringify(fragment)}`;
		const parsed = parseFormula(text);
		// A throw would have ended the bench; a result without a position means the wrong work was timed.
		if (!parsed.ok && parsed.error.position === undefined)
			warnings.push(`${label}: parse error without a position (${parsed.error.message})`);
		const parse = measure(() => parseFormula(text), parseRuns);
		const plain = measure(() => scan(text), scanRuns);
		rows.push(
			{
				name: label,
				...parse,
				targetMs: TARGET_MS,
				pass: parse.medianMs < TARGET_MS,
				ratio: { of: 'parse / scan', value: parse.medianMs / plain.medianMs }
			},
			{ name: `${label}: one pass over the text`, ...plain, baselineOf: label }
		);
	}
	return { rows, warnings };
}
