import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static, client-only app: 200.html is the SPA fallback for every route (not index.html).
		adapter: adapter({ fallback: '200.html' })
	}
};

export default config;
