// Reading a figure as the page shows it, "(1,234.5)", "£1.2", "-0.5" or "0.5%", into an exact
// decimal: the tests' own reader, deliberately not the app's parseAmount, so a figure the app
// prints wrongly cannot be read back "right" by the same code. Brackets or a leading minus are
// negative; commas must group thousands; a leading £ and a trailing % are allowed and dropped.
import { D, type Dec } from '../../../src/lib/engine/decimal';

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The figure `text` shows; throws, naming `what`, if it is not a plain figure. */
export function figureOf(text: string, what = 'figure'): Dec {
	let rest = text.trim();
	let negative = false;
	if (rest.startsWith('(') && rest.endsWith(')')) {
		negative = true;
		rest = rest.slice(1, -1).trim();
	} else if (rest.startsWith('-') || rest.startsWith('\u2212')) {
		negative = true;
		rest = rest.slice(1).trim();
	}
	rest = rest.replace(/^£\s*/, '').replace(/\s*%$/, '');
	if (!DIGITS.test(rest)) throw new Error(`${what}: "${text}" is not a figure as the page shows one`);
	const value = D(rest.replaceAll(',', ''));
	return negative ? value.negated() : value;
}
