// The simulation's Web Worker: the message handler of worker-handler.ts on the worker's scope.
import type { ToWorker } from './worker-protocol';
import { simulationWorker, type Post } from './worker-handler';

/** The worker's global scope, as far as it is used (the page's lib types `self` as a window). */
const scope = self as unknown as {
	onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
	postMessage: Post;
};

const handle = simulationWorker((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => handle(event.data);
