/**
 * After Starlight has built the search index:
 * - Pagefind's search keeps the words the site's dialog cut a query into (config/search/query-words.ts
 *   says why);
 * - `search/warm-up.json` lists, for each language's index, the first word of each of its chunks:
 *   the search dialog preloads that "query" when a reader is about to search, which loads every
 *   chunk of the index before the first real query needs one (src/scripts/search/ui.ts).
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { keepQueryWords } from '../search/query-words.ts';
import { indexChunks, readPagefindFile } from '../search/pagefind-index.ts';

/** The files of Pagefind's bundle that run a search (on the main thread and in its worker). */
export const PAGEFIND_SEARCH_FILES = ['pagefind/pagefind.js', 'pagefind/pagefind-worker.js'];

/** The first word of each index chunk, by Pagefind language ("zh-cn", "en"), from its meta files. */
export function warmUpWords(pagefindDir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const file of readdirSync(pagefindDir)) {
		const language = /^pagefind\.(.+)_[0-9a-f]+\.pf_meta$/.exec(file)?.[1];
		if (!language) continue;
		const path = join(pagefindDir, file);
		const chunks = indexChunks(readPagefindFile(readFileSync(path), path), path);
		out[language] = chunks.map((c) => c.from).join(' ');
	}
	return out;
}

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
				const words = warmUpWords(join(out, 'pagefind'));
				mkdirSync(join(out, 'search'), { recursive: true });
				writeFileSync(join(out, 'search/warm-up.json'), JSON.stringify(words));
				logger.info(
					`Pagefind searches the words the dialog cuts a query into; warm-up words for ${Object.keys(words).join(', ')}`,
				);
			},
		},
	};
}
