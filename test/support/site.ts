/** The routes the site promises in both languages (the foundation issue's list). */
export const LOCALES = ['zh', 'en'] as const;

export const PAGE_ROUTES = [
	'',
	'paper/',
	'paper/introduction/',
	'paper/involution/',
	'paper/reform-paths/',
	'paper/conclusions/',
	'cases/',
	'cases/tongling/',
	'cases/nanjing/',
	'cases/qingshan/',
	'cases/shanghai/',
	'cases/shenyang/',
	'cases/jianghan/',
	'compare/',
	'concepts/',
	'timeline/',
	'cite/',
	'about/',
] as const;

/** The site URL the default build uses (astro.config.mjs). */
export const DEFAULT_SITE = 'https://community-governance-reader.example';
