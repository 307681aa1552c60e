/**
 * How the built search index cut the site's text, read from Pagefind's own files
 * (config/search/pagefind-index.ts): the site's search dialog cuts Chinese queries the same way
 * (src/lib/search/segment.ts), so if a new Pagefind cuts differently these fail first. Also: the
 * build told Pagefind's search to keep the dialog's words, and listed the warm-up words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmUpWords } from '../../config/integrations/pagefind-query-words.ts';
import { chunkWords, indexChunks, readPagefindFile } from '../../config/search/pagefind-index.ts';
import { KEEP_WORDS } from '../../config/search/query-words.ts';
import { indexPairs } from '../../src/lib/search/segment.ts';
import { ROOT } from '../support/fixture.ts';

const PAGEFIND = join(ROOT, 'dist/pagefind');

/** Every word of a language's index. */
function words(lang: string): Set<string> {
	const all = new Set<string>();
	for (const file of readdirSync(join(PAGEFIND, 'index')).filter((f) => f.startsWith(`${lang}_`))) {
		const path = join(PAGEFIND, 'index', file);
		for (const w of chunkWords(readPagefindFile(readFileSync(path), path), path)) all.add(w);
	}
	return all;
}

describe('the Chinese index holds each pair of neighbouring characters', () => {
	const zh = words('zh-cn');
	it.each(['网格化管理', '居站分设', '大社区制', '撤街强社', '基层渗透权力', '内卷化', '政社互动'])(
		'%s: every pair is a word of the index',
		(term) => {
			for (const pair of indexPairs(term)) expect(zh.has(pair), pair).toBe(true);
		},
	);
	it('and no word for a term of three or more characters as a whole', () => {
		// Otherwise a query cut into pairs would miss pages that only the whole word finds.
		for (const term of ['网格化管理', '居站分设', '大社区制'])
			expect(zh.has(term), term).toBe(false);
	});
});

describe('the English index holds a run of Chinese as one word', () => {
	const en = words('en');
	it.each(['内卷化', '网格化管理', '居站分设'])('%s', (term) => {
		expect(
			[...en].some((w) => w.startsWith(term)),
			term,
		).toBe(true);
	});
});

describe('the build', () => {
	it.each(['pagefind.js', 'pagefind-worker.js'])(
		'told %s to keep the words it is given',
		(file) => {
			expect(readFileSync(join(PAGEFIND, file), 'utf8')).toContain(KEEP_WORDS);
		},
	);
	it('listed the first word of every index chunk of each language in search/warm-up.json', () => {
		const served = JSON.parse(readFileSync(join(ROOT, 'dist/search/warm-up.json'), 'utf8'));
		expect(Object.keys(served).sort()).toEqual(['en', 'zh-cn']);
		expect(served).toEqual(warmUpWords(PAGEFIND));
		const meta = readdirSync(PAGEFIND).find((f) => /^pagefind\.zh-cn_.*\.pf_meta$/.test(f))!;
		const chunks = indexChunks(readPagefindFile(readFileSync(join(PAGEFIND, meta)), meta), meta);
		expect(served['zh-cn'].split(' ')).toHaveLength(chunks.length);
	});
});
