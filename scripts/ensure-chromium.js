// The end-to-end tests drive Debian's Chromium (Playwright cannot download browsers here). Exit 0
// when it is there; install it with apt-get when running as root; otherwise say how, and fail.
// Uses only Node built-ins: CI runs it before `npm ci`.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const DEBIAN_PATH = '/usr/bin/chromium';
const path = process.env.CHROMIUM_PATH ?? DEBIAN_PATH;

/** @param {string} file */
function executable(file) {
	try {
		accessSync(file, constants.X_OK);
		return true;
	} catch {
		return false;
	}
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
	console.log(`$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	}).status;
}

if (executable(path)) process.exit(0);

const root = typeof process.getuid === 'function' && process.getuid() === 0;
// apt-get puts Chromium at /usr/bin/chromium, so installing only helps when that is the path wanted.
const canInstall = path === DEBIAN_PATH && root && executable('/usr/bin/apt-get');

if (canInstall) {
	console.log(`Chromium is not at ${path}; installing it with apt-get for the end-to-end tests.`);
	const ok = run('apt-get', ['update']) === 0 && run('apt-get', ['install', '-y', 'chromium']) === 0;
	if (ok && executable(path)) {
		console.log(`Chromium installed at ${path}.`);
		process.exit(0);
	}
	console.error(`apt-get did not leave an executable Chromium at ${path}.`);
}

console.error(
	[
		`The end-to-end tests need Chromium, and there is none at ${path}.`,
		'Install it, then run the tests again:',
		'  sudo apt-get update && sudo apt-get install -y chromium',
		'or point CHROMIUM_PATH at a Chromium or Chrome you already have, e.g.',
		'  CHROMIUM_PATH=/usr/bin/google-chrome npm run test:e2e'
	].join('\n')
);
process.exit(1);
