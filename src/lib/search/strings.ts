/**
 * The search dialog's line above the results (src/scripts/search/ui.ts), in both languages: here, in
 * the search UI's own module, which loads when a reader is about to search. In src/content/i18n/
 * as `pagefind.*` strings, Starlight wrote them into a data attribute of the search button on every
 * page (0.3 KB gzip an English page, 0.5 KB a Chinese one) for a line only the open dialog shows.
 * [SEARCH_TERM] is the query as typed or searched, [DIFFERENT_TERM] the query searched instead or
 * as well; `site_list_separator` goes between two queries in "also searched for".
 */
import type { Locale } from '../i18n/locales.ts';

export type SearchStringKey =
	| 'site_searched_for'
	| 'site_fewer_words'
	| 'site_broader'
	| 'site_also_searched'
	| 'site_other_language'
	| 'site_absent_words'
	| 'site_named'
	| 'site_list_separator';

/** Each string of the line, by language. */
export const SEARCH_STRINGS: Record<Locale, Record<SearchStringKey, string>> = {
	zh: {
		site_searched_for: '已略去疑问词和虚词，搜索的是“[SEARCH_TERM]”',
		site_fewer_words: '没有页面同时含有“[SEARCH_TERM]”里的每个词，改为显示“[DIFFERENT_TERM]”的结果',
		site_broader: '同时含有“[SEARCH_TERM]”里每个词的页面很少，后面接着显示“[DIFFERENT_TERM]”的结果',
		site_also_searched: '也搜索了“[DIFFERENT_TERM]”',
		site_other_language: '结果包括英文版含有“[SEARCH_TERM]”的页面（链接指向中文页面）',
		site_absent_words: '没有页面含有“[SEARCH_TERM]”，结果按其余的词显示',
		site_named: '“[SEARCH_TERM]”指的是“[DIFFERENT_TERM]”，这一页排在最前',
		site_list_separator: '”、“',
	},
	en: {
		site_searched_for: 'Searched for “[SEARCH_TERM]” (question words left out)',
		site_fewer_words:
			'No page has every word of “[SEARCH_TERM]”; showing results for “[DIFFERENT_TERM]”',
		site_broader:
			'Few pages have every word of “[SEARCH_TERM]”; results for “[DIFFERENT_TERM]” follow',
		site_also_searched: 'Also searched for “[DIFFERENT_TERM]”',
		site_other_language:
			'Results include pages whose Chinese version has “[SEARCH_TERM]” (the links go to the English pages)',
		site_absent_words: 'No page has “[SEARCH_TERM]”; the results are for the other words',
		site_named: '“[SEARCH_TERM]” means “[DIFFERENT_TERM]”; that page comes first',
		site_list_separator: '”, “',
	},
};
