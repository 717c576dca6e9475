// What a command may touch: output streams and file reading, injected so tests run commands in-process.
import { readFileSync } from 'node:fs';

export interface CliIo {
	out(text: string): void;
	err(text: string): void;
	readFile(path: string): string;
}

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const processIo: CliIo = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	readFile: (path) => readFileSync(path, 'utf8')
};

/** Read a file, turning "no such file" and friends into one-line usage errors. */
export function readInput(io: CliIo, path: string): string {
	try {
		return io.readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const reason =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EISDIR'
					? 'is a folder, not a file'
					: code === 'EACCES'
						? 'permission denied'
						: (error as Error).message;
		throw new UsageError(`cannot read ${path}: ${reason}`);
	}
}
