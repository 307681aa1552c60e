import { defineConfig } from 'vitest/config';

/**
 * Four tiers, run separately: `unit` (pure functions and the checker on fixtures), `dist` (the
 * built site in dist/, after `npm run build`), `build` (tests that make builds of their own:
 * hostile content, signals during a build, a sub-path; minutes, so not part of `npm test`; CI runs
 * them) and `browser` (Chromium).
 */
export default defineConfig({
	resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
	test: {
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/checker/**/*.test.ts'] },
			},
			{ extends: true, test: { name: 'dist', include: ['test/dist/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					testTimeout: 300_000,
					hookTimeout: 300_000,
				},
			},
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
