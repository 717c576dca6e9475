// A unit test opens the exported workbooks in LibreOffice (headless) to prove that a real
// spreadsheet computes their formulas and shows the app's figures. Exit 0 when `soffice` is on the
// PATH; install Debian's libreoffice-calc with apt-get when running as root; otherwise say how, and
// fail. Uses only Node built-ins: CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** @param {string} file */
function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

const onPath = () =>
	(process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, 'soffice')));

/** @param {string} command @param {string[]} args */
function run(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	}).status;
}

if (onPath()) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && executable('/usr/bin/apt-get')) {
	console.log('soffice is not on the PATH; installing libreoffice-calc with apt-get for the workbook test.');
	const ok = run('apt-get', ['update']) === 0 && run('apt-get', ['install', '-y', 'libreoffice-calc']) === 0;
	if (ok && onPath()) {
		console.log('LibreOffice Calc installed.');
		process.exit(0);
	}
	console.error('apt-get did not leave soffice on the PATH.');
}

console.error(
	[
		'The workbook test opens exported files in LibreOffice, and soffice is not on the PATH.',
		'Install it, then run the tests again:',
		'  sudo apt-get update && sudo apt-get install -y libreoffice-calc',
		'Outside CI the test is skipped without it; in CI it fails.'
	].join('\n')
);
process.exit(1);
