/**
 * A build without SITE_URL works (for previews and tests) but publishes a placeholder address in
 * every citation: say so when the build starts and again when it ends, where people look.
 */
import type { AstroIntegration } from 'astro';
import { PLACEHOLDER_WARNING } from '../../src/lib/site/url.ts';

export function siteUrlWarning(placeholder: boolean): AstroIntegration {
	return {
		name: 'site-url-warning',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (placeholder) logger.warn(PLACEHOLDER_WARNING);
			},
			'astro:build:done': ({ logger }) => {
				if (placeholder) logger.warn(PLACEHOLDER_WARNING);
			},
		},
	};
}
