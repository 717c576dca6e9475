// The messages between the page and a simulation worker. The page sends the model file once, then
// blocks of iterations to run; the worker answers with progress and each finished block. A block's
// figures depend only on the seed and its iteration numbers (random.ts), so which worker ran it
// never matters.
import type { Problem } from '../model/problems';
import type { EngineNote, SimulationOptions } from './simulate';
import type { IterationBlock } from './iterations';

export type ToWorker =
	| { readonly type: 'start'; readonly file: unknown; readonly options: SimulationOptions }
	| { readonly type: 'run'; readonly from: number; readonly to: number };

export type FromWorker =
	| { readonly type: 'ready' }
	| { readonly type: 'problems'; readonly problems: readonly Problem[] }
	/** `done` iterations of the block from `from` are finished. */
	| { readonly type: 'progress'; readonly from: number; readonly done: number }
	| { readonly type: 'block'; readonly block: IterationBlock; readonly note: EngineNote };
