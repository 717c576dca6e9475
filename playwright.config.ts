import { defineConfig, devices } from '@playwright/test';

// End-to-end tests in real Chromium (Debian's; Playwright cannot download browsers here) against
// the built app served by scripts/serve.js, exactly as `npm start` serves it.
const port = Number(process.env.PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// A folder of its own, so Playwright's clean-up at start leaves other results in test-results/ alone.
	outputDir: 'test-results/playwright',
	fullyParallel: false,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	forbidOnly: !!process.env.CI,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1366, height: 768 },
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		stdout: 'pipe',
		timeout: 30_000
	}
});
