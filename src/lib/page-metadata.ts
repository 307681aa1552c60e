/**
 * Metadata for reference managers and search engines. The page is described as a web page by its
 * editors (Dublin Core, JSON-LD WebPage) that is based on the paper (JSON-LD isBasedOn, COinS).
 * No `citation_*` tags: those would present this summary as the paper itself.
 */
import { EDITORS, SITE_NAME } from './citation-sources.ts';
import type { Locale } from './i18n.ts';
import type { PaperData } from './schema.ts';

export interface PageMeta {
	title: string;
	url: string;
	locale: Locale;
	modified: string;
	published: string;
	edition: string;
}

/** Dublin Core `<meta>` name/content pairs. */
export function dublinCore(page: PageMeta): [string, string][] {
	return [
		['DC.title', page.title],
		// A corporate creator; for a person this would be "family, given".
		['DC.creator', EDITORS[page.locale]],
		['DC.publisher', SITE_NAME[page.locale]],
		['DC.date', page.published],
		['DCTERMS.modified', page.modified],
		['DC.language', page.locale === 'zh' ? 'zh-CN' : 'en'],
		['DC.identifier', page.url],
		['DC.type', 'Text'],
		['DC.format', 'text/html'],
		[
			'DC.relation',
			page.locale === 'zh'
				? '胡晓燕, 曹海军. 社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角'
				: 'Hu Xiao-yan, Cao Hai-jun. Reflections on the Modernization of Community Governance System and Governance Capacity',
		],
	];
}

/** JSON-LD: a WebPage based on a ScholarlyArticle (the paper, with what the copy gives). */
export function jsonLd(page: PageMeta, paper: PaperData): object {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: page.title,
		url: page.url,
		inLanguage: page.locale === 'zh' ? 'zh-CN' : 'en',
		dateModified: page.modified,
		version: page.edition,
		author: { '@type': 'Organization', name: EDITORS[page.locale] },
		publisher: { '@type': 'Organization', name: SITE_NAME[page.locale] },
		license: 'https://creativecommons.org/licenses/by/4.0/',
		isBasedOn: {
			'@type': 'ScholarlyArticle',
			name: paper.title.zh,
			alternateName: paper.title.en,
			inLanguage: 'zh-CN',
			author: paper.authors.map((a) => ({
				'@type': 'Person',
				name: `${a.family.zh}${a.given.zh}`,
				alternateName: `${a.family.en} ${a.given.en}`,
			})),
			keywords: paper.keywords.map((k) => k.zh).join('; '),
		},
	};
}

/** JSON for a `<script type="application/ld+json">`, safe to inline (no `</script>`). */
export const inlineJson = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The OpenURL (Z39.88-2004) key/value string of a COinS span describing the paper. */
export function coins(paper: PaperData): string {
	const params: [string, string][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
		['rft.genre', 'article'],
		['rft.atitle', paper.title.zh],
		...paper.authors.flatMap((a): [string, string][] => [
			['rft.au', `${a.family.zh}${a.given.zh}`],
		]),
		['rft.language', 'chi'],
	];
	return params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}
