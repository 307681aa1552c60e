/**
 * What the service worker keeps for reading offline (config/integrations/offline.ts builds it with
 * Workbox): every page of both languages (diagrams are inline SVG, so they come with their page),
 * the scripts and styles, the link previews' data and Pagefind's index of both languages. Not
 * the precompressed copies (the browser gets a compressed answer anyway), nor files that only a
 * host or a crawler reads.
 */

/** Files of dist/ to precache (Workbox glob patterns, relative to the output folder). */
export const PRECACHE_GLOBS = ['**/*'] as const;

/** What is never precached. */
export const PRECACHE_IGNORES = [
	'**/*.gz',
	'**/*.br',
	'_headers',
	'_redirects',
	'sitemap-*.xml',
	// The worker itself: the browser checks it for a new version on each visit.
	'sw.js',
] as const;

/**
 * Files whose names carry a hash of their content: Workbox fetches them as they are, without a
 * revision parameter, and never again under that name.
 */
export const HASHED_FILES = /(?:^|\/)(?:_astro\/|pagefind\/(?:index|fragment|filter)\/)/;

/**
 * Query parameters a precached file answers whatever their value: Pagefind asks for its entry
 * file as `pagefind-entry.json?ts=…` to get past HTTP caches; Workbox's own defaults (`utm_…`,
 * `fbclid`) stay.
 */
export const IGNORED_PARAMETERS = [/^ts$/, /^utm_/, /^fbclid$/] as const;

/** The largest file the worker keeps: Pagefind's WebAssembly and the biggest pages fit. */
export const MAX_PRECACHED_FILE = 4 * 1024 * 1024;

/** The name Workbox's caches start with, so that the site's caches can be told apart. */
export const CACHE_ID = 'community-governance-reader';
