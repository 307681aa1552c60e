/**
 * Round trip: every record the site offers, taken through independent readers and printed by
 * citeproc-js with the published CSL styles, gives back the cite panel's own text. For each page
 * (its page citation, its paragraph citation where paragraphs have ids, and the paper's): the
 * CSL-JSON as citeproc-js reads it, and the BibTeX and RIS as citation-js reads them (its
 * reading of CSL-JSON is checked field by field in citation.test.ts); for the page,
 * also the item the Zotero Connector saves from the page's head (test/support/zotero-connector.ts).
 * Every record, in both languages, keeps its language, type, one author name and the panel's
 * URL; an English record is printed in APA 7 and compared with the panel's APA string, with the
 * reader's access date and (in a local preview) the served address filled in as the panel's
 * script fills them. The GB/T 7714 styles are not printed here: no published copy of the styles
 * a Chinese student's Zotero uses can be installed (see test/support/citeproc.ts); the panel's
 * GB/T strings are checked against the standards' examples in test/unit/citation/.
 *
 * Where a reader or a style cannot give the panel's text, the comparison names the one
 * difference, and the cite page's help (#reference-managers) tells students about it:
 * - quotation glyphs: citeproc-js curls `'` and `"` (no rule either way; glyph left out);
 * - GB/T title punctuation: the site writes a title's commas, colons and brackets in the
 *   edition's form, as the standards' examples do; a CSL style prints the title as recorded;
 * - APA retrieval date: the current page changes, so the panel gives "Retrieved …, from" (APA 7,
 *   9.16); apa.csl leaves it out whenever a page has a date;
 * - citation-js reads RIS's access date from VL (the RIS specification's field for electronic
 *   sources), not Y2 (where Zotero and EndNote read it, and where the site writes it), and T2 as
 *   a collection title; BibTeX has no site name (see the help);
 * - the paper from an English page is romanised for an English (APA) list;
 * - the Chinese adaptation of APA has no published CSL style: Chinese APA is not compared;
 * - a fixed edition's version: the styles print none for a web page (GB/T 2025's 8.11 form and
 *   apa.csl's have no version element), so the "V0.2.0." / "(Version 0.2.0)" the site writes
 *   after the title (GB/T 7714 7.4; APA 7 for a versioned page) is added by hand after import;
 *   the record keeps it (`version`) for a style that prints it.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { allStyles, plain } from '../../src/lib/citation/index.ts';
import { nanjingMeta } from '../support/page-meta.ts';
import { EDITORS, SITE_NAME, pageSource } from '../../src/lib/citation/sources.ts';
import {
	oneQuoteGlyph,
	renderCsl,
	warmCsl,
	CSL_STYLES,
	type CslItem,
	type CslStyle,
} from '../support/citeproc.ts';
import { contentPages, htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { attr, rawText, select, selectAll, type Element } from '../support/html.ts';
import { DIST_DIR, PREVIEW, permalink, withBasePath } from '../support/site.ts';
import { connectorItem, zoteroToCsl, type ZoteroItem } from '../support/zotero-connector.ts';

/** Where a preview is served in this test: the origin the panel's script writes before a path. */
const SERVED = 'http://127.0.0.1:4321';
/** The reader's access date, in the form each place in the panel asks for. */
const ACCESSED = {
	iso: '2026-12-05',
	ris: '2026/12/05',
	apa: { en: 'December 5, 2026', zh: '2026年12月5日' },
} as const;

