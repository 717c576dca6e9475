// What a published table's reconciliation says, in words and figures at the table's precision:
// one wording for the CLI and the page.
import {
	showAtPrecision,
	type Agreement,
	type ColumnCheck,
	type NegativeStyle,
	type PublishedShape,
	type TableCheck,
	type TotalCheck
} from '../engine/index';

/** What the sum and the stated figure are called in each shape. */
export const SHAPE_TERMS: Readonly<Record<PublishedShape, { sum: string; stated: string }>> = {
	bridge: { sum: 'Opening + steps', stated: 'Stated closing' },
	items: { sum: 'Sum of items', stated: 'Stated total' }
};

/** One sentence on a column: what it adds up to, what it states, and whether rounding explains it. */
export function explainColumn(
	check: ColumnCheck,
	shape: PublishedShape,
	negatives: NegativeStyle = 'brackets'
): string {
	const show = (value: ColumnCheck['sum']) => showAtPrecision(value, check.tolerance, negatives);
	const sum =
		shape === 'bridge' ? `opening + steps = ${show(check.sum)}` : `the items sum to ${show(check.sum)}`;
	const stated = shape === 'bridge' ? 'closing' : 'total';
	switch (check.status) {
		case 'agrees':
			return `${check.column}: ${sum}, as the table states.`;
		case 'within rounding':
			return `${check.column}: ${sum} against a stated ${stated} of ${show(check.stated)}; the difference of ${show(check.difference)} is no more than the ${show(check.tolerance)} that rounding of the printed figures explains.`;
		case 'differs':
			return `${check.column}: ${sum} but the table states ${show(check.stated)} (difference ${show(check.difference)}, more than the ${show(check.tolerance)} that rounding of the printed figures would normally explain).`;
	}
}

/** One sentence on a row whose Total column is not the sum of the others. */
export function explainTotal(check: TotalCheck, negatives: NegativeStyle = 'brackets'): string {
	const show = (value: TotalCheck['sumOfColumns']) => showAtPrecision(value, check.tolerance, negatives);
	return `${check.row}: the columns sum to ${show(check.sumOfColumns)} but the Total column states ${show(check.statedTotal)} (difference ${show(check.difference)}).`;
}

/** The table's verdict: "does not reconcile", "reconciles within rounding" or "reconciles exactly". */
export function verdictOf(check: TableCheck): { agreement: Agreement; text: string } {
	if (!check.reconciles) return { agreement: 'differs', text: 'does NOT reconcile' };
	const exact = [...check.columns, ...check.totals].every((c) => c.status === 'agrees');
	return exact
		? { agreement: 'agrees', text: 'reconciles exactly' }
		: { agreement: 'within rounding', text: 'reconciles within rounding' };
}
