/**
 * Citing, as built: a cite panel on every page with both targets and every format; exports that
 * real parsers (citation-js and @retorquere/bibtex-parser, the parser of Zotero's Better BibTeX)
 * read back with title, authors, URL, access date and language intact; head metadata that makes
 * reference managers save the page as a web page (no citation_* tags, no COinS, no DC.type); one
 * address in canonical, og:url and every citation; and a SITE_URL that is either real or, in a
 * local preview, absent and said to be so in the panel, every export and the head.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITORS } from '../../src/lib/citation/sources.ts';
import { DEPLOY_WITHOUT_SITE_URL, PLACEHOLDER_SITE } from '../../src/lib/site/url.ts';
import { contentPages, htmlPages } from '../support/dist.ts';
import { childEnv } from '../support/env.ts';
import { ROOT } from '../support/fixture.ts';
import { attr, rawText, select, selectAll, type Element } from '../support/html.ts';
import { DIST_DIR, PREVIEW, citedUrl, permalink, withBasePath } from '../support/site.ts';

const pages = contentPages(htmlPages(join(ROOT, DIST_DIR)))
	.filter((p) => /^\/(zh|en)\//.test(p.url))
	.map((p) => ({ url: p.url, dom: p.tree }));
type Page = (typeof pages)[number];
const cases = pages.map((p) => [p.url, p] as const);
const STYLES = ['gbt2025', 'gbt2015', 'apa7', 'bibtex', 'ris', 'csljson'] as const;

const isZh = (page: Page) => page.url.startsWith('/zh/');
/** The page a page's citation names: itself (the index of views too), or for a parallel view the page it shows. */
const cited = (page: Page) => page.url.replace(/^\/(zh|en)\/parallel\/(?=.)/, '/$1/');
const panelOf = (page: Page) => select('aside.cite-panel', page.dom)!;
const text = (el: Element | undefined) => (el ? rawText(el).trim() : '');
const attrOf = (el: Element | undefined, name: string) => (el ? attr(el, name) : undefined);
const meta = (page: Page, name: string) =>
	attrOf(select(`meta[name="${name}"]`, page.dom), 'content');

/**
 * A download as the panel's script makes it from the citation shown above it (RIS with CRLF line
 * ends, BibTeX ending with a line end; test/browser/cite.test.ts checks the script itself), with
 * the placeholder date as built and with a reader's date filled in.
 */
function download(page: Page, id: string) {
	const a = select(`a.cite-download[data-source="${id}"]`, panelOf(page))!;
	expect(attr(a, 'href')).toMatch(
		/^data:application\/(x-bibtex|x-research-info-systems|vnd\.citationstyles\.csl\+json);charset=utf-8,$/,
	);
	const shown = rawText(select(`#${id}`, panelOf(page))!);
	const built = id.endsWith('ris')
		? `${shown.replace(/\r?\n/g, '\r\n').replace(/(\r\n)+$/, '')}\r\n`
		: `${shown.replace(/\n+$/, '')}\n`;
	const placeholder = isZh(page) ? '请填写访问日期' : 'your access date';
	const date = id.endsWith('ris') ? '2026/11/27' : '2026-11-27';
	return { file: attr(a, 'download')!, built, filled: built.replaceAll(placeholder, date) };
}

const cslOf = (input: string) => {
	const [item, ...rest] = new Cite(input).data as Record<string, unknown>[];
	expect(rest).toEqual([]);
	return item!;
};
/** Each author as one name: a literal, a Chinese name whole, a Latin-script family name. */
const names = (csl: Record<string, unknown>) =>
	(csl.author as { family?: string; given?: string; literal?: string }[]).map(
		(a) =>
			a.literal ??
			(/\p{Script=Han}/u.test(a.family ?? '') ? `${a.family}${a.given ?? ''}` : a.family),
	);

