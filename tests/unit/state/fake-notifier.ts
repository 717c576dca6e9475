// A fake CrossTabNotifier hub for state tests: each tab() hears what the other tabs notify (never
// its own notices), delivered at once; `listeners` shows whether a tab still subscribes.
import type { CrossTabNotifier, ModelChange } from '../../../src/lib/storage/cross-tab';

export interface FakeTab extends CrossTabNotifier {
	readonly listeners: Set<(change: ModelChange) => void>;
}

export function fakeTabs() {
	const tabs = new Set<FakeTab>();
	return {
		tab(): FakeTab {
			const listeners = new Set<(change: ModelChange) => void>();
			const self: FakeTab = {
				supported: true,
				listeners,
				notify(change) {
					for (const other of tabs) if (other !== self) other.listeners.forEach((l) => l(change));
				},
				subscribe(listener) {
					listeners.add(listener);
					return () => listeners.delete(listener);
				},
				close() {
					listeners.clear();
					tabs.delete(self);
				}
			};
			tabs.add(self);
			return self;
		}
	};
}
