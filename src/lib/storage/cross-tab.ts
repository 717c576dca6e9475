// Telling other tabs that a model changed (BroadcastChannel), so a tab with a stale copy can offer
// to reload instead of meeting a conflict on its next save. Best effort: without BroadcastChannel it
// does nothing; the store's revision check still prevents silent overwrites.
import type { ModelStore, StoreResult } from './store';

/** The channel every Bridgebook tab of this origin listens on. */
export const CHANNEL_NAME = 'bridgebook-models';

const MESSAGE_TYPE = 'bridgebook/model-changed';

/** A change made in another tab: the model's new revision, or its last one if it was deleted. */
export interface ModelChange {
	readonly id: string;
	readonly revision: number;
	readonly deleted: boolean;
}

/** The parts of BroadcastChannel used here, so tests can pass a fake. */
export interface ChannelLike {
	postMessage(message: unknown): void;
	addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
	close(): void;
}

/** A BroadcastChannel-like constructor. */
export type ChannelConstructor = new (name: string) => ChannelLike;

/** Announces this tab's changes and hears other tabs'. Create one per tab; close it when done. */
export interface CrossTabNotifier {
	/** False when the browser has no BroadcastChannel; every method is then a no-op. */
	readonly supported: boolean;
	/** Tell the other tabs (never this one) that a model changed. */
	notify(change: ModelChange): void;
	/** Hear changes made in other tabs; returns the unsubscribe function. */
	subscribe(listener: (change: ModelChange) => void): () => void;
	close(): void;
}

function asChange(data: unknown): ModelChange | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const d = data as Record<string, unknown>;
	if (d.type !== MESSAGE_TYPE || typeof d.id !== 'string' || typeof d.revision !== 'number') return undefined;
	return { id: d.id, revision: d.revision, deleted: d.deleted === true };
}

function browserChannel(): ChannelConstructor | null {
	return typeof BroadcastChannel === 'undefined' ? null : BroadcastChannel;
}

/**
 * A notifier on CHANNEL_NAME. `Channel: null` (or a browser without BroadcastChannel) gives a
 * no-op notifier. Messages of other shapes (say, from another Bridgebook version) are ignored.
 */
export function createCrossTabNotifier(
	options: { readonly name?: string; readonly Channel?: ChannelConstructor | null } = {}
): CrossTabNotifier {
	const Channel = options.Channel === undefined ? browserChannel() : options.Channel;
	if (Channel === null) {
		return { supported: false, notify: () => {}, subscribe: () => () => {}, close: () => {} };
	}
	const channel = new Channel(options.name ?? CHANNEL_NAME);
	const listeners = new Set<(change: ModelChange) => void>();
	channel.addEventListener('message', (event) => {
		const change = asChange(event.data);
		if (change) for (const listener of [...listeners]) listener(change);
	});
	let closed = false;
	return {
		supported: true,
		notify(change) {
			if (closed) return;
			try {
				channel.postMessage({ type: MESSAGE_TYPE, ...change });
			} catch {
				// Telling other tabs is best effort; the save itself has already succeeded.
			}
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		close() {
			closed = true;
			listeners.clear();
			channel.close();
		}
	};
}

/**
 * `store`, but every successful create, save, rename, duplicate, delete and restore is announced
 * through `notifier` after it is written. Reads and failures announce nothing.
 */
export function withCrossTabNotices(store: ModelStore, notifier: CrossTabNotifier): ModelStore {
	async function announce<T>(
		result: Promise<StoreResult<T>>,
		change: (value: T) => ModelChange
	): Promise<StoreResult<T>> {
		const settled = await result;
		if (settled.ok) notifier.notify(change(settled.value));
		return settled;
	}
	const changed = (v: { id: string; revision: number }) => ({
		id: v.id,
		revision: v.revision,
		deleted: false
	});
	return {
		durable: store.durable,
		list: () => store.list(),
		get: (id) => store.get(id),
		getMeta: (key) => store.getMeta(key),
		claimMeta: (key, value) => store.claimMeta(key, value),
		close: () => store.close(),
		create: (file) => announce(store.create(file), changed),
		save: (id, file, expectedRevision) => announce(store.save(id, file, expectedRevision), changed),
		rename: (id, name, expectedRevision) => announce(store.rename(id, name, expectedRevision), changed),
		duplicate: (id) => announce(store.duplicate(id), changed),
		delete: (id) => announce(store.delete(id), (d) => ({ id: d.id, revision: d.revision, deleted: true })),
		restore: (deleted) => announce(store.restore(deleted), changed)
	};
}
