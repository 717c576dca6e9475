// Tests open exported workbooks in LibreOffice (headless), to prove a real spreadsheet computes
// their formulas, and read the printed board pack with poppler's pdftotext and pdftoppm. Exit 0
// when `soffice`, `pdftotext` and `pdftoppm` are on the PATH; install the Debian packages that
// are missing with apt-get when running as root; otherwise say how, and fail. Uses only Node
// built-ins: CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Each program the tests run, and the Debian package that brings it. */
const TOOLS = [
	{ command: 'soffice', pkg: 'libreoffice-calc' },
	{ command: 'pdftotext', pkg: 'poppler-utils' },
	{ command: 'pdftoppm', pkg: 'poppler-utils' }
];

/** @param {string} file */
function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @param {string} command */
const onPath = (command) =>
	(process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, command)));

/** @param {string} command @param {string[]} args */
function run(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	}).status;
}

const missing = () => [...new Set(TOOLS.filter((t) => !onPath(t.command)).map((t) => t.pkg))];
if (missing().length === 0) process.exit(0);

const packages = missing();
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && executable('/usr/bin/apt-get')) {
	console.log(`Installing ${packages.join(' and ')} with apt-get for the workbook and board pack tests.`);
	const ok = run('apt-get', ['update']) === 0 && run('apt-get', ['install', '-y', ...packages]) === 0;
	if (ok && missing().length === 0) process.exit(0);
	console.error('apt-get did not leave every program on the PATH.');
}

console.error(
	[
		`The workbook and board pack tests need ${TOOLS.map((t) => t.command).join(', ')}, and some are missing.`,
		'Install them, then run the tests again:',
		`  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`,
		'Outside CI the workbook test is skipped without LibreOffice; in CI it fails.'
	].join('\n')
);
process.exit(1);
