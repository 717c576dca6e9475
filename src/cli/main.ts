// The `bridgebook` command: validate models, print bridges and QIPP, check published tables.
// Every user error is one line on stderr and exit 2; nothing prints a stack trace.
import { pathToFileURL } from 'node:url';
import { bridgeCommand } from './commands/bridge';
import { checkCommand } from './commands/check';
import { compareCommand } from './commands/compare';
import { qippCommand } from './commands/qipp';
import { validateCommand } from './commands/validate';
import { evalCommand } from './commands/eval';
import { exportCommand } from './commands/export';
import { goalSeekCommand } from './commands/goal-seek';
import { tornadoCommand } from './commands/tornado';
import { simulateCommand } from './commands/simulate';
import { processIo, terminalSafe, UsageError, type CliIo } from './io';
import { InvalidModel } from './load';

export const HELP = `bridgebook: exact NHS financial bridges from a model file

Usage:
  bridgebook validate MODEL.json
  bridgebook bridge MODEL.json [--year 2017/18] [--org ID|consolidated] [--scenario ID]
                    [--view plan|risk] [--unit gbp|k|m] [--dp N] [--format table|csv|json]
                    [--explain]
  bridgebook qipp MODEL.json [--year Y] [--org ID|consolidated] [--scenario ID] [--unit gbp|k|m] [--dp N]
                  [--format table|csv|json]
  bridgebook check TABLE.csv [--model MODEL.json [--org ID] [--year Y] [--scenario ID] [--unit gbp|k|m]
                   [--column NAME]] [--format table|json]
  bridgebook compare MODEL.json --scenarios a,b[,c...] [--base a] [--year Y] [--org ID|consolidated]
                     [--measure KEY] [--unit gbp|k|m] [--format table|csv|json]
  bridgebook eval MODEL.json [--scenario ID] [--cell NAME ...] [--unit gbp|k|m] [--format table|json]
  bridgebook export MODEL.json --what bridge|qipp|compare --out FILE [--format csv|xlsx] [--scenario ID]
                    [--scenarios a,b[,c...] [--base a]] [--view plan|risk] [--org ID|consolidated|all]
                    [--year Y] [--unit gbp|k|m] [--precision full|display] [--negatives brackets|minus]
  bridgebook tornado MODEL.json [--scenario ID] [--measure KEY] [--year Y] [--org ID|consolidated]
                     [--input PATH ...] [--points N] [--percent N] [--range PATH=LOW,HIGH ...]
                     [--unit gbp|k|m] [--format table|json]
  bridgebook goal-seek MODEL.json --input PATH --target AMOUNT [--scenario ID] [--measure KEY] [--year Y]
                       [--org ID|consolidated] [--min X] [--max X] [--precision X] [--unit gbp|k|m]
                       [--format table|json]
  bridgebook simulate MODEL.json [--runs N] [--seed S] [--scenario ID] [--year Y] [--org ID|consolidated]
                      [--unit gbp|k|m] [--format table|json]

--explain adds each line's formula in words and the inputs it used.
qipp always shows the plan view, with a risk-adjusted column.

check reads a bridge or a list of items and a total, as CSV or tab-separated (pasted from Excel);
with --model it compares the table line by line with the model's figures.

Exit codes: 0 success; 1 check found a table that does not reconcile or a figure that differs
from the model, eval a name with an error or a model that cannot be worked out, or goal-seek a
target that no value in the range reaches; 2 bad input.
See docs/cli.md for the formats.
`;

type Command = (args: readonly string[], io: CliIo) => number | Promise<number>;

// export is asynchronous (the workbook is zipped asynchronously); the others return at once.
// A Map, so a command named like an object member ("constructor", "__proto__") is just unknown.
const COMMANDS = new Map<string, Command>(
	Object.entries({
		validate: validateCommand,
		bridge: bridgeCommand,
		qipp: qippCommand,
		check: checkCommand,
		compare: compareCommand,
		eval: evalCommand,
		export: exportCommand,
		tornado: tornadoCommand,
		'goal-seek': goalSeekCommand,
		simulate: simulateCommand
	})
);

/** A command's failure as one line on stderr, exit 2: the user's mistake, or an unexpected one. */
function failed(command: string, error: unknown, io: CliIo): number {
	if (error instanceof UsageError || error instanceof InvalidModel) {
		io.err(`bridgebook ${command}: ${error.message}\n`);
		return 2;
	}
	io.err(
		`bridgebook ${command}: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`
	);
	return 2;
}

/** Run one command line; returns the exit code (a promise of it for export). */
export function run(argv: readonly string[], rawIo: CliIo = processIo): number | Promise<number> {
	// Names and pasted tables reach the terminal: control characters are shown, never obeyed.
	const io: CliIo = {
		...rawIo,
		out: (t) => rawIo.out(terminalSafe(t)),
		err: (t) => rawIo.err(terminalSafe(t))
	};
	const [command, ...args] = argv;
	if (command === undefined) {
		io.err(HELP);
		return 2;
	}
	if (['--help', '-h', 'help'].includes(command)) {
		io.out(HELP);
		return 0;
	}
	const handler = COMMANDS.get(command);
	if (handler && (args.includes('--help') || args.includes('-h'))) {
		io.out(HELP);
		return 0;
	}
	if (!handler) {
		io.err(
			`bridgebook: unknown command "${command}"; try ${[...COMMANDS.keys()].join(', ')} (bridgebook --help)\n`
		);
		return 2;
	}
	try {
		const code = handler(args, io);
		return typeof code === 'number' ? code : code.catch((error: unknown) => failed(command, error, io));
	} catch (error) {
		return failed(command, error, io);
	}
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
	process.exitCode = await run(process.argv.slice(2));
}
