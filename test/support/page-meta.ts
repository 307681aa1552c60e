/**
 * The page the citation tests cite: Nanjing's case page at example.org, last updated on the
 * edition's date, in either language.
 */
import type { PageMeta } from '../../src/lib/citation/page-meta.ts';

export const nanjingMeta = (title: string, locale: 'zh' | 'en' = 'en'): PageMeta => ({
	title,
	url: `https://example.org/${locale}/cases/nanjing/`,
	modified: '2026-11-26',
	locale,
	preview: false,
	section: false,
});
