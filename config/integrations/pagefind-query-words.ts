/**
 * After Starlight has built the search index: Pagefind's search keeps the words the site's
 * dialog cut a query into (config/search/query-words.ts says why).
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepQueryWords } from '../search/query-words.ts';

/** The files of Pagefind's bundle that run a search (on the main thread and in its worker). */
export const PAGEFIND_SEARCH_FILES = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'];

export function pagefindQueryWords(): AstroIntegration {
	return {
		name: 'pagefind-query-words',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				for (const file of PAGEFIND_SEARCH_FILES) {
					const path = join(out, file);
					writeFileSync(path, keepQueryWords(readFileSync(path, 'utf8'), path));
				}
				logger.info('Pagefind searches the words the search dialog cuts a query into');
			},
		},
	};
}
