/**
 * After the build: each language's 404 page from `<lang>/404/index.html` to `<lang>/404.html`, the
 * name hosts look for (the nearest 404.html up the path) and that `npm start` serves for a missing
 * path of that language (src/lib/serving/host.ts). Astro gives the `.html` name to the root 404
 * route only; a page at `/en/404/` would be a URL of its own, which a not-found page is not.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Moves `<lang>/404/index.html` to `<lang>/404.html` in `dist` for each language; returns the moved paths. */
export function moveNotFoundPages(dist: string, locales: readonly string[]): string[] {
	const moved: string[] = [];
	for (const l of locales) {
		const folder = join(dist, l, '404');
		const from = join(folder, 'index.html');
		if (!existsSync(from))
			throw new Error(`not-found-pages: the build wrote no ${l}/404/index.html`);
		renameSync(from, join(dist, l, '404.html'));
		rmdirSync(folder);
		moved.push(`${l}/404.html`);
	}
	return moved;
}

export function notFoundPages(locales: readonly string[]): AstroIntegration {
	return {
		name: 'not-found-pages',
		hooks: {
			'astro:build:done': ({ dir }) => {
				moveNotFoundPages(fileURLToPath(dir), locales);
			},
		},
	};
}
