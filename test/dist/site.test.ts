/**
 * Tests over the built site in dist/ (run `npm run build` first; `npm test` does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, htmlPages, idsIn } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { DEFAULT_SITE, LOCALES, PAGE_ROUTES } from '../support/site.ts';

const DIST = join(ROOT, 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('dist/', () => {
	it('exists (run `npm run build` first)', () => {
		expect(existsSync(join(DIST, 'index.html'))).toBe(true);
	});

	describe.each(LOCALES)('every promised route exists in %s', (locale) => {
		it.each(PAGE_ROUTES)(`/${locale}/%s`, (route) => {
			const html = read(`${locale}/${route}index.html`);
			expect(html).toMatch(new RegExp(`<html[^>]* lang="${locale === 'zh' ? 'zh-CN' : 'en'}"`));
			expect(html).not.toMatch(/http-equiv="refresh"/);
		});
	});

	it('serves a real bilingual landing page at /, not a redirect', () => {
		const html = read('index.html');
		expect(html).not.toMatch(/http-equiv="refresh"/);
		expect(html).toContain('社区治理改革导读');
		expect(html).toContain("Community Governance Reform: A Reader's Guide");
		expect(html).toContain('href="/zh/"');
		expect(html).toContain('href="/en/"');
	});

	it('has no untranslated fallback page: zh and en have the same page set', () => {
		const urls = htmlPages(DIST).map((p) => p.url);
		const zh = urls
			.filter((u) => u.startsWith('/zh/'))
			.map((u) => u.slice(4))
			.sort();
		const en = urls
			.filter((u) => u.startsWith('/en/'))
			.map((u) => u.slice(4))
			.sort();
		expect(zh).toEqual(en);
		expect(zh.length).toBeGreaterThanOrEqual(PAGE_ROUTES.length);
	});

	it('pages in English are in English and pages in Chinese in Chinese (no fallback notice)', () => {
		for (const page of htmlPages(DIST).filter((p) => /^\/(zh|en)\//.test(p.url))) {
			expect(page.html, page.url).not.toContain('sl-fallback');
			expect(page.html, page.url).not.toMatch(
				/This content is not available in your language yet|此页面内容尚未翻译/,
			);
		}
	});

	it('every internal link and anchor resolves', () => {
		expect(brokenLinks(DIST, '/', DEFAULT_SITE)).toEqual([]);
	});

	it('h2/h3 ids are identical in each zh/en pair of pages', () => {
		const headingIds = (html: string) =>
			[...html.matchAll(/<h[23][^>]*\sid="([^"]+)"/g)]
				.map((m) => m[1])
				.filter((id) => id !== 'starlight__on-this-page');
		for (const page of htmlPages(DIST).filter((p) => p.url.startsWith('/zh/'))) {
			const en = read(`en/${page.url.slice(4)}index.html`);
			expect(headingIds(en), page.url).toEqual(headingIds(page.html));
		}
	});

	it('the language switcher offers the same page in the other language', () => {
		const html = read('zh/cases/nanjing/index.html');
		expect(html).toMatch(/<option value="\/en\/cases\/nanjing\/"/);
		expect(read('en/cases/nanjing/index.html')).toMatch(/<option value="\/zh\/cases\/nanjing\/"/);
	});

	it('uses directory URLs with a trailing slash', () => {
		for (const page of htmlPages(DIST))
			expect(page.file.endsWith('index.html') || page.url.endsWith('404.html'), page.url).toBe(
				true,
			);
	});

	it('builds a search index with both languages', () => {
		const entry = JSON.parse(read('pagefind/pagefind-entry.json')) as {
			languages: Record<string, { page_count: number }>;
		};
		const langs = Object.keys(entry.languages).map((l) => l.toLowerCase());
		expect(langs).toEqual(expect.arrayContaining(['zh-cn', 'en']));
		for (const l of Object.values(entry.languages))
			expect(l.page_count).toBeGreaterThanOrEqual(PAGE_ROUTES.length);
	});

	it('makes no request to another host: no external scripts, styles or fonts', () => {
		for (const page of htmlPages(DIST)) {
			expect(page.html, page.url).not.toMatch(/<(?:script|img|iframe)\b[^>]*\ssrc="https?:\/\//);
			expect(page.html, page.url).not.toMatch(
				/<link\b[^>]*rel="(?:stylesheet|preload|modulepreload)"[^>]*href="https?:\/\//,
			);
		}
	});

	it('has an id on every section of the section map where it points', () => {
		const sections = read('../content/paper/sections.yaml');
		for (const m of sections.matchAll(/page: (\S+)\n {2}anchor: (\S+)/g)) {
			for (const locale of LOCALES) {
				expect(
					idsIn(read(`${locale}/${m[1]}/index.html`)).has(m[2]!),
					`${locale}/${m[1]}#${m[2]}`,
				).toBe(true);
			}
		}
	});
});
