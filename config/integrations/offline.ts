/**
 * Offline reading: after the build, Workbox's generateSW writes `sw.js`, a service worker that
 * precaches the site (src/lib/offline/precache.ts says what) with a revision per file, so that a
 * new build fetches only what changed, and deletes the entries of the previous build once it
 * takes over. It takes over only when no tab of the old one is open (no skipWaiting): a page
 * never loads a script or a page of another build than its own. The Workbox runtime is inlined
 * into the one file, which the site serves itself: no request to another site.
 *
 * Why Workbox and not a hand-written worker: its precache handles revisions, directory URLs
 * (`/en/cases/` → `en/cases/index.html`), partial updates and cleanup, which a home-made one
 * would have to get right again. Why not @vite-pwa/astro: the worker has to see the pages after
 * the CSP and script-facade steps rewrite them (their revisions are of the bytes served), and
 * those run in `astro:build:done`, after the Vite build that plugin hooks into.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import {
	CACHE_ID,
	HASHED_FILES,
	IGNORED_PARAMETERS,
	MAX_PRECACHED_FILE,
	PRECACHE_GLOBS,
	PRECACHE_IGNORES,
} from '../../src/lib/offline/precache.ts';

/**
 * Writes `sw.js` into a built site's folder, precaching its files; throws when a file would be
 * left out (too large), since it would then be missing offline without a word.
 */
export async function writeServiceWorker(out: string): Promise<{ count: number; size: number }> {
	const { count, size, warnings } = await generateSW({
		globDirectory: out,
		globPatterns: [...PRECACHE_GLOBS],
		globIgnores: [...PRECACHE_IGNORES],
		swDest: join(out, 'sw.js'),
		cacheId: CACHE_ID,
		cleanupOutdatedCaches: true,
		dontCacheBustURLsMatching: HASHED_FILES,
		maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
		ignoreURLParametersMatching: [...IGNORED_PARAMETERS],
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
	});
	if (warnings.length > 0) throw new Error(`offline-reading: ${warnings.join('; ')}`);
	return { count, size };
}

export function offlineReading(): AstroIntegration {
	return {
		name: 'offline-reading',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size } = await writeServiceWorker(fileURLToPath(dir));
				logger.info(`sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
			},
		},
	};
}
