import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit(), svelteTesting()],
	server: { fs: { allow: ['models'] } },
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node'
	}
});
