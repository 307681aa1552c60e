/**
 * A build without SITE_URL is a local preview (src/lib/site/url.ts): say so when the build starts
 * and again when it ends, where people look, and in the sitemap, the one file a crawler would read
 * that has no other place for a warning (its addresses use the placeholder origin).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACEHOLDER_WARNING } from '../../src/lib/site/url.ts';

/** The XML comment a preview's sitemap carries after its declaration. */
export const SITEMAP_WARNING = `<!-- WARNING: ${PLACEHOLDER_WARNING.replaceAll('--', '-')} -->`;

/** A sitemap's text with the warning after its XML declaration (or first, without one). */
export function warnInSitemap(xml: string): string {
	if (xml.includes(SITEMAP_WARNING)) return xml;
	const declaration = /^<\?xml[^>]*\?>/.exec(xml);
	if (!declaration) return `${SITEMAP_WARNING}\n${xml}`;
	return `${declaration[0]}\n${SITEMAP_WARNING}${xml.slice(declaration[0].length)}`;
}

/**
 * Marks a preview's sitemaps. Added at the end of the integrations by `siteUrlWarning`, so that it
 * runs after Starlight's sitemap integration (also added at the end, earlier) has written them.
 */
const sitemapWarning: AstroIntegration = {
	name: 'site-url-warning:sitemap',
	hooks: {
		'astro:build:done': ({ dir }) => {
			const root = fileURLToPath(dir);
			for (const name of readdirSync(root).filter((n) => /^sitemap.*\.xml$/.test(n))) {
				const file = join(root, name);
				writeFileSync(file, warnInSitemap(readFileSync(file, 'utf8')));
			}
		},
	},
};

/** The preview's warnings; list it after Starlight (see `sitemapWarning`). */
export function siteUrlWarning(placeholder: boolean): AstroIntegration {
	return {
		name: 'site-url-warning',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				if (placeholder) updateConfig({ integrations: [sitemapWarning] });
			},
			'astro:build:start': ({ logger }) => {
				if (placeholder) logger.warn(PLACEHOLDER_WARNING);
			},
			'astro:build:done': ({ logger }) => {
				if (placeholder) logger.warn(PLACEHOLDER_WARNING);
			},
		},
	};
}
