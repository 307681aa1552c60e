/**
 * After the build: a `_redirects` file for hosts that read it (Netlify, Cloudflare Pages), from the
 * same list that feeds Astro's own redirect pages (`content/redirects.json`).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { redirectsFile } from '../../src/lib/urls/url-promise.ts';

export function hostRedirects(
	list: { redirects: Record<string, string> },
	base: string,
): AstroIntegration {
	return {
		name: 'host-redirects',
		hooks: {
			'astro:build:done': ({ dir }) => {
				writeFileSync(new URL('_redirects', dir), redirectsFile(list, base));
			},
		},
	};
}
