/**
 * A query cut into the words Pagefind's index holds, so that the words searched are words the
 * index has. Pagefind 1.6 (its extended indexer, which the npm package runs) indexes a run of
 * Chinese characters on a Chinese page as every pair of neighbouring characters (网格化管理 →
 * 网格 格化 化管 管理), a lone character as itself; on an English page a run of Chinese is one word.
 * Its search side cuts a Chinese query with the browser's Intl.Segmenter instead (网格化管理 →
 * 网 格 化 管理), and a lone 网 then matches every word that starts with it, so pages that merely
 * repeat 网络 or 网站 rank with the page about the term (Pagefind/pagefind#1237 describes the same
 * mismatch for Japanese). The site therefore cuts Chinese queries itself, here, and the build
 * tells Pagefind's search to keep the words it is given (config/search/query-words.ts).
 * test/dist/search-index.test.ts reads the built index and checks that it still holds pairs.
 */
import type { Locale } from '../i18n/locales.ts';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A run of Chinese characters as the Chinese index holds it: each pair of neighbouring
 * characters, or the character itself when it stands alone.
 * @example indexPairs('大社区') // ['大社', '社区']
 */
export function indexPairs(run: string): string[] {
	const chars = [...run];
	if (chars.length < 2) return chars;
	return chars.slice(1).map((c, i) => chars[i]! + c);
}

/**
 * The query Pagefind is given for `query` on the index of `locale`: on the Chinese index every
 * Chinese run becomes its character pairs, separated by spaces; other text (Latin words, digits)
 * and every query on the English index stay as typed.
 * @example indexQuery('居站分设', 'zh') // '居站 站分 分设'
 * @example indexQuery('grid 网格化', 'zh') // 'grid 网格 格化'
 * @example indexQuery('网格化', 'en') // '网格化'
 */
export function indexQuery(query: string, locale: Locale): string {
	if (locale !== 'zh') return query;
	return query
		.replace(HAN_RUN, (run) => ` ${indexPairs(run).join(' ')} `)
		.replace(/\s+/g, ' ')
		.trim();
}
