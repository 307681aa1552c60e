/**
 * Head metadata for reference managers and search engines. A page is described as a web page by
 * the site's editors (Dublin Core, JSON-LD WebPage) that is based on the paper (JSON-LD
 * isBasedOn). No `citation_*` tags and no COinS: Zotero's COinS translator outranks its Embedded
 * Metadata one, so either would make one click save the paper's record from a page that is only
 * a summary of it. With Dublin Core alone, Zotero's Embedded Metadata translator saves a Web Page
 * item: title (DC.title), author (DC.creator), date (DC.date), URL, website title
 * (og:site_name), language (DC.language) and rights (DC.rights). No DC.publisher (Zotero would
 * print the site's name twice) and no DC.type: Zotero's RDF import copies any `dc:type` into the
 * item's website type, which APA prints as "[Text]"; the item is a web page without it.
 * A local preview (no SITE_URL) has no permanent address: it gives none (so Zotero saves the
 * address the page was served from) and says in DC.description that it is a preview.
 */
import { EDITORS, PREVIEW_WARNING, SITE_NAME } from './sources.ts';
import { EDITION } from '../content/edition.ts';
import { LANG_TAGS } from '../i18n/locales.ts';
import type { PageMeta } from './page-meta.ts';
import type { PaperData } from '../content/schema.ts';

/** The licence of the site's own text and data. */
export const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

/** The namespaces of the DC.* and DCTERMS.* names, declared as Dublin Core asks. */
export const DC_SCHEMAS = {
	DC: 'http://purl.org/dc/elements/1.1/',
	DCTERMS: 'http://purl.org/dc/terms/',
} as const;

/**
 * A corporate author for DC.creator, written as an inverted name with no given part ("Name,").
 * Dublin Core readers take a value with a comma as "family, given"; without one, Zotero splits a
 * name at its last space (zotero/utilities `cleanAuthor`), which turns "… Guide contributors"
 * into the person "contributors, … Guide". With the comma it keeps the whole name as one.
 */
export const corporateCreator = (name: string) => `${name},`;

/** The paper, as DC.relation names it. */
function paperRelation(paper: PaperData, locale: PageMeta['locale']): string {
	const names = paper.authors.map((a) =>
		locale === 'zh' ? `${a.family.zh}${a.given.zh}` : `${a.family.en} ${a.given.en}`,
	);
	return `${names.join(locale === 'zh' ? '，' : ', ')}. ${paper.title[locale]}`;
}

/** Dublin Core `<meta>` name/content pairs. */
export function dublinCore(page: PageMeta, paper: PaperData): [string, string][] {
	return [
		['DC.title', page.title],
		['DC.creator', corporateCreator(EDITORS[page.locale])],
		// The date a citation gives for the page: when it last changed.
		['DC.date', page.modified],
		['DCTERMS.modified', page.modified],
		['DC.language', LANG_TAGS[page.locale]],
		...(page.preview
			? ([['DC.description', PREVIEW_WARNING[page.locale]]] as [string, string][])
			: ([['DC.identifier', page.url]] as [string, string][])),
		['DC.format', 'text/html'],
		['DC.rights', LICENSE],
		['DC.relation', paperRelation(paper, page.locale)],
	];
}

/** JSON-LD: a WebPage based on a ScholarlyArticle (the paper, with what the copy gives). */
export function jsonLd(page: PageMeta, paper: PaperData): object {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebPage',
		name: page.title,
		...(page.preview ? { description: PREVIEW_WARNING[page.locale] } : { url: page.url }),
		inLanguage: LANG_TAGS[page.locale],
		dateModified: page.modified,
		version: EDITION.version,
		author: { '@type': 'Organization', name: EDITORS[page.locale] },
		publisher: { '@type': 'Organization', name: SITE_NAME[page.locale] },
		license: LICENSE,
		isBasedOn: {
			'@type': 'ScholarlyArticle',
			name: paper.title.zh,
			alternateName: paper.title.en,
			inLanguage: LANG_TAGS.zh,
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

/** A `<head>` entry in Starlight's form. */
export interface HeadEntry {
	tag: 'meta' | 'link' | 'script';
	attrs: Record<string, string>;
	content?: string;
}

/** Everything this page adds to Starlight's `<head>`. */
export function headEntries(page: PageMeta, paper: PaperData): HeadEntry[] {
	return [
		...Object.entries(DC_SCHEMAS).map(([prefix, href]): HeadEntry => ({
			tag: 'link',
			attrs: { rel: `schema.${prefix}`, href },
		})),
		...dublinCore(page, paper).map(([name, content]): HeadEntry => ({
			tag: 'meta',
			attrs: { name, content },
		})),
		{
			tag: 'script',
			attrs: { type: 'application/ld+json' },
			content: inlineJson(jsonLd(page, paper)),
		},
	];
}
