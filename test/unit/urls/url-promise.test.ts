import { describe, expect, it } from 'vitest';
import { anchorsOf, manifestOf } from '../../../src/lib/urls/published.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	SITE_PATH,
	mergeManifest,
	missingFrom,
	readRedirects,
	redirectsFile,
} from '../../../src/lib/urls/url-promise.ts';

describe('the URL manifest', () => {
	it('only ever grows, sorted', () => {
		const old = { pages: { '/zh/b/': ['x'], '/zh/a/': ['y'] }, files: ['/data/b.json'] };
		const found = { pages: { '/zh/a/': ['z'], '/zh/c/': [] }, files: ['/data/a.json'] };
		expect(mergeManifest(old, found)).toEqual({
			pages: { '/zh/a/': ['y', 'z'], '/zh/b/': ['x'], '/zh/c/': [] },
			files: ['/data/a.json', '/data/b.json'],
		});
	});

	it('lists what a build no longer publishes', () => {
		const old = { pages: { '/zh/a/': ['x', 'y'], '/zh/b/': [] }, files: ['/data/a.json'] };
		const now = { pages: { '/zh/a/': ['x'] }, files: [] };
		expect(missingFrom(old, now)).toEqual(['/zh/a/#y', '/zh/b/', '/data/a.json']);
	});

	it('reads anchors from headings, timeline events and diagrams in <main> only', () => {
		const html =
			'<nav><h2 id="starlight__on-this-page">x</h2></nav><main><h2 id="a">A</h2><h3 id="b">B</h3><h4 id="c">C</h4><li id="mca-2000">e</li><figure class="diagram not-content" id="diagram-x"></figure></main>';
		expect(anchorsOf(html)).toEqual(['a', 'b', 'diagram-x', 'mca-2000']);
	});

	it('reads paragraph ids: paragraphs, list items, parallel-view rows and retired ids', () => {
		const html =
			'<main><p id="p-one">x<a class="para-link" href="#p-one"></a></p><ul><li id="p-two">y</li></ul><div class="pv-row" id="p-three"><span id="p-old" class="para-retired"></span></div><p id="other">z</p></main>';
		expect(anchorsOf(html)).toEqual(['p-old', 'p-one', 'p-three', 'p-two']);
	});

	it('leaves out redirect pages and non-locale pages', () => {
		const m = manifestOf(
			[
				{ url: '/zh/a/', html: '<main><h2 id="x">x</h2></main>' },
				{ url: '/zh/old/', html: '<meta http-equiv="refresh" content="0;url=/zh/a/">' },
				{ url: '/', html: '<main></main>' },
			],
			['/data/cases.json'],
		);
		expect(m).toEqual({ pages: { '/zh/a/': ['x'] }, files: ['/data/cases.json'] });
	});
});

describe('_redirects', () => {
	it('lists each renamed page as a 301 under the base path', () => {
		expect(redirectsFile({ redirects: { '/zh/old/': '/zh/new/' } }, '/guide/')).toBe(
			'/guide/zh/old/ /guide/zh/new/ 301\n',
		);
		expect(redirectsFile({ redirects: {} }, '/')).toBe('# No renamed pages yet.\n');
	});
});

describe('redirect targets are paths of this site', () => {
	it.each(['/en/', '/zh/cases/shenyang-model/', '/data/cases.json'])('%s is one', (path) => {
		expect(SITE_PATH.test(path)).toBe(true);
	});
	it.each([
		'https://evil.example/',
		'//evil.example/',
		'/\\evil.example/',
		'/en/cases',
		'/fr/cases/',
		'/en/../../x/',
		'/en/a b/',
		'javascript:alert(1)',
	])('%s is not', (path) => {
		expect(SITE_PATH.test(path)).toBe(false);
	});
});

describe('readRedirects (for astro.config.mjs)', () => {
	const file = (text: string) => {
		const path = join(mkdtempSync(join(tmpdir(), 'redirects-')), 'redirects.json');
		writeFileSync(path, text);
		return path;
	};
	it('keeps site-path pairs only, so no redirect can leave the site', () => {
		const list = { '/en/a/': '/en/b/', '/en/c/': 'https://evil.example/', '/en/d/': 7 };
		expect(readRedirects(file(JSON.stringify({ redirects: list })))).toEqual({
			'/en/a/': '/en/b/',
		});
	});
	it('gives no redirects (and does not throw) for a file that is not JSON', () => {
		expect(readRedirects(file("{ 'redirects': {} }"))).toEqual({});
	});
});
