/**
 * The kind of a page, from its route: shown in search results and used as a search filter.
 */
import type { Locale } from '../i18n/locales.ts';

/** Every kind of page, in the order the search filters list them. */
export const PAGE_TYPES = ['paper', 'case', 'concept', 'tool', 'about', 'home'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/**
 * @example pageType('cases/nanjing') // 'case'
 */
export function pageType(route: string): PageType {
	const first = route.replace(/^\/+/, '').split('/')[0] ?? '';
	if (first === '') return 'home';
	if (first === 'paper') return 'paper';
	if (first === 'cases') return 'case';
	if (first === 'concepts') return route.replace(/\/+$/, '') === 'concepts' ? 'tool' : 'concept';
	if (first === 'compare' || first === 'timeline') return 'tool';
	return 'about';
}

/**
 * A page's title as search results show it: the page type before the title where the title
 * alone does not say what the page is (a paper section, a case, a concept), not on index pages
 * and tools ("Cases", "How to cite").
 * @example resultTitle('concepts/involution', '内卷化', '概念', 'zh') // '概念｜内卷化'
 * @example resultTitle('cases', 'Cases', 'Case', 'en') // 'Cases'
 */
export function resultTitle(route: string, title: string, type: string, locale: Locale): string {
	const kind = pageType(route);
	const entryPage = route.split('/').filter(Boolean).length > 1;
	const prefixed = entryPage && (kind === 'paper' || kind === 'case' || kind === 'concept');
	return prefixed ? `${type}${locale === 'zh' ? '｜' : ' | '}${title}` : title;
}
