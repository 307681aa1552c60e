/**
 * Where the site is deployed (src/lib/site-env.ts): SITE_URL and BASE_PATH are checked, and a
 * wrong one names the variable (reliability review, rows 37 and 38).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, baseFromEnv, siteFromEnv } from '../../src/lib/site-env.ts';

describe('siteFromEnv', () => {
	it.each([
		[undefined, DEFAULT_SITE],
		['', DEFAULT_SITE],
		['https://example.org', 'https://example.org'],
		['https://example.org/', 'https://example.org'],
		['http://127.0.0.1:4321', 'http://127.0.0.1:4321'],
	])('%s → %s', (value, expected) => {
		expect(siteFromEnv(value)).toBe(expected);
	});
	it.each([
		['example.org', /SITE_URL="example\.org" is not a URL/],
		['ftp://example.org', /SITE_URL="ftp:\/\/example\.org" must start with https:\/\//],
		// Row 38: a path in SITE_URL was silently dropped.
		['https://example.github.io/guide', /SITE_URL=.* has a path.*BASE_PATH=\/guide\//],
	])('refuses %s, naming SITE_URL', (value, message) => {
		expect(() => siteFromEnv(value)).toThrow(message);
	});
});

describe('baseFromEnv', () => {
	it.each([
		[undefined, '/'],
		['/', '/'],
		// Row 37: a base path without its trailing slash is fine.
		['/guide', '/guide/'],
		['/guide/', '/guide/'],
		['/a/b/', '/a/b/'],
	])('%s → %s', (value, expected) => {
		expect(baseFromEnv(value)).toBe(expected);
	});
	it.each(['guide/', '//evil.example/', '/a b/', 'https://x/'])(
		'refuses %s, naming BASE_PATH',
		(value) => {
			expect(() => baseFromEnv(value)).toThrow(/BASE_PATH=/);
		},
	);
});
