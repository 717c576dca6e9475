// What a command may touch: output streams and file reading, injected so tests run commands in-process.
import { readFileSync, writeFileSync } from 'node:fs';

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readFile(path: string): string;
	writeFile(path: string, data: string | Uint8Array): void;
}

/**
 * Text safe to print to a terminal: control characters other than tab, newline and carriage return
 * (CSV ends its rows with CRLF), and the C1 controls, are written as visible escapes like \x1B.
 */
export function terminalSafe(text: string): string {
	return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g;

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const processIo: CliIo = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	readFile: (path) => readFileSync(path, 'utf8'),
	writeFile: (path, data) => writeFileSync(path, data)
};

/** Why a file could not be read or written, in words. */
function fileError(error: unknown, missing: string): string {
	const code = (error as NodeJS.ErrnoException).code;
	return code === 'ENOENT'
		? missing
		: code === 'EISDIR'
			? 'is a folder, not a file'
			: code === 'EACCES'
				? 'permission denied'
				: (error as Error).message;
}

/** Read a file, turning "no such file" and friends into one-line usage errors. */
export function readInput(io: CliIo, path: string): string {
	try {
		return io.readFile(path);
	} catch (error) {
		throw new UsageError(`cannot read ${path}: ${fileError(error, 'no such file')}`);
	}
}

/** Write a file, turning "no such folder" and friends into one-line usage errors. */
export function writeOutput(io: CliIo, path: string, data: string | Uint8Array): void {
	try {
		io.writeFile(path, data);
	} catch (error) {
		throw new UsageError(`cannot write ${path}: ${fileError(error, 'no such folder')}`);
	}
}
