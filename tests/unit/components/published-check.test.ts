// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import PublishedCheck from '../../../src/lib/components/check/PublishedCheck.svelte';

async function paste(text: string) {
	await fireEvent.input(screen.getByRole('textbox', { name: 'Paste the table' }), {
		target: { value: text }
	});
}

describe('PublishedCheck', () => {
	it('says a pasted bridge does not reconcile, and by how much', async () => {
		render(PublishedCheck);
		// 1.0 + 0.3 + 0.3 = 1.6 against a stated 1.8: 0.2 out, more than the 0.1 rounding explains
		await paste('line\trole\t£m\nOpen\topening\t1.0\nA\tstep\t0.3\nB\tstep\t0.3\nClose\tclosing\t1.8\n');
		expect(screen.getByTestId('verdict').textContent?.trim()).toBe('This table does NOT reconcile.');
		expect(screen.getByTestId('difference').textContent).toBe('(0.2)');
		expect(screen.getByText(/£m: opening \+ steps = 1\.6 but the table states 1\.8/)).toBeTruthy();
	});

	it('checks items against their total, and names the row and column of a bad figure', async () => {
		render(PublishedCheck);
		// 680 + 860 = 1,540 as stated
		await paste('line\trole\t£k\nCHC\titem\t680\nNMC\titem\t860\nTotal\ttotal\t1,540\n');
		expect(screen.getByTestId('verdict').textContent?.trim()).toBe('This table reconciles exactly.');
		await paste('line\trole\t£k\nCHC\titem\tsix\nTotal\ttotal\t1,540\n');
		expect(screen.getByRole('alert').textContent).toContain('row 2 (CHC), column £k: "six" is not a number');
	});
});
