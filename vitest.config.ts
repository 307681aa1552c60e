import { defineConfig } from 'vitest/config';

/**
 * Three tiers, run separately: `unit` (pure functions and the checker on fixtures),
 * `dist` (the built site in dist/, after `npm run build`) and `browser` (Chromium).
 */
export default defineConfig({
	resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
	test: {
		projects: [
			{ extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			{ extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
					fileParallelism: false,
				},
			},
		],
	},
});
