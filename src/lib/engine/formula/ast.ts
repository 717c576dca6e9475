// The syntax tree of a parsed formula. Data only: the parser builds it, evaluate and references read it.
// Every node keeps its span in the original text, so errors can point at it.
import type { Dec } from '../decimal';
import type { FunctionName } from './functions';
import type { Span } from './values';

/** Comparison operators: each gives a boolean. */
export type ComparisonOp = '<' | '<=' | '>' | '>=' | '==' | '!=';
export type BinaryOp = '+' | '-' | '*' | '/' | ComparisonOp;

/** `12`, `1,234.5`, `2.1%` (value 0.021), `£1.2m` (value 1200000); `text` as written. */
export interface LiteralExpr {
	readonly kind: 'literal';
	readonly value: Dec;
	readonly unit: 'number' | 'percent' | 'money';
	readonly text: string;
	readonly span: Span;
}

/** A reference to a named value: `population`, `north.surplus`. */
export interface NameExpr {
	readonly kind: 'name';
	readonly name: string;
	readonly span: Span;
}

/** Unary minus. */
export interface NegateExpr {
	readonly kind: 'negate';
	readonly operand: Expr;
	readonly span: Span;
}

/** `left op right`, arithmetic or a comparison (comparisons do not chain). */
export interface BinaryExpr {
	readonly kind: 'binary';
	readonly op: BinaryOp;
	readonly left: Expr;
	readonly right: Expr;
	readonly span: Span;
}

/** A call of a built-in function; the parser has checked the name and the number of arguments. */
export interface CallExpr {
	readonly kind: 'call';
	readonly name: FunctionName;
	readonly args: readonly Expr[];
	readonly span: Span;
}

/** `x[2018/19]`: the value of `target` in one year. */
export interface IndexExpr {
	readonly kind: 'index';
	readonly target: Expr;
	readonly year: string;
	readonly span: Span;
}

/** Any formula syntax node. */
export type Expr = LiteralExpr | NameExpr | NegateExpr | BinaryExpr | CallExpr | IndexExpr;
