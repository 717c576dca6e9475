// Recursive-descent parser from tokens to the syntax tree. Never throws to its caller: every
// problem becomes a 'parse' error value with the span of the offending text. No evaluation here.
import type { BinaryOp, ComparisonOp, Expr } from './ast';
import { FUNCTIONS, FUNCTION_NAMES, isFunctionName } from './functions';
import { tokenize, type Token } from './lexer';
import { errorValue, type FormulaError, type Span } from './values';

/** Deepest nesting of brackets, calls and unary minus; deeper text is refused, not overflowed. */
export const MAX_NESTING = 200;
/** Deepest syntax tree, counting chains such as a + b + c (each + is one level). */
export const MAX_DEPTH = 1000;

/** A syntax tree, or a 'parse' error with a position. */
export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: FormulaError };

const COMPARISONS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=', '==', '!=']);

class ParseFailure {
	constructor(
		readonly message: string,
		readonly span: Span
	) {}
}

/** Parse formula text into a syntax tree, or a 'parse' error with its position. */
export function parse(text: string): ParseResult {
	try {
		return { ok: true, ast: new Parser(text).formula() };
	} catch (failure) {
		if (!(failure instanceof ParseFailure)) throw failure;
		return { ok: false, error: errorValue('parse', failure.message, { position: failure.span }) };
	}
}

function describe(token: Token): string {
	if (token.kind === 'name') return `name "${token.text}"`;
	if (token.kind === 'year') return `year ${token.text}`;
	return `"${token.text}"`;
}

class Parser {
	private readonly tokens: Token[];
	private pos = 0;
	private nesting = 0;
	/**
	 * Tree depth per node, kept only for formulas of more than MAX_DEPTH tokens: every node consumes
	 * at least one token of its own, so a shorter formula cannot be too deep. A plain Map, not a
	 * WeakMap: it dies with the parser, and weak maps are costly for the garbage collector.
	 */
	private readonly depths: Map<Expr, number> | undefined;

	constructor(private readonly text: string) {
		this.tokens = tokenize(text);
		if (this.tokens.length > MAX_DEPTH) this.depths = new Map();
	}

	formula(): Expr {
		if (this.tokens.length === 0) this.fail('the formula is empty', { start: 0, end: this.text.length });
		const expr = this.comparison();
		const extra = this.peek();
		if (extra !== undefined) {
			const value = extra.kind === 'literal' || extra.kind === 'name' || extra.text === '(';
			this.fail(
				value
					? `expected an operator such as + or * before ${describe(extra)}`
					: `unexpected ${describe(extra)}`,
				extra
			);
		}
		return expr;
	}

	private fail(message: string, span: Span): never {
		throw new ParseFailure(message, { start: span.start, end: span.end });
	}

	/** The next token; an invalid token is reported as soon as the parser reaches it. */
	private peek(): Token | undefined {
		const token = this.tokens[this.pos];
		if (token?.kind === 'invalid') this.fail(token.message, token);
		return token;
	}

	private next(): Token | undefined {
		const token = this.peek();
		if (token !== undefined) this.pos++;
		return token;
	}

	private atPunct(text: string): boolean {
		const token = this.peek();
		return token?.kind === 'punct' && token.text === text;
	}

	private atComparison(): boolean {
		const token = this.peek();
		return token?.kind === 'punct' && COMPARISONS.has(token.text);
	}

	private endSpan(): Span {
		return { start: this.text.length, end: this.text.length };
	}

	/** Record a node's tree depth; refuse trees too deep to walk safely. */
	private node<T extends Expr>(expr: T, children: readonly Expr[]): T {
		const depths = this.depths;
		if (depths === undefined) return expr;
		const depth = 1 + children.reduce((deepest, child) => Math.max(deepest, depths.get(child) ?? 1), 0);
		if (depth > MAX_DEPTH) {
			this.fail(
				`the formula is more than ${MAX_DEPTH} operations deep: split it into named values or use sum(a, b, ...)`,
				expr.span
			);
		}
		depths.set(expr, depth);
		return expr;
	}

	private comparison(): Expr {
		const left = this.additive();
		if (!this.atComparison()) return left;
		const op = this.next()!.text as ComparisonOp;
		const right = this.additive();
		if (this.atComparison()) {
			this.fail(
				'comparisons cannot be chained: compare two values, and use if(...) to combine',
				this.peek()!
			);
		}
		return this.binary(op, left, right);
	}