const pages = contentPages(htmlPages(join(ROOT, DIST_DIR)))
	.filter((p) => /^\/(zh|en)\//.test(p.url) && !p.url.endsWith('/404/'))
	.map((p) => ({ url: p.url, dom: p.tree }));
type Page = (typeof pages)[number];
type Lang = 'zh' | 'en';
const langOf = (page: Page): Lang => (page.url.startsWith('/zh/') ? 'zh' : 'en');

/**
 * The text of a citation element once the panel's script has run: the access date filled in,
 * the served origin before a preview's paths, the chosen paragraph's id.
 */
function filled(el: Element, lang: Lang, paragraph: string): string {
	const copy = structuredClone(el);
	for (const span of selectAll('span', copy)) {
		const date = attr(span, 'data-access-date') as keyof typeof ACCESSED | undefined;
		let value: string | undefined;
		if (date) value = date === 'apa' ? ACCESSED.apa[lang] : ACCESSED[date];
		else if (attr(span, 'data-served-origin') !== undefined) value = PREVIEW ? SERVED : '';
		else if (attr(span, 'data-paragraph-id') !== undefined) value = paragraph;
		if (value !== undefined) span.children = [{ type: 'text', value }];
	}
	return rawText(copy);
}

/** A record as the panel's download carries it (RIS with CRLF, the others ending in a newline). */
function record(el: Element, lang: Lang, paragraph: string): string {
	const text = filled(el, lang, paragraph);
	return el.properties.id?.toString().endsWith('-ris')
		? `${text.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '')}\r\n`
		: `${text.replace(/\n+$/, '')}\n`;
}

/** The one item of a record as citation-js reads it. */
function citationJs(text: string): CslItem {
	const items = new Cite(text).data as CslItem[];
	expect(items).toHaveLength(1);
	return items[0]!;
}

type Target = 'page' | 'paragraph' | 'paper';
type Reader = 'csljson' | 'bibtex/citation-js' | 'ris/citation-js';

/** A target's citations on one page: the panel's strings by style and its records by reader. */
function citations(page: Page, target: Target) {
	const panel = select('aside.cite-panel', page.dom)!;
	const lang = langOf(page);
	const paragraph = attr(select('a.para-link[href^="#p-"]', page.dom) ?? panel, 'href');
	const id = paragraph?.startsWith('#p-') ? paragraph.slice(1) : 'p-none';
	const el = (style: string) => select(`#cite-${target}-${style}`, panel);
	if (!el('gbt2025')) return undefined;
	const text = (style: string) => filled(el(style)!, lang, id).trim();
	const rec = (style: string) => record(el(style)!, lang, id);
	const readers: [Reader, CslItem][] = [
		['csljson', (JSON.parse(rec('csljson')) as CslItem[])[0]!],
		['bibtex/citation-js', citationJs(rec('bibtex'))],
		['ris/citation-js', citationJs(rec('ris'))],
	];
	return {
		lang,
		panel: { gbt2025: text('gbt2025'), gbt2015: text('gbt2015'), apa7: text('apa7') },
		readers,
	};
}

/** The panel's string less what a reader or style is known to drop, as the header lists. */
function expected(
	panel: string,
	style: CslStyle,
	reader: Reader | 'connector',
	target: Target,
): string {
	let text = panel;
	if (style === 'apa7' && target !== 'paper')
		text = text.replace(/Retrieved [^,]+, \d{4}, from /, '');
	if (reader === 'ris/citation-js') {
		text = text.replace(/\)\[[0-9-]+\]\. /, '). ').replace(/）\[[0-9-]+\]\. /, '）. ');
		if (style === 'apa7') text = text.replace(` ${SITE_NAME.en}.`, '');
	}
	if (reader === 'bibtex/citation-js' && target !== 'paper') {
		if (style === 'apa7') text = text.replace(` ${SITE_NAME.en}.`, '');
	}
	return oneQuoteGlyph(text);
}

/** The styles each target is compared in, on a page in this language (those printable here). */
function stylesFor(target: Target, lang: Lang): CslStyle[] {
	const offered: CslStyle[] =
		target === 'paper'
			? lang === 'zh'
				? ['gbt2025', 'gbt2015']
				: ['apa7']
			: lang === 'zh'
				? ['gbt2025', 'gbt2015']
				: ['gbt2025', 'gbt2015', 'apa7'];
	return offered.filter((style) => CSL_STYLES[style]);
}

const cases = pages.map((p) => [p.url, p] as const);

beforeAll(warmCsl, 120_000);

