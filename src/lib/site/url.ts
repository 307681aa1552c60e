/**
 * Where the site is deployed, from SITE_URL and BASE_PATH. Every citation, canonical link and
 * data file carries this address, so a wrong one is refused with a message naming the variable.
 * Without one the build is a local preview: it cites the address it is served from, says so in
 * every cite panel, export and data file, and a deploy build (CI or GITHUB_ACTIONS set) refuses
 * to be one unless LOCAL_PREVIEW=1 says that a preview is what is wanted (the tests' builds).
 */

/** The address a build without SITE_URL uses: a reserved name that never resolves (RFC 2606). */
export const PLACEHOLDER_SITE = 'https://community-governance-reader.example';

export interface SiteAddress {
	/** The origin, e.g. https://example.org (Astro's `site`). */
	site: string;
	/** The sub-path with slashes at both ends, e.g. /guide/ (Astro's `base`). */
	base: string;
	/** True when SITE_URL was not set and the placeholder stands in. */
	placeholder: boolean;
}

const EXAMPLE = 'e.g. SITE_URL=https://example.org or SITE_URL=https://example.org/guide/';

/** `/guide` or `guide/` → `/guide/`; empty or `/` → `/`. */
const slashed = (path: string) => `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** One segment of a base path: URL-safe characters that need no escaping anywhere (HTML, JS, URLs). */
const SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * BASE_PATH as a base path (`guide` → `/guide/`), or an error naming the variable: the base is
 * written into every link, script and sitemap entry, so it may hold only plain path segments
 * (letters, digits, `-`, `_`, `.`, `~`; no `..`, space, quote, `<`, `$` or control character).
 * @example checkedBasePath('/guide') // '/guide/'
 */
export function checkedBasePath(value: string): string {
	const base = slashed(value);
	if (
		base === '/' ||
		base
			.slice(1, -1)
			.split('/')
			.every((s) => SEGMENT.test(s))
	)
		return base;
	throw new Error(
		`BASE_PATH must be a plain path of letters, digits, "-", "_", "." and "~" between slashes, but it is ${JSON.stringify(value)}. Set it to the sub-path the site is served under, e.g. BASE_PATH=/guide/, or leave it unset to serve from the root.`,
	);
}

function parseSiteUrl(value: string): URL {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(`SITE_URL is not a URL: "${value}". Set it to the site's address, ${EXAMPLE}.`);
	}
	if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
		throw new Error(
			`SITE_URL must be a plain http(s) address without user, query or fragment: "${value}". ${EXAMPLE}.`,
		);
	}
	return url;
}

/** The variables the site's address is read from. */
export interface SiteEnv {
	SITE_URL?: string | undefined;
	BASE_PATH?: string | undefined;
	/** Set by CI services (`CI=true`, GitHub Actions' `GITHUB_ACTIONS=true`). */
	CI?: string | undefined;
	GITHUB_ACTIONS?: string | undefined;
	/** `1`: a build for a local preview or the tests, never published. */
	LOCAL_PREVIEW?: string | undefined;
}

/** A variable that is set to something other than an empty, `0` or `false` value. */
const isSet = (value: string | undefined) =>
	value !== undefined && !/^(|0|false|no)$/i.test(value.trim());

/** A build on a CI service, which is where deploys are built. */
export const isDeployBuild = (env: SiteEnv) => isSet(env.CI) || isSet(env.GITHUB_ACTIONS);

/** Why a deploy build without SITE_URL stops. */
export const DEPLOY_WITHOUT_SITE_URL = `SITE_URL is not set, and this looks like a deploy build (CI or GITHUB_ACTIONS is set): a deploy must carry the site's real address in every citation, canonical link and data file. Set SITE_URL to the address the site is served from, ${EXAMPLE}. For a preview or test build on a CI service, set LOCAL_PREVIEW=1 instead.`;

/**
 * The site's origin and base path. A path in SITE_URL is the base path (https://example.org/sub/
 * serves the site under /sub/); BASE_PATH may say the same, not something else.
 * @throws Error naming SITE_URL (or BASE_PATH) and the value when the address is unusable.
 * @example resolveSite({ SITE_URL: 'https://example.org/sub' }) // { site: 'https://example.org', base: '/sub/', placeholder: false }
 */
export function resolveSite(env: SiteEnv): SiteAddress {
	const basePath = env.BASE_PATH ? checkedBasePath(env.BASE_PATH) : undefined;
	if (!env.SITE_URL?.trim()) {
		if (isDeployBuild(env) && !isSet(env.LOCAL_PREVIEW)) throw new Error(DEPLOY_WITHOUT_SITE_URL);
		return { site: PLACEHOLDER_SITE, base: basePath ?? '/', placeholder: true };
	}
	const url = parseSiteUrl(env.SITE_URL.trim());
	const sitePath = slashed(url.pathname);
	if (basePath && sitePath !== '/' && basePath !== sitePath) {
		throw new Error(
			`SITE_URL "${env.SITE_URL}" has the path ${sitePath} but BASE_PATH is "${env.BASE_PATH}": give the path in one of them, or the same path in both.`,
		);
	}
	return {
		site: url.origin,
		base: sitePath === '/' ? (basePath ?? '/') : sitePath,
		placeholder: false,
	};
}

/** Is this the placeholder address (a build without SITE_URL)? */
export const isPlaceholderSite = (site: URL | string | undefined) =>
	site !== undefined && new URL(site).origin === PLACEHOLDER_SITE;

/** What a build without SITE_URL prints. */
export const PLACEHOLDER_WARNING = `SITE_URL is not set: this build is a local preview, not for publishing. Its citations name the address it is served from, its cite panels, exports, head metadata, data files and sitemap say it is a preview, and it has no canonical links. To publish, set SITE_URL to the address the site is served from, ${EXAMPLE}.`;
