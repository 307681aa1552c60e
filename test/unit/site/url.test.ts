/**
 * SITE_URL and BASE_PATH: the address every citation carries. A path in SITE_URL is honoured as
 * the base path; anything unusable is refused with a message naming the variable and the value.
 */
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE, isPlaceholderSite, resolveSite } from '../../../src/lib/site/url.ts';

describe('resolveSite', () => {
	it.each([
		// Nothing set: the placeholder, flagged, at the root.
		[{}, { site: PLACEHOLDER_SITE, base: '/', placeholder: true }],
		// An empty value counts as unset (CI templates often leave it empty).
		[{ SITE_URL: ' ' }, { site: PLACEHOLDER_SITE, base: '/', placeholder: true }],
		// BASE_PATH alone, with or without its slashes.
		[{ BASE_PATH: 'guide' }, { site: PLACEHOLDER_SITE, base: '/guide/', placeholder: true }],
		// An origin, with or without a trailing slash.
		[
			{ SITE_URL: 'https://example.org' },
			{ site: 'https://example.org', base: '/', placeholder: false },
		],
		[
			{ SITE_URL: 'https://example.org/' },
			{ site: 'https://example.org', base: '/', placeholder: false },
		],
		// A path in SITE_URL is the base path.
		[
			{ SITE_URL: 'https://example.org/sub/' },
			{ site: 'https://example.org', base: '/sub/', placeholder: false },
		],
		[
			{ SITE_URL: 'https://example.org/a/b' },
			{ site: 'https://example.org', base: '/a/b/', placeholder: false },
		],
		// The same path in both is fine; BASE_PATH with a bare origin as before.
		[
			{ SITE_URL: 'https://example.org/sub', BASE_PATH: '/sub/' },
			{ site: 'https://example.org', base: '/sub/', placeholder: false },
		],
		[
			{ SITE_URL: 'http://example.github.io', BASE_PATH: '/guide/' },
			{ site: 'http://example.github.io', base: '/guide/', placeholder: false },
		],
	])('%j → %j', (env, expected) => {
		expect(resolveSite(env)).toEqual(expected);
	});

	it.each([
		['not a url', /SITE_URL is not a URL: "not a url"/],
		['example.org', /SITE_URL is not a URL: "example.org"/],
		['ftp://example.org', /SITE_URL must be a plain http\(s\) address .*"ftp:\/\/example.org"/],
		['https://example.org/?q=1', /SITE_URL must be .*"https:\/\/example.org\/\?q=1"/],
		['https://user:pw@example.org', /SITE_URL must be/],
	])('refuses SITE_URL=%s, naming the variable and the value', (value, message) => {
		expect(() => resolveSite({ SITE_URL: value })).toThrow(message);
	});

	it.each([
		'/a"b\'c<x>/',
		'/g${(globalThis.PWNED=1)}/',
		'/guide/\n',
		'/a b/',
		'/../',
		'/a//b/',
		'/guide?x=1/',
		'/中文/',
	])('refuses BASE_PATH=%j, naming the variable, the value and a fix', (value) => {
		expect(() => resolveSite({ BASE_PATH: value })).toThrow(
			`BASE_PATH must be a plain path of letters, digits, "-", "_", "." and "~" between slashes, but it is ${JSON.stringify(value)}. Set it to the sub-path the site is served under, e.g. BASE_PATH=/guide/`,
		);
	});

	it.each([
		['/guide/', '/guide/'],
		['docs/v1.2', '/docs/v1.2/'],
		['/~user/site_a-b/', '/~user/site_a-b/'],
		['/', '/'],
	])('accepts BASE_PATH=%s as %s', (value, base) => {
		expect(resolveSite({ BASE_PATH: value }).base).toBe(base);
	});

	it('refuses a path in SITE_URL that BASE_PATH contradicts', () => {
		expect(() =>
			resolveSite({ SITE_URL: 'https://example.org/sub/', BASE_PATH: '/other/' }),
		).toThrow(
			/SITE_URL "https:\/\/example.org\/sub\/" has the path \/sub\/ but BASE_PATH is "\/other\/"/,
		);
	});

	it('knows the placeholder when it sees it', () => {
		expect(isPlaceholderSite(new URL(`${PLACEHOLDER_SITE}/`))).toBe(true);
		expect(isPlaceholderSite('https://example.org')).toBe(false);
		expect(isPlaceholderSite(undefined)).toBe(false);
	});
});

describe('a deploy build without SITE_URL', () => {
	it.each([{ CI: 'true' }, { GITHUB_ACTIONS: 'true' }, { CI: '1', SITE_URL: ' ' }])(
		'is refused, naming SITE_URL (%o)',
		(env) => {
			expect(() => resolveSite(env)).toThrow(/^SITE_URL is not set.*deploy build/);
		},
	);
	it('is a preview when LOCAL_PREVIEW says so', () => {
		expect(resolveSite({ CI: 'true', LOCAL_PREVIEW: '1' }).placeholder).toBe(true);
	});
	it.each([{ CI: 'false' }, { CI: '0' }, { CI: '' }])('is not one when CI is off (%o)', (env) => {
		expect(resolveSite(env).placeholder).toBe(true);
	});
	it('is built with SITE_URL set', () => {
		expect(resolveSite({ CI: 'true', SITE_URL: 'https://example.org/' }).placeholder).toBe(false);
	});
});
