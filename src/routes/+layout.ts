// Static, client-only: the user's models never leave the browser, so nothing renders on a server.
// The model store is opened once here, for every page: IndexedDB, or memory with the reason why.
// Every change it makes is announced to other tabs, and `otherTabs` hears theirs.
import { createCrossTabNotifier, withCrossTabNotices } from '$lib/storage/cross-tab';
import { openStore } from '$lib/storage/open-store';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async () => {
	const otherTabs = createCrossTabNotifier();
	const opened = await openStore();
	const storage = opened.ok
		? { ...opened, value: { ...opened.value, store: withCrossTabNotices(opened.value.store, otherTabs) } }
		: opened;
	return { storage, otherTabs };
};
