import { describe, expect, it } from 'vitest';
import { migrate, type Migration } from '../../../src/lib/model/migrate';

// A made-up history: v1 called the entry unit "units"; v2 renamed it "unit"; v3 added "scenarios".
const HISTORY: Migration[] = [
	{ from: 1, migrate: ({ units, ...rest }) => ({ ...rest, unit: units }) },
	{ from: 2, migrate: (file) => ({ ...file, scenarios: [] }) }
];

describe('migrate(file, migrations, target)', () => {
	it('applies each step in order and stamps the new version', () => {
		expect(migrate({ schemaVersion: 1, units: 'm' }, HISTORY, 3)).toEqual({
			ok: true,
			file: { schemaVersion: 3, unit: 'm', scenarios: [] },
			migratedFrom: 1
		});
	});

	it('starts from the file version, skipping earlier steps', () => {
		expect(migrate({ schemaVersion: 2, unit: 'k' }, HISTORY, 3)).toEqual({
			ok: true,
			file: { schemaVersion: 3, unit: 'k', scenarios: [] },
			migratedFrom: 2
		});
	});

	it('leaves a current file as it is', () => {
		const file = { schemaVersion: 3, unit: 'k' };
		expect(migrate(file, HISTORY, 3)).toEqual({ ok: true, file });
	});

	it.each([
		[{ schemaVersion: 4 }, 'newer than this Bridgebook understands'],
		[{ schemaVersion: '1' }, 'schemaVersion is missing or not a whole number'],
		[{}, 'schemaVersion is missing'],
		[null, 'must be a JSON object']
	])('refuses %j', (file, message) => {
		const result = migrate(file, HISTORY, 3);
		expect(result.ok ? '' : result.message).toContain(message);
	});

	it('reports a gap in the migration history instead of guessing', () => {
		const result = migrate({ schemaVersion: 1 }, [HISTORY[1]!], 3);
		expect(result.ok ? '' : result.message).toBe('no migration from schemaVersion 1');
	});
});
