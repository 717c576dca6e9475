// errorFromException(error): browser exceptions become StoreError kinds with plain messages.
import { describe, expect, it } from 'vitest';
import { errorFromException, QUOTA_MESSAGE } from '../../../src/lib/storage/errors';

describe('errorFromException(error)', () => {
	it.each([
		['QuotaExceededError', 'quota'],
		['NS_ERROR_DOM_QUOTA_REACHED', 'quota'],
		['InvalidStateError', 'unavailable'],
		['UnknownError', 'unavailable'],
		['AbortError', 'unavailable'],
		['VersionError', 'unavailable'],
		['SecurityError', 'unavailable'],
		['TransactionInactiveError', 'unavailable']
	])('maps a DOMException named %s to %s', (name, kind) => {
		expect(errorFromException(new DOMException('browser words', name)).kind).toBe(kind);
	});

	it('keeps the browser wording in detail, out of the message', () => {
		const error = errorFromException(new DOMException('disk says no', 'QuotaExceededError'));
		expect(error).toEqual({
			kind: 'quota',
			message: QUOTA_MESSAGE,
			detail: 'QuotaExceededError: disk says no'
		});
	});

	it('copes with things that are not errors', () => {
		expect(errorFromException('odd')).toMatchObject({ kind: 'unavailable', detail: 'Error: odd' });
		expect(errorFromException(null).kind).toBe('unavailable');
	});

	it('tells the user to export a copy whenever saving may have failed', () => {
		for (const name of ['QuotaExceededError', 'UnknownError', 'SecurityError']) {
			expect(errorFromException(new DOMException('', name)).message).toMatch(/[Ee]xport a copy/);
		}
	});
});
