// Static, client-only: the user's models never leave the browser, so nothing renders on a server.
// The model store is opened once here, for every page: IndexedDB, or memory with the reason why.
import { openStore } from '$lib/storage/open-store';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async () => ({ storage: await openStore() });
