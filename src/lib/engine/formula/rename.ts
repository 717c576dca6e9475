// Renames a referenced name inside formula text, changing nothing else: comments, spacing, layout
// and other names stay exactly as written. Works from token positions, so it never parses or evaluates.
import { isValidName, tokenize } from './lexer';

/**
 * `text` with every reference to `from` replaced by `to`. Only whole names are replaced: not a
 * part of a longer or dotted name (`from` = `north` leaves `north.surplus` alone), not a function
 * call, not text in a comment. Works on text with parse errors too. If `from` or `to` is not a
 * valid name, `text` is returned unchanged.
 * @example renameInFormula('pop * £3 // pop = ONS', 'pop', 'population') // 'population * £3 // pop = ONS'
 */
export function renameInFormula(text: string, from: string, to: string): string {
	if (from === to || !isValidName(from) || !isValidName(to)) return text;
	const tokens = tokenize(text);
	let out = '';
	let copied = 0;
	tokens.forEach((token, i) => {
		if (token.kind !== 'name' || token.text !== from) return;
		const following = tokens[i + 1];
		if (following?.kind === 'punct' && following.text === '(') return;
		out += text.slice(copied, token.start) + to;
		copied = token.end;
	});
	return out + text.slice(copied);
}
