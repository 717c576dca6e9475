import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static, client-only app: 200.html is the SPA fallback for every route (not index.html).
		adapter: adapter({ fallback: '200.html' }),
		// The app's own code is the only code that runs: no inline or remote scripts, no eval, and
		// no connection leaves this origin (models stay on the user's machine). Kit hashes its own
		// start-up script into the page's meta tag; Svelte sets inline styles, so those are allowed.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
