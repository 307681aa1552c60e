/**
 * Paragraph ids and the parallel view, unit by unit: the build's marker plugin, the routes that
 * have a view, the page a component writes for, and the pairing of two languages' HTML.
 */
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { componentPage, onPageOf } from '../../../config/markdown/component-page.ts';
import { paragraphIds } from '../../../config/markdown/paragraph-ids.ts';
import { mergeSourceRefs } from '../../../config/markdown/source-refs.ts';
import { contentContext, parseOnPage } from '../../../src/lib/page/context.ts';
import {
	hasParagraphIds,
	parallelPages,
	parallelOf,
	parallelRoute,
} from '../../../src/lib/markdown/paragraph-ids.ts';
import { alignColumns } from '../../../src/lib/markdown/parallel.ts';
import { ROOT } from '../../support/fixture.ts';
import {
	attr,
	childElements,
	parseFragment,
	rawText,
	select,
	selectAll,
	type Element,
} from '../../support/html.ts';

/** The compiled JSX of an MDX page at `src/content/docs/<path>.mdx`, through the build's plugins. */
async function compile(source: string, path = 'zh/paper/x') {
	const { code } = await mdxToJs(source, {
		hastPlugins: [mergeSourceRefs(), paragraphIds(), componentPage()],
		features: { gfm: true, headingAttributes: true },
		jsxImportSource: 'astro',
		elementAttributeNameCase: 'html',
		fileURL: pathToFileURL(`${ROOT}src/content/docs/${path}.mdx`),
	});
	return code;
}

