/**
 * Citing, as built: a cite panel on every page with both targets and every format, honest
 * metadata for reference managers, and no citation_* tags.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { DEFAULT_SITE } from '../support/site.ts';

const pages = htmlPages(join(ROOT, 'dist')).filter(
	(p) => /^\/(zh|en)\//.test(p.url) && !/http-equiv="refresh"/.test(p.html),
);

describe('cite panel', () => {
	it.each(pages.map((p) => [p.url, p] as const))(
		'%s has the panel with both targets and every format',
		(_url, page) => {
			const panel = /<aside class="cite-panel[\s\S]*?<\/aside>/.exec(page.html)?.[0];
			expect(panel).toBeDefined();
			expect(panel).toContain('data-pagefind-ignore');
			for (const target of ['page', 'paper']) {
				for (const style of ['gbt2025', 'gbt2015', 'apa7', 'bibtex', 'ris'])
					expect(panel).toContain(`id="cite-${target}-${style}"`);
			}
			const zh = page.url.startsWith('/zh/');
			// Without JavaScript the access date is a visible placeholder, never the build date.
			expect(panel).toContain(zh ? '请填写访问日期' : 'your access date');
			const gbt = /id="cite-page-gbt2025"[^>]*>([\s\S]*?)<\/p>/
				.exec(panel!)![1]!
				.replace(/<[^>]+>/g, '');
			expect(gbt).toContain(
				zh ? '社区治理改革导读编者. ' : "Community Governance Reform Reader's Guide contributors. ",
			);
			expect(gbt).toContain('[EB/OL]. (');
			expect(gbt.trim().endsWith(`${DEFAULT_SITE}${page.url}.`)).toBe(true);
			const paper = /id="cite-paper-gbt2025"[^>]*>([\s\S]*?)<\/p>/.exec(panel!)![1]!;
			expect(paper).toContain('〔刊名〕, 〔年〕, 〔卷〕(〔期〕): 〔页码〕');
			expect(panel).toMatch(/download="[^"]+\.bib"/);
			expect(panel).toMatch(/download="[^"]+\.ris"/);
		},
	);
});

describe('metadata for reference managers', () => {
	it.each(pages.map((p) => [p.url, p] as const))(
		'%s: Dublin Core, JSON-LD, COinS, hreflang; no citation_* tags',
		(_url, page) => {
			const url = `${DEFAULT_SITE}${page.url}`;
			expect(page.html).not.toMatch(/<meta[^>]+name="citation_/);
			expect(page.html).toContain(`<meta name="DC.identifier" content="${url}">`);
			for (const name of [
				'DC.title',
				'DC.creator',
				'DC.date',
				'DCTERMS.modified',
				'DC.language',
				'DC.publisher',
				'DC.type',
			]) {
				expect(page.html, name).toMatch(new RegExp(`<meta name="${name}" content="[^"]+">`));
			}
			// The cite panel and the metadata give the same last-modified date.
			const modified = /<meta name="DCTERMS\.modified" content="([^"]+)">/.exec(page.html)![1];
			expect(page.html).toContain(`<time datetime="${modified}"`);
			const ld = JSON.parse(
				/<script type="application\/ld\+json">([^<]+)<\/script>/.exec(page.html)![1]!,
			);
			expect(ld['@type']).toBe('WebPage');
			expect(ld.url).toBe(url);
			expect(ld.isBasedOn['@type']).toBe('ScholarlyArticle');
			expect(ld.isBasedOn.author.map((a: { name: string }) => a.name)).toEqual([
				'胡晓燕',
				'曹海军',
			]);
			expect(page.html).toMatch(
				/<span class="Z3988[^"]*" title="ctx_ver=Z39\.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal[^"]*rft\.atitle=/,
			);
			const other = page.url.startsWith('/zh/')
				? page.url.replace('/zh/', '/en/')
				: page.url.replace('/en/', '/zh/');
			expect(page.html).toContain(
				`hreflang="${other.startsWith('/zh/') ? 'zh-CN' : 'en'}" href="${DEFAULT_SITE}${other}"`,
			);
		},
	);
});
