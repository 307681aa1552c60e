/**
 * The kind of a page, from its route: shown in search results and used as a search filter.
 */
export type PageType = 'paper' | 'case' | 'concept' | 'tool' | 'about' | 'home';

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
