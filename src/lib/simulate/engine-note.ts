// How a simulation's iterations were evaluated, in one sentence for the page and the CLI alike.
import type { EngineNote } from './simulate';

/**
 * @example engineSentence({ engine: 'kernel', exactIterations: 0 }) // 'Every iteration ran on the integer-pence kernel.'
 */
export function engineSentence(note: EngineNote): string {
	if (note.engine === 'exact')
		return `Every iteration was evaluated exactly with the Decimal engine: ${note.reason ?? 'the kernel was not used'}.`;
	if (note.exactIterations === 0) return 'Every iteration ran on the integer-pence kernel.';
	return `${note.exactIterations} iteration${note.exactIterations === 1 ? ' was' : 's were'} evaluated exactly with the Decimal engine (${note.reason ?? 'the kernel refused them'}); the rest ran on the integer-pence kernel.`;
}