describe('cite panel', () => {
	it.each(cases)('%s: both targets, every format, the 2025 punctuation', (_url, page) => {
		const panel = panelOf(page);
		expect(attr(panel, 'data-pagefind-ignore')).toBeDefined();
		for (const target of ['page', 'paper'])
			for (const style of STYLES)
				expect(select(`#cite-${target}-${style}`, panel), `${target} ${style}`).toBeDefined();
		// Without JavaScript the access date is a visible placeholder, never the build date.
		expect(text(select('#cite-page-gbt2025 .cite-access', panel))).toBe(
			isZh(page) ? '请填写访问日期' : 'your access date',
		);
		const gbt = text(select('#cite-page-gbt2025', panel));
		expect(gbt.startsWith(`${EDITORS[isZh(page) ? 'zh' : 'en']}. `)).toBe(true);
		expect(gbt).toMatch(/\[EB\/OL\]\. （\d{4}-\d{2}-\d{2}）\[/);
		expect(gbt.endsWith(`${citedUrl(cited(page))}.`)).toBe(true);
		expect(text(select('#cite-paper-gbt2025', panel))).toContain(
			'[J]. 〔刊名〕，〔年〕，〔卷〕（〔期〕）：〔页码〕.',
		);
		expect(text(select('#cite-page-gbt2015', panel))).toMatch(
			/\[EB\/OL\]\. \(\d{4}-\d{2}-\d{2}\)\[/,
		);
		// The page title in italics in APA (copied as rich text by the panel's script).
		expect(select('#cite-page-apa7 i', panel)).toBeDefined();
	});

	it.each(cases)(
		"%s: a paragraph citation where paragraphs have ids, hidden until one is chosen: the page's, with a place for its id and a way back",
		(_url, page) => {
			const section = select('#cite-this-paragraph', panelOf(page));
			// Only a page whose paragraphs have "¶" links can choose one.
			expect(section !== undefined, 'paragraph citation').toBe(
				selectAll('a.para-link[href^="#p-"]', page.dom).length > 0,
			);
			if (!section) return;
			expect(attr(section, 'hidden') !== undefined).toBe(true);
			expect(select('a[data-paragraph-back]', section)).toBeDefined();
			for (const style of STYLES) {
				const el = select(`#cite-paragraph-${style}`, section)!;
				expect(select('[data-paragraph-id]', el), style).toBeDefined();
				// The paragraph citation is the page citation with `#<paragraph id>` after the URL;
				// as built, the id is a placeholder that is itself a valid id (and BibTeX key).
				const filled = text(el).replace(/p-id/g, 'p-x');
				const url = citedUrl(cited(page));
				const pageText = text(select(`#cite-page-${style}`, panelOf(page))).replace(
					style === 'csljson' ? `"${url}"` : url,
					style === 'csljson' ? `"${url}#p-x"` : `${url}#p-x`,
				);
				expect(filled.replace(/-p-x(,|")/, '$1'), style).toBe(pageText);
			}
			expect(parseBibtex(text(select('#cite-paragraph-bibtex', section))).errors).toEqual([]);
		},
	);

	it.each(cases)(
		'%s: the paper in APA has no "n.d." and, in English, the romanised title',
		(_url, page) => {
			const apa = text(select('#cite-paper-apa7', panelOf(page)));
			expect(apa).not.toMatch(/n\.d\.|不详/);
			if (!isZh(page)) expect(apa).toMatch(/^Hu, X\., & Cao, H\. \(〔year〕\)\. Shequ zhili tixi /);
		},
	);

	it.each(cases)(
		'%s: a search for the published version, marked as leaving the site',
		(_url, page) => {
			const links = selectAll('.cite-find a', panelOf(page));
			expect(links.length).toBeGreaterThan(0);
			for (const a of links) {
				expect(attr(a, 'href')).toMatch(
					/^https:\/\/(scholar\.google\.com|xueshu\.baidu\.com|kns\.cnki\.net)\//,
				);
				expect(attr(a, 'rel')).toContain('external');
				expect(text(select('.cite-external', a))).not.toBe('');
			}
		},
	);

	it.each(cases)(
		'%s: says it is a local preview exactly when it is, in words for a reader',
		(_url, page) => {
			const notice = text(select('.cite-preview', panelOf(page)));
			if (!PREVIEW) expect(notice).toBe('');
			else {
				expect(notice).toContain(isZh(page) ? '本地预览' : 'local preview');
				// A note for readers, not for whoever deploys.
				expect(notice).not.toContain('SITE_URL');
			}
		},
	);
});

/** A page's export read back as CSL: a web page with this page's title, one author, URL and date. */
function expectPageRecord(csl: Record<string, unknown>, page: Page, accessed = true) {
	expect(csl.type).toBe('webpage');
	expect(csl.title).toBe(meta(page, 'DC.title'));
	expect(names(csl)).toEqual([EDITORS[isZh(page) ? 'zh' : 'en']]);
	expect(csl.URL).toBe(citedUrl(cited(page)));
	if (accessed) expect(csl.accessed).toEqual({ 'date-parts': [[2026, 11, 27]] });
	expect(csl.language).toBe(isZh(page) ? 'zh-CN' : 'en');
	// A preview says so in the record itself, where it travels with the file.
	if (PREVIEW) expect(csl.note).toContain(isZh(page) ? '本地预览' : 'local preview');
}

describe('exports read back by real parsers', () => {
	it.each(cases)('%s: BibTeX of the page', (_url, page) => {
		const { file, built, filled } = download(page, 'cite-page-bibtex');
		expect(file).toMatch(/^cgr-(zh|en)[a-z0-9-]*\.bib$/);
		expect(built.endsWith('}\n')).toBe(true);
		const csl = cslOf(filled);
		expectPageRecord(csl, page);
		// No organization: Zotero's import would make it the publisher (see export.ts).
		expect(csl.publisher).toBeUndefined();
		const { entries, errors } = parseBibtex(filled);
		expect(errors).toEqual([]);
		expect(entries[0]!.fields.urldate).toBe('2026-11-27');
		expect(entries[0]!.fields.url).toBe(citedUrl(cited(page)));
		expect(entries[0]!.fields.author).toEqual([{ name: EDITORS[isZh(page) ? 'zh' : 'en'] }]);
	});

	it.each(cases)('%s: RIS of the page, CRLF throughout', (_url, page) => {
		const { file, built, filled } = download(page, 'cite-page-ris');
		expect(file).toMatch(/^cgr-(zh|en)[a-z0-9-]*\.ris$/);
		expect(built.endsWith('ER  - \r\n')).toBe(true);
		expect(built.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		const csl = cslOf(filled);
		// The access date is in Y2, where Zotero and EndNote read it; citation-js reads an ELEC
		// record's from VL, as the RIS specification says, which bibutils reads as a volume: the
		// cite page's help says so.
		expectPageRecord(csl, page, false);
		expect(filled).toContain('\r\nY2  - 2026/11/27\r\n');
		// One record, and the access date is not a volume.
		expect(built.match(/^TY {2}- /gm)).toHaveLength(1);
		expect(csl.volume).toBeUndefined();
	});

	it.each(cases)('%s: CSL-JSON of the page, as citation-js reads it', (_url, page) => {
		const { file, filled } = download(page, 'cite-page-csljson');
		expect(file).toMatch(/^cgr-(zh|en)[a-z0-9-]*\.json$/);
		const items = JSON.parse(filled) as Record<string, unknown>[];
		expect(items).toHaveLength(1);
		expect(items[0]!.accessed).toEqual({ raw: '2026-11-27' });
		const csl = cslOf(filled);
		expectPageRecord(csl, page, false);
		expect(csl.author).toEqual([{ literal: EDITORS[isZh(page) ? 'zh' : 'en'] }]);
		expect(csl['container-title']).toBeTruthy();
	});

	it.each(cases)(
		'%s: BibTeX, RIS and CSL-JSON of the paper: both scripts, prompts for what our copy lacks, no year',
		(_url, page) => {
			for (const id of ['cite-paper-bibtex', 'cite-paper-ris', 'cite-paper-csljson']) {
				const { file, filled } = download(page, id);
				expect(file).toMatch(/^hu-cao-[a-z-]+\.(bib|ris|json)$/);
				const csl = cslOf(filled);
				expect(csl.type).toBe('article-journal');
				const note = String(csl.note ?? csl.annote ?? '');
				if (isZh(page)) {
					expect(csl.title).toBe(
						'社区治理体系和治理能力现代化的思考——基于国家基层政权建设的微观视角',
					);
					expect(names(csl)).toEqual(['胡晓燕', '曹海军']);
					expect(csl.language).toBe('zh-CN');
					expect(note).toContain('Hu Xiaoyan');
				} else {
					// Romanised for an English list, the paper's English title in brackets, the
					// original script in the note.
					expect(String(csl.title)).toMatch(/^Shequ zhili tixi .*\[Reflections on /);
					expect(names(csl)).toEqual(['Hu', 'Cao']);
					expect(note).toContain('胡晓燕');
					expect(note).toContain('社区治理体系和治理能力现代化的思考');
				}
				expect(csl['container-title']).toMatch(/^〔.+〕$/);
				expect(JSON.stringify(csl.issued ?? {})).not.toMatch(/\d{4}/);
			}
			expect(parseBibtex(download(page, 'cite-paper-bibtex').filled).errors).toEqual([]);
		},
	);
});

describe('metadata for reference managers', () => {
	it.each(cases)(
		'%s: Dublin Core, JSON-LD, hreflang; no citation_* tags, no COinS',
		(_url, page) => {
			const url = citedUrl(cited(page));
			expect(selectAll('meta[name^="citation_"]', page.dom)).toEqual([]);
			// COinS outranks Embedded Metadata in Zotero: one would save the paper from this page.
			expect(selectAll('.Z3988', page.dom)).toEqual([]);
			expect(attrOf(select('link[rel="schema.DC"]', page.dom), 'href')).toBe(
				'http://purl.org/dc/elements/1.1/',
			);
			// No DC.type: Zotero would print it as "[Text]" after the title.
			expect(meta(page, 'DC.type')).toBeUndefined();
			// One address: the one the panel cites, on parallel views too; a preview gives none.
			const canonical = attrOf(select('link[rel="canonical"]', page.dom), 'href');
			const ogUrl = attrOf(select('meta[property="og:url"]', page.dom), 'content');
			if (PREVIEW) {
				expect([meta(page, 'DC.identifier'), canonical, ogUrl]).toEqual([
					undefined,
					undefined,
					undefined,
				]);
				expect(meta(page, 'DC.description')).toContain(isZh(page) ? '本地预览' : 'local preview');
			} else expect([meta(page, 'DC.identifier'), canonical, ogUrl]).toEqual([url, url, url]);
			// One corporate name: with the trailing comma Zotero keeps it whole (see page-metadata.ts).
			expect(meta(page, 'DC.creator')).toBe(`${EDITORS[isZh(page) ? 'zh' : 'en']},`);
			for (const name of ['DC.title', 'DC.date', 'DCTERMS.modified', 'DC.language', 'DC.rights'])
				expect(meta(page, name), name).toBeTruthy();
			// The panel, Dublin Core and JSON-LD give the same last-modified date.
			const modified = meta(page, 'DCTERMS.modified');
			expect(meta(page, 'DC.date')).toBe(modified);
			expect(attrOf(select('time', panelOf(page)), 'datetime')).toBe(modified);
			const ld = JSON.parse(rawText(select('script[type="application/ld+json"]', page.dom)!));
			expect(ld['@type']).toBe('WebPage');
			expect(ld.url).toBe(PREVIEW ? undefined : url);
			expect(ld.dateModified).toBe(modified);
			expect(ld.isBasedOn.author.map((a: { name: string }) => a.name)).toEqual([
				'胡晓燕',
				'曹海军',
			]);
			const other = page.url.replace(/^\/(zh|en)\//, (_m, l: string) =>
				l === 'zh' ? '/en/' : '/zh/',
			);
			const hreflang = other.startsWith('/zh/') ? 'zh-CN' : 'en';
			expect(attrOf(select(`link[hreflang="${hreflang}"]`, page.dom), 'href')).toBe(
				PREVIEW ? withBasePath(other) : permalink(other),
			);
		},
	);
});

describe('SITE_URL', () => {
	/** A build that stops while loading the config: no pages are built, so it takes seconds. */
	const build = (env: Record<string, string>) =>
		spawnSync(
			process.execPath,
			['scripts/build.ts', '--out-dir', join(ROOT, 'dist-bad-site-url')],
			{
				cwd: ROOT,
				env: childEnv(env),
				encoding: 'utf8',
			},
		);

	it.each([
		[{ SITE_URL: 'community-governance.org' }, 'community-governance.org'],
		[{ SITE_URL: 'https://example.org/sub/', BASE_PATH: '/other/' }, 'https://example.org/sub/'],
	])(
		'refuses %j with a message naming SITE_URL and the value',
		(env, value) => {
			const result = build(env);
			expect(result.status).not.toBe(0);
			expect(`${result.stdout}${result.stderr}`).toContain(`SITE_URL`);
			expect(`${result.stdout}${result.stderr}`).toContain(`"${value}"`);
		},
		60_000,
	);

	it('refuses a deploy build (CI set) without SITE_URL, naming SITE_URL', () => {
		const result = build({ CI: 'true', SITE_URL: '', LOCAL_PREVIEW: '' });
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}${result.stderr}`).toContain(DEPLOY_WITHOUT_SITE_URL);
	}, 60_000);

	it('a preview names the placeholder address on no page', () => {
		for (const page of pages)
			expect(JSON.stringify(page.dom).includes(PLACEHOLDER_SITE), page.url).toBe(false);
	});
});
