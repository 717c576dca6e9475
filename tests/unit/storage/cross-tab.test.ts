// createCrossTabNotifier() and withCrossTabNotices(): other tabs hear of saves; this tab does not
// hear itself; no BroadcastChannel means no-op. Uses a fake channel that delivers like the real one.
import { afterEach, describe, expect, it } from 'vitest';
import {
	CHANNEL_NAME,
	createCrossTabNotifier,
	withCrossTabNotices,
	type ChannelLike,
	type ModelChange
} from '../../../src/lib/storage/cross-tab';
import { createMemoryStore } from '../../../src/lib/storage/memory-store';
import { portsmouth, valueOf } from './fixtures';

type Listener = (event: { data: unknown }) => void;

/** Like BroadcastChannel: delivers a clone, later, to every other open channel of the same name. */
class FakeChannel implements ChannelLike {
	static open = new Set<FakeChannel>();
	static failPost = false;
	readonly listeners: Listener[] = [];
	constructor(readonly name: string) {
		FakeChannel.open.add(this);
	}
	postMessage(message: unknown): void {
		if (FakeChannel.failPost) throw new DOMException('closed', 'InvalidStateError');
		for (const other of FakeChannel.open) {
			if (other === this || other.name !== this.name) continue;
			const data = structuredClone(message);
			setTimeout(() => other.listeners.forEach((l) => l({ data })), 0);
		}
	}
	addEventListener(_type: 'message', listener: Listener): void {
		this.listeners.push(listener);
	}
	close(): void {
		FakeChannel.open.delete(this);
	}
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

function tab() {
	const notifier = createCrossTabNotifier({ Channel: FakeChannel });
	const heard: ModelChange[] = [];
	const unsubscribe = notifier.subscribe((c) => heard.push(c));
	return { notifier, heard, unsubscribe };
}

afterEach(() => {
	for (const channel of FakeChannel.open) channel.close();
	FakeChannel.failPost = false;
});

describe('createCrossTabNotifier({ Channel })', () => {
	it('tells other tabs, not this one, which model changed and its revision', async () => {
		const a = tab();
		const b = tab();
		a.notifier.notify({ id: 'm1', revision: 3, deleted: false });
		await settle();
		expect(b.heard).toEqual([{ id: 'm1', revision: 3, deleted: false }]);
		expect(a.heard).toEqual([]);
	});

	it(`listens on "${CHANNEL_NAME}" and ignores messages of other shapes`, async () => {
		const b = tab();
		const stranger = new FakeChannel(CHANNEL_NAME);
		stranger.postMessage({ id: 'm1', revision: 2 });
		stranger.postMessage('hello');
		stranger.postMessage({ type: 'bridgebook/model-changed', id: 7, revision: 2 });
		await settle();
		expect(b.heard).toEqual([]);
	});

	it('stops telling a listener after it unsubscribes, and everyone after close()', async () => {
		const a = tab();
		const b = tab();
		const c = tab();
		b.unsubscribe();
		c.notifier.close();
		a.notifier.notify({ id: 'm1', revision: 2, deleted: false });
		await settle();
		expect([b.heard, c.heard]).toEqual([[], []]);
	});

	it('swallows a failing postMessage: the save has already succeeded', () => {
		const a = tab();
		FakeChannel.failPost = true;
		expect(() => a.notifier.notify({ id: 'm1', revision: 2, deleted: false })).not.toThrow();
	});

	it('is a no-op without BroadcastChannel', () => {
		const notifier = createCrossTabNotifier({ Channel: null });
		expect(notifier.supported).toBe(false);
		const unsubscribe = notifier.subscribe(() => {});
		expect(() => {
			notifier.notify({ id: 'm1', revision: 2, deleted: false });
			unsubscribe();
			notifier.close();
		}).not.toThrow();
	});
});

describe('withCrossTabNotices(store, notifier)', () => {
	it('announces each successful write after it is stored, and nothing for reads or failures', async () => {
		const a = tab();
		const b = tab();
		const store = withCrossTabNotices(createMemoryStore({ newId: () => 'm1' }), a.notifier);
		const saved = valueOf(await store.create(portsmouth()));
		valueOf(await store.save(saved.id, saved.file, 1));
		await store.save(saved.id, saved.file, 1); // stale: a conflict, not announced
		valueOf(await store.get(saved.id));
		const deleted = valueOf(await store.delete(saved.id));
		valueOf(await store.restore(deleted));
		await settle();
		expect(b.heard).toEqual([
			{ id: 'm1', revision: 1, deleted: false },
			{ id: 'm1', revision: 2, deleted: false },
			{ id: 'm1', revision: 2, deleted: true },
			{ id: 'm1', revision: 2, deleted: false }
		]);
	});

	it('keeps the wrapped store durable flag', () => {
		expect(withCrossTabNotices(createMemoryStore(), createCrossTabNotifier({ Channel: null })).durable).toBe(
			false
		);
	});
});
