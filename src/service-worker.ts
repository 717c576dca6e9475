/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline after one visit: the whole app (scripts, styles, static files and the page every address
// is served by) is cached when this worker installs, and served from the cache from then on, so
// the app opens and works with no network. Models live in IndexedDB, not here.
//
// A new version installs beside the old one and waits: the page offers it (UpdateOffer.svelte) and
// only the user's click swaps it in, so an update never lands in the middle of an edit.
import { build, files, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `bridgebook-${version}`;
/** adapter-static's SPA fallback: every address of the app is this page. */
const SHELL = '/200.html';
const ASSETS = [...build, ...files, SHELL];

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
			.then(() => worker.clients.claim())
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'take-over') void worker.skipWaiting();
});

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const url = new URL(request.url);
	const cached = request.mode === 'navigate' ? await cache.match(SHELL) : await cache.match(url.pathname);
	if (cached) return cached;
	return fetch(request);
}

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET' || new URL(request.url).origin !== worker.location.origin) return;
	event.respondWith(respond(request));
});