describe.each(['page', 'paragraph', 'paper'] as const)('%s records round trip', (target) => {
	it.each(cases)('%s: every reader, every style, the panel string', (_url, page) => {
		const cited = citations(page, target);
		if (!cited) {
			// Only a page whose paragraphs have ids has a paragraph citation (citation.test.ts).
			expect(target).toBe('paragraph');
			return;
		}
		for (const [reader, item] of cited.readers) {
			// A romanised record of the paper has no language: styles would print its names in
			// Chinese order ("Hu X."); its note says the paper is in Chinese (zh-CN). BibTeX's
			// langid (biblatex's hyphenation) says the record's text is English.
			const romanised = target === 'paper' && cited.lang === 'en';
			const language = romanised
				? reader === 'bibtex/citation-js'
					? 'english'
					: undefined
				: cited.lang === 'zh'
					? 'zh-CN'
					: 'en';
			expect(item.language, `${reader} language`).toBe(language);
			if (romanised) expect(String(item.note ?? item.annote)).toContain('(Chinese, zh-CN)');
			for (const style of stylesFor(target, cited.lang)) {
				const printed = oneQuoteGlyph(renderCsl(style, item));
				expect(printed, `${reader} → ${style}`).toBe(
					expected(cited.panel[style], style, reader, target),
				);
			}
		}
	});
});

/** The Zotero item saved from a page when it is loaded from its address (or, in a preview, served). */
function saved(page: Page): ZoteroItem {
	const location = PREVIEW ? `${SERVED}${withBasePath(page.url)}` : permalink(page.url);
	return connectorItem(select('head', page.dom)!, location, ACCESSED.iso);
}

describe('the Zotero Connector (Embedded Metadata) on every page', () => {
	it.each(cases)('%s: a web page item that prints as the panel does', (_url, page) => {
		const cited = citations(page, 'page')!;
		const item = saved(page);
		const lang = cited.lang;
		expect(item.itemType).toBe('webpage');
		// No website type: APA would print it after the title as "[Text]".
		expect(item.websiteType).toBeUndefined();
		expect(item.creators).toEqual([
			{ lastName: EDITORS[lang], firstName: undefined, creatorType: 'author' },
		]);
		expect(item.language).toBe(lang === 'zh' ? 'zh-CN' : 'en');
		// The panel's URL: canonical, og:url and the citations agree (parallel views too). A
		// preview has no permanent address, so the Connector saves the one it was served from.
		const panelUrl = cited.panel.gbt2025.match(/ (\S+)\.$/)![1]!;
		if (PREVIEW) expect(item.url).toBe(`${SERVED}${withBasePath(page.url)}`);
		else expect(item.url).toBe(panelUrl);
		for (const style of stylesFor('page', lang)) {
			const want = expected(cited.panel[style], style, 'connector', 'page').replace(
				panelUrl,
				item.url,
			);
			const asSaved = oneQuoteGlyph(renderCsl(style, zoteroToCsl(item)));
			expect(asSaved, style).toBe(want);
		}
	});
});

const edition = {
	version: '0.2.0',
	date: '2026-12-01',
	url: 'https://example.org/editions/0.2.0/en/cases/nanjing/',
};
const editionMeta = nanjingMeta;
const titles = { en: 'Nanjing street-centre model', zh: '南京街道中心制模式' } as const;
const citeEdition = (lang: Lang) =>
	allStyles('k', pageSource(editionMeta(titles[lang], lang), { edition }), '2026-12-03');
const editionRecord = (lang: Lang) => (JSON.parse(citeEdition(lang).csljson) as CslItem[])[0]!;

describe('a cited edition, printed from its CSL-JSON record', () => {
	it.each(['en', 'zh'] as const)(
		'%s: the record keeps the version, URL and date the GB/T strings give',
		(lang) => {
			const record = editionRecord(lang);
			expect(record.version).toBe(edition.version);
			expect(record.URL).toBe(edition.url);
			for (const style of ['gbt2025', 'gbt2015'] as const) {
				const site = citeEdition(lang)[style];
				expect(site).toContain(`[EB/OL]. V${edition.version}. `);
				expect(site).toContain(edition.date);
				expect(site).toContain(edition.url);
			}
		},
	);

	it('en: APA 7 gives no retrieval date for a fixed edition, as the site does', () => {
		const site = plain(citeEdition('en').apa7);
		expect(site).toContain(' (Version 0.2.0).');
		expect(oneQuoteGlyph(renderCsl('apa7', editionRecord('en')))).toBe(
			oneQuoteGlyph(site.replace(' (Version 0.2.0).', '.')),
		);
	});
});
