/**
 * Where the site is deployed, from the environment: SITE_URL (the origin) and BASE_PATH (a
 * sub-path such as /guide/). Read once by astro.config.mjs; a wrong value stops the build with a
 * message that names the variable, instead of a bare "Invalid URL" or a silently dropped path.
 */

/** The origin the default build uses. */
export const DEFAULT_SITE = 'https://community-governance-reader.example';

/**
 * SITE_URL as Astro's `site`: an http(s) origin with nothing after it.
 * @example siteFromEnv('https://example.org') // 'https://example.org'
 */
export function siteFromEnv(value: string | undefined): string {
	if (value === undefined || value === '') return DEFAULT_SITE;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new Error(
			`SITE_URL="${value}" is not a URL: write the site's origin, e.g. https://example.org`,
		);
	}
	if (!/^https?:$/.test(url.protocol))
		throw new Error(`SITE_URL="${value}" must start with https:// (or http://)`);
	if (url.pathname !== '/' || url.search || url.hash)
		throw new Error(
			`SITE_URL="${value}" has a path; SITE_URL is only the origin (https://${url.host}) and the path goes in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/?$/, '/')})`,
		);
	return url.origin;
}

/**
 * BASE_PATH as Astro's `base`: a path of plain segments; the trailing slash is optional.
 * @example baseFromEnv('/guide') // '/guide/'
 */
export function baseFromEnv(value: string | undefined): string {
	if (value === undefined || value === '' || value === '/') return '/';
	if (!/^\/(?:[A-Za-z0-9._~-]+\/?)+$/.test(value) || value.includes('//'))
		throw new Error(
			`BASE_PATH="${value}" is not a path: write the sub-path the site is served under, e.g. /guide/`,
		);
	return value.endsWith('/') ? value : `${value}/`;
}