describe('the <Para> marker in the build', () => {
	it('becomes the id of its paragraph, with a ¶ link named in the page language', async () => {
		const code = await compile('<Para id="p-one" />正文。\n');
		expect(code).toMatch(/_components\.p, \{\s*id: "p-one"/);
		expect(code).toContain('href: "#p-one"');
		expect(code).toContain('"aria-label": "本段链接"');
		expect(code).not.toContain('Para');
	});

	it('names the list item in a tight and in a loose list', async () => {
		for (const md of [
			'- <Para id="p-a" />one\n- <Para id="p-b" />two\n',
			'1. <Para id="p-a" />one\n\n   more\n\n2. <Para id="p-b" />two\n',
		])
			expect(await compile(md, 'en/cases/y')).toMatch(/_components\.li, \{\s*id: "p-a"/);
	});

	it('keeps retired ids as empty anchors at the start of the paragraph', async () => {
		const code = await compile('<Para id="p-new" retired="p-old p-older" />Text.\n', 'en/paper/x');
		expect(code).toMatch(/id: "p-old",\s*class: "para-retired"/);
		expect(code).toMatch(/id: "p-older",\s*class: "para-retired"/);
	});

	it('stops the build when it stands on a line of its own, naming the page', async () => {
		await expect(compile('<Para id="p-x" />\n\nText.\n')).rejects.toThrow(
			/zh\/paper\/x\.mdx: <Para id="p-x" \/> must be the first thing in a paragraph/,
		);
	});

	it('tells every component the page it stands on', async () => {
		const code = await compile(
			'import { Term, Src } from "~/components";\n\n<Para id="p-a" /><Term id="t" /> x <Src id="s" />\n',
			'en/cases/nanjing',
		);
		expect(code.match(/onPage: "en\/cases\/nanjing"/g)).toHaveLength(2);
	});
});

describe('which pages have paragraph ids and a parallel view', () => {
	it.each([
		['paper', true],
		['paper/introduction', true],
		['cases', true],
		['cases/tongling', true],
		['compare', false],
		['concepts/involution', false],
		['', false],
	])('%s → %s', (route, expected) => {
		expect(hasParagraphIds(route)).toBe(expected);
		expect(parallelOf(parallelRoute(route))).toBe(expected ? route : undefined);
	});

	it('lists the pages of both languages that have paragraph ids, in collection order', () => {
		const ids = ['zh/paper', 'en/paper', 'zh/cases/tongling', 'zh/compare', 'en/compare'];
		expect(parallelPages([...ids, 'en/cases/tongling', 'zh/cases/wuhan'])).toEqual([
			'paper',
			'cases/tongling',
		]);
		expect(parallelPages(ids)).toEqual(['paper']);
	});

	it('reads the page of a component from its file', () => {
		expect(onPageOf(`${ROOT}src/content/docs/en/cases/nanjing.mdx`)).toBe('en/cases/nanjing');
		expect(onPageOf(`${ROOT}src/content/docs/zh/paper/index.mdx`)).toBe('zh/paper');
		expect(onPageOf(`${ROOT}src/pages/index.astro`)).toBeUndefined();
		expect(parseOnPage('en/cases/nanjing')).toEqual({ locale: 'en', route: 'cases/nanjing' });
	});
});

describe('the page and language a component writes for', () => {
	const locals = { t: 'ui', uiText: { zh: 'zh-strings', en: 'en-strings' } };
	it.each([
		// An ordinary page: its own URL and strings.
		['/en/cases/nanjing/', undefined, { locale: 'en', pathname: '/en/cases/nanjing/' }],
		// The English text in a Chinese parallel view: English, and the English page.
		[
			'/zh/parallel/cases/nanjing/',
			'en/cases/nanjing',
			{ locale: 'en', pathname: '/en/cases/nanjing/' },
		],
		// A component without onPage in a view: the view's language, the page it shows.
		['/zh/parallel/cases/nanjing/', undefined, { locale: 'zh', pathname: '/zh/cases/nanjing/' }],
	] as const)('%s with onPage %s', (path, onPage, expected) => {
		const ctx = contentContext(
			{ url: new URL(path, 'https://x.example'), locals, props: { onPage } },
			'/',
		);
		expect({ locale: ctx.locale, pathname: ctx.pathname }).toEqual(expected);
		expect(ctx.t).toBe(`${expected.locale}-strings`);
	});

	it('uses the page strings where no per-language strings are given', () => {
		const ctx = contentContext(
			{ url: new URL('https://x.example/zh/cases/'), locals: { t: 'ui' }, props: {} },
			'/',
		);
		expect(ctx.t).toBe('ui');
	});
});

const ZH = [
	'<p id="p-intro">甲。<a class="para-link" href="#p-intro"></a></p>',
	'<div class="sl-heading-wrapper level-h2"><h2 id="one">一</h2><a class="sl-anchor-link" href="#one">本节链接</a></div>',
	'<p id="p-a"><span id="p-old" class="para-retired"></span>乙。</p>',
	'<ol start="2"><li id="p-b">丙</li><li id="p-c">丁</li></ol>',
	'<figure class="diagram" id="diagram-x"><figcaption>图</figcaption></figure><script type="module">run()</script>',
	'<table><tr><td>表</td></tr></table>',
	'<aside class="case-facts" aria-labelledby="facts-x"><p id="facts-x">要点</p></aside>',
].join('\n');
const EN = [
	'<p id="p-intro">A.<a class="para-link" href="#p-intro"></a></p>',
	'<div class="sl-heading-wrapper level-h2"><h2 id="one">One</h2><a class="sl-anchor-link" href="#one">Section</a></div>',
	'<p id="p-a"><span id="p-old" class="para-retired"></span>B.</p>',
	'<ol start="2"><li id="p-b">C</li><li id="p-c">D</li></ol>',
	'<figure class="diagram" id="diagram-x"><figcaption>Diagram</figcaption></figure>',
	'<table><tr><td>Table</td></tr></table>',
	'<aside class="case-facts" aria-labelledby="facts-x"><p id="facts-x">Key points</p></aside>',
].join('\n');

describe('pairing the two languages', () => {
	const view = (ui: 'zh' | 'en') => parseFragment(alignColumns({ zh: ZH, en: EN }, ui).html);
	const idOf = (el: Element) => attr(el, 'id');

	it('pairs each paragraph and list item in a row, Chinese first, each cell with its lang', () => {
		const rows = selectAll('[id^="p-"]:not(.para-retired)', view('en'));
		expect(rows.map(idOf)).toEqual(['p-intro', 'p-a', 'p-b', 'p-c']);
		for (const row of rows) {
			const cells = selectAll('.pv-cell', row);
			expect(cells.map((c) => attr(c, 'lang'))).toEqual(['zh-CN', 'en']);
		}
		expect(rawText(select('#p-a', view('en'))!)).toBe('乙。B.');
		expect(alignColumns({ zh: ZH, en: EN }, 'zh').rows).toBe(4);
	});

	it('keeps a list one list, numbered as before', () => {
		const list = select('ol.pv-list', view('zh'))!;
		expect(attr(list, 'start')).toBe('2');
		expect(childElements(list).map(idOf)).toEqual(['p-b', 'p-c']);
	});

	it('merges a heading: both languages, one id, the interface language first in the anchor', () => {
		const h = select('#one', view('en'))!;
		expect(selectAll('span', h).map((s) => [attr(s, 'lang'), rawText(s)])).toEqual([
			['zh-CN', '一'],
			['en', 'One'],
		]);
		expect(rawText(select('.sl-anchor-link', view('en'))!)).toBe('Section');
	});

	it('shows a diagram once, in the interface language, and keeps its script once', () => {
		for (const [ui, caption] of [
			['zh', '图'],
			['en', 'Diagram'],
		] as const) {
			const figures = selectAll('figure.diagram', view(ui));
			expect(figures.map(rawText)).toEqual([caption]);
			expect(selectAll('script', view(ui)).map(rawText)).toEqual(['run()']);
		}
	});

	it('puts a table without an id beside its counterpart', () => {
		const cells = selectAll('.pv-row:has(table) .pv-cell', view('zh'));
		expect(cells.map(rawText)).toEqual(['表', 'Table']);
	});

	it('shows a facts box in both languages, the copy named by text instead of by id', () => {
		const boxes = selectAll('.pv-row aside.case-facts', view('zh'));
		expect(boxes.map(rawText)).toEqual(['要点', 'Key points']);
		expect(attr(boxes[0]!, 'aria-labelledby')).toBe('facts-x');
		expect(attr(boxes[1]!, 'aria-labelledby')).toBeUndefined();
		expect(attr(boxes[1]!, 'aria-label')).toBe('Key points');
	});

	it('gives every id once: retired anchors at the row, none in the other language', () => {
		const ids = selectAll('[id]', view('zh')).map(idOf);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		// The retired anchor is a child of the row that took the paragraph's id.
		expect(childElements(select('#p-a', view('zh'))!).map(idOf)).toContain('p-old');
	});

	it('refuses two pages that do not pair up, naming the first difference', () => {
		const en = EN.replace('p-b', 'p-x');
		expect(() => alignColumns({ zh: ZH, en }, 'zh')).toThrow(
			/at position 4, "p-b" in Chinese, "p-x" in English/,
		);
	});
});
