// Bringing older model files up to the current schema version, one version step at a time.
import { SCHEMA_VERSION } from './schema';

/** Turns a file of version `from` into version `from + 1`. */
export interface Migration {
	readonly from: number;
	readonly migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
	// 1 -> 2: named cells arrived; an older file has none.
	{ from: 1, migrate: (file) => ({ ...file, cells: file.cells ?? [] }) },
	// 2 -> 3: the notebook layout arrived, optional (a standard layout is used without one). The
	// version moves so that an older build refuses a file with a layout by its version, plainly.
	{ from: 2, migrate: (file) => file }
];

export type MigrationResult =
	{ ok: true; file: unknown; migratedFrom?: number } | { ok: false; message: string };

/**
 * Apply every migration from the file's schemaVersion up to `target`. Files newer than this
 * build, or without a version, are refused rather than guessed at.
 */
export function migrate(
	raw: unknown,
	migrations: readonly Migration[] = MIGRATIONS,
	target = SCHEMA_VERSION
): MigrationResult {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { ok: false, message: 'a model file must be a JSON object' };
	}
	let file = raw as Record<string, unknown>;
	const version = file.schemaVersion;
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
		return {
			ok: false,
			message: 'schemaVersion is missing or not a whole number: is this a Bridgebook model file?'
		};
	}
	if (version > target) {
		return {
			ok: false,
			message: `schemaVersion ${version} is newer than this Bridgebook understands (${target}); please update Bridgebook`
		};
	}
	for (let v = version; v < target; v += 1) {
		const step = migrations.find((m) => m.from === v);
		if (!step) return { ok: false, message: `no migration from schemaVersion ${v}` };
		file = { ...step.migrate(file), schemaVersion: v + 1 };
	}
	return version === target ? { ok: true, file } : { ok: true, file, migratedFrom: version };
}
