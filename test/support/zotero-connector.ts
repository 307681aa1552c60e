/**
 * What the Zotero Connector saves from a page of this site, and what Zotero then hands a CSL
 * style: an emulation of the translators that run on our head metadata, written from their
 * source (zotero/translators `Embedded Metadata.js` and `RDF.js`, zotero/utilities
 * `cleanAuthor` and `itemToCSLJSON`). Only the paths our pages reach are emulated; a page that
 * would take another one (a `citation_*` tag, COinS) fails `connectorItem` loudly instead of
 * being read wrongly.
 *
 * The path: Embedded Metadata turns each `<meta name|property>` whose prefix it knows (DC.,
 * DCTERMS., og:, article:, …) into an RDF statement about the page and runs the RDF import on
 * them. With no `citation_*` tag, the item type is the RDF import's, where the Embedded Metadata
 * default "webpage" comes before the guesses from `og:type=article` and `DC.type=Text`
 * (journalArticle). Then: title from DC.title (before og:title), authors from DC.creator each
 * through `cleanAuthor(name, 'author', name has a comma)`, date from DC.date, `websiteTitle`
 * from og:site_name, `websiteType` from any DC.type, language from DC.language, the URL from
 * og:url (DC.identifier sets only an ISBN, ISSN or DOI), else the canonical link, else the
 * address the page was loaded from; the access date is the time of saving. DCTERMS.modified
 * becomes `lastModified`, which a web page item does not have, so saving drops it.
 */
import { attr, select, selectAll, type Element, type Root } from './html.ts';
import type { CslItem } from './citeproc.ts';

/** The namespaces Embedded Metadata knows by prefix (its `_prefixes`), those our pages use. */
const PREFIXES = new Set(['dc', 'dcterms', 'og', 'article', 'prism', 'bibo', 'so', 'foaf']);

/** A Zotero creator as the translators make it. */
export interface ZoteroCreator {
	firstName?: string | undefined;
	lastName: string;
	creatorType: 'author';
	/** 1: one field (a group's name); otherwise last and first name. */
	fieldMode?: 1;
}

/** The fields of the Zotero item a web page becomes. */
export interface ZoteroItem {
	itemType: string;
	title?: string | undefined;
	creators: ZoteroCreator[];
	date?: string | undefined;
	url: string;
	websiteTitle?: string | undefined;
	websiteType?: string | undefined;
	language?: string | undefined;
	rights?: string | undefined;
	accessDate: string;
}

/** The RDF statements Embedded Metadata makes of the meta tags: property → values in order. */
function statements(head: Root | Element): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const meta of selectAll('meta', head)) {
		const tags = attr(meta, 'name') ?? attr(meta, 'property');
		const value = attr(meta, 'content');
		if (!tags || !value) continue;
		for (const tag of tags.split(/\s+/)) {
			const parts = tag.split(/[.:_]/);
			let prefix = parts.length > 2 ? parts[1]!.toLowerCase() : undefined;
			let length = prefix ? parts[0]!.length + parts[1]!.length + 1 : 0;
			if (!prefix || !PREFIXES.has(prefix)) {
				prefix = parts[0]!.toLowerCase();
				length = parts[0]!.length;
			}
			if (!PREFIXES.has(prefix)) continue;
			const rest = tag.slice(length + 1);
			const key = `${prefix}:${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
			out.set(key, [...(out.get(key) ?? []), value]);
		}
	}
	return out;
}

/** zotero/utilities `cleanAuthor`, for the names our pages give (no initials to expand). */
export function cleanAuthor(author: string, useComma: boolean): ZoteroCreator {
	const name = author
		.replace(/^[\s\u00A0.,/[\]:]+/, '')
		.replace(/[\s\u00A0.,/[\]:]+$/, '')
		.replace(/[\s\u00A0]+/, ' ');
	if (useComma) {
		const [lastName, firstName] = name.split(/[,،] ?/);
		return { lastName: lastName!, firstName, creatorType: 'author' };
	}
	let space = name.length;
	let lastName: string;
	let firstName: string;
	do {
		space = name.lastIndexOf(' ', space - 1);
		lastName = name.slice(space + 1);
		firstName = space < 0 ? '' : name.slice(0, space);
	} while (!/\p{L}/u.test(lastName[0] ?? '') && space > 0);
	return { lastName, firstName, creatorType: 'author' };
}

/**
 * The item the Connector saves from a page loaded from `location` at the time `accessDate`
 * (ISO date). Throws if the page has metadata that sends Zotero down another path.
 */
export function connectorItem(
	head: Root | Element,
	location: string,
	accessDate: string,
): ZoteroItem {
	if (selectAll('meta[name^="citation_"], .Z3988, link[rel="unapi-server"]', head).length)
		throw new Error('citation_* tags, COinS or unAPI: another translator would run');
	const rdf = statements(head);
	const first = (...keys: string[]) => keys.map((k) => rdf.get(k)?.[0]).find(Boolean);
	const ogType = first('og:type');
	const itemType =
		ogType === 'website'
			? 'webpage'
			: ogType === 'book'
				? 'book'
				: ogType?.startsWith('video.')
					? 'videoRecording'
					: 'webpage';
	const creators = (rdf.get('dc:creator') ?? rdf.get('dcterms:creator') ?? []).map((name) =>
		cleanAuthor(name, name.includes(',')),
	);
	const canonical = select('link[rel="canonical"]', head);
	return {
		itemType,
		title: first('dc:title', 'dcterms:title', 'og:title'),
		creators,
		date: first(
			'og:published_time',
			'article:published_time',
			'dc:date.issued',
			'dcterms:issued',
			'dc:date',
			'dcterms:date',
		),
		url: first('og:url') ?? (canonical && attr(canonical, 'href')) ?? location,
		websiteTitle: first('og:site_name'),
		websiteType: first('dc:type', 'dcterms:type'),
		language: first('dc:language', 'dcterms:language'),
		rights: first('dc:rights', 'dcterms:rights'),
		accessDate,
	};
}

/** "2026-11-27" (or "2026-11-27T…") as CSL date parts. */
function dateParts(iso: string | undefined) {
	const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
	return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
}

/**
 * zotero/utilities `itemToCSLJSON` for a web page: title, websiteTitle → container-title,
 * websiteType → genre, url → URL, language, date → issued, accessDate → accessed; a creator in
 * one field → `literal`, otherwise `family` and `given` (an empty given name stays "").
 */
export function zoteroToCsl(item: ZoteroItem): CslItem {
	const csl: CslItem = {
		type: item.itemType === 'webpage' ? 'webpage' : item.itemType,
		title: item.title,
		'container-title': item.websiteTitle,
		genre: item.websiteType,
		URL: item.url,
		language: item.language,
		issued: dateParts(item.date),
		accessed: dateParts(item.accessDate),
		author: item.creators.map((c) =>
			c.fieldMode === 1 && !c.firstName
				? { literal: c.lastName }
				: { family: c.lastName, given: c.firstName ?? '' },
		),
	};
	return Object.fromEntries(Object.entries(csl).filter(([, v]) => v !== undefined));
}