	private additive(): Expr {
		let left = this.multiplicative();
		while (this.atPunct('+') || this.atPunct('-')) {
			const op = this.next()!.text as BinaryOp;
			left = this.binary(op, left, this.multiplicative());
		}
		return left;
	}

	private multiplicative(): Expr {
		let left = this.unary();
		while (this.atPunct('*') || this.atPunct('/')) {
			const op = this.next()!.text as BinaryOp;
			left = this.binary(op, left, this.unary());
		}
		return left;
	}

	private binary(op: BinaryOp, left: Expr, right: Expr): Expr {
		const span = { start: left.span.start, end: right.span.end };
		return this.node({ kind: 'binary', op, left, right, span }, [left, right]);
	}

	private unary(): Expr {
		const token = this.peek();
		if (++this.nesting > MAX_NESTING) {
			this.fail(
				`the formula nests more than ${MAX_NESTING} levels deep: split it into named values`,
				token ?? this.endSpan()
			);
		}
		let expr: Expr;
		if (token?.kind === 'punct' && token.text === '-') {
			this.pos++;
			const operand = this.unary();
			expr = this.node({ kind: 'negate', operand, span: { start: token.start, end: operand.span.end } }, [
				operand
			]);
		} else {
			expr = this.postfix();
		}
		this.nesting--;
		return expr;
	}

	private postfix(): Expr {
		let expr = this.primary();
		while (this.atPunct('[')) {
			const open = this.next()!;
			const year = this.next();
			if (year?.kind !== 'year') {
				this.fail('expected a year such as 2018/19 inside [ ]', year ?? open);
			}
			const close = this.next();
			if (close?.kind !== 'punct' || close.text !== ']') {
				this.fail('expected "]" after the year', close ?? this.endSpan());
			}
			const span = { start: expr.span.start, end: close.end };
			expr = this.node({ kind: 'index', target: expr, year: year.text, span }, [expr]);
		}
		return expr;
	}

	private primary(): Expr {
		const token = this.next();
		if (token === undefined) this.fail('unexpected end of the formula: expected a value', this.endSpan());
		const span = { start: token.start, end: token.end };
		switch (token.kind) {
			case 'literal':
				return this.node(
					{ kind: 'literal', value: token.value, unit: token.unit, text: token.text, span },
					[]
				);
			case 'name':
				if (this.atPunct('(')) return this.call(token);
				return this.node({ kind: 'name', name: token.text, span }, []);
			case 'punct':
				if (token.text === '(') {
					const inner = this.comparison();
					if (!this.atPunct(')')) {
						this.fail(
							`expected ")" to close the "(" at character ${token.start + 1}`,
							this.peek() ?? this.endSpan()
						);
					}
					this.pos++;
					return inner;
				}
				return this.fail(`expected a value, found ${describe(token)}`, token);
			default:
				return this.fail(`expected a value, found ${describe(token)}`, token);
		}
	}

	private call(name: Token): Expr {
		if (!isFunctionName(name.text)) {
			this.fail(`unknown function "${name.text}" (functions: ${FUNCTION_NAMES.join(', ')})`, name);
		}
		const spec = FUNCTIONS[name.text];
		this.pos++; // (
		const args: Expr[] = [];
		if (!this.atPunct(')')) {
			for (;;) {
				args.push(this.comparison());
				if (this.atPunct(',')) {
					this.pos++;
					continue;
				}
				if (this.atPunct(')')) break;
				const found = this.peek();
				this.fail(
					found
						? `expected "," or ")" in ${name.text}(...), found ${describe(found)}`
						: `expected ")" to close ${name.text}(`,
					found ?? this.endSpan()
				);
			}
		}
		const close = this.next()!;
		const span = { start: name.start, end: close.end };
		if (args.length < spec.minArgs || args.length > spec.maxArgs) {
			const count = `${spec.minArgs === spec.maxArgs ? '' : 'at least '}${spec.minArgs} argument${spec.minArgs === 1 ? '' : 's'}`;
			const grouped = args.some((a) => a.kind === 'literal' && a.text.includes(','));
			const hint = grouped ? ' (1,234 is one number: put a space after a comma between arguments)' : '';
			this.fail(`${name.text} needs ${count}: ${spec.signature}, got ${args.length}${hint}`, span);
		}
		return this.node({ kind: 'call', name: name.text, args, span }, args);
	}
}
