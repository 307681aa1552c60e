/**
 * Diagrams as built: every page carries, as static inline SVG, the diagrams its MDX places,
 * accessible and with unique ids; no Mermaid runtime anywhere in what readers download.
 * One test per page, so a failure names the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idList } from '../../checker/context.ts';
import { parsePage } from '../../checker/mdx.ts';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { diagramFigureId } from '../../src/lib/page/ids.ts';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { attr, byId, byTag, findAll, rawText, selectAll, type Element } from '../support/html.ts';

const DIST = join(ROOT, 'dist');
const pages = htmlPages(DIST).filter((p) => /^\/(zh|en)\//.test(p.url));

/** The diagrams an MDX page places (`<Diagram id>`), read as the build reads the page. */
function placedIn(url: string): string[] {
	const [, locale, route] = /^\/(zh|en)\/(.*?)\/?$/.exec(url)!;
	const base = join(ROOT, 'src/content/docs', locale!, route || 'index');
	const file = [`${base}.mdx`, join(base, 'index.mdx')].find((f) => existsSync(f));
	if (!file) return [];
	const parsed = parsePage(readFileSync(file, 'utf8'));
	if (!parsed.ok) throw new Error(`${file}: ${parsed.message}`);
	return parsed.page.components.filter((c) => c.name === 'Diagram').flatMap(idList);
}

const withDiagrams = pages.filter((p) => placedIn(p.url).length > 0);

describe('diagrams in dist/', () => {
	it('the four cases with a drawn structure place a diagram, in both languages', () => {
		const urls = withDiagrams.map((p) => p.url);
		for (const id of ['tongling', 'nanjing', 'qingshan', 'shanghai'])
			for (const l of ['zh', 'en'])
				expect(urls, `/${l}/cases/${id}/`).toContain(`/${l}/cases/${id}/`);
	});

	describe.each(withDiagrams.map((p) => [p.url, p] as const))('%s', (url, page) => {
		const tree = page.tree;
		const locale = url.slice(1, 3);
		it.each(placedIn(url))(
			'carries diagram %s: one SVG for both themes, role, title and description',
			(d) => {
				const figure = byId(tree, diagramFigureId(d));
				expect(figure?.tagName, `#${diagramFigureId(d)}`).toBe('figure');
				expect(byTag(figure!, 'svg').filter((n) => attr(n, 'role') === 'img')).toHaveLength(1);
				{
					const id = `dg-${d}-${locale}`;
					const svg = byId(figure!, id);
					expect(svg?.tagName, id).toBe('svg');
					expect(attr(svg!, 'role')).toBe('img');
					expect(attr(svg!, 'ariaLabelledBy') ?? attr(svg!, 'aria-labelledby')).toBe(
						`${id}-title ${id}-desc`,
					);
					expect(rawText(byId(svg!, `${id}-title`)!).trim()).not.toBe('');
					expect(rawText(byId(svg!, `${id}-desc`)!).trim()).not.toBe('');
				}
				expect(byTag(figure!, 'details')).toHaveLength(1);
			},
		);
	});
});

/** Elements that may run code or fetch something, inside or on an SVG drawing. */
const ACTIVE = new Set(['script', 'style', 'foreignObject', 'iframe', 'object', 'embed']);

/**
 * What makes a drawing unsafe to inline: an active element, an event handler, any link
 * (`href`, `xlink:href`) or a `url()` that points outside the drawing.
 */
function unsafeIn(svg: Element): string[] {
	return findAll({ type: 'root', children: [svg] }, () => true).flatMap((el) => [
		...(ACTIVE.has(el.tagName) ? [`<${el.tagName}>`] : []),
		...Object.entries(el.properties).flatMap(([name, value]) =>
			/^on/i.test(name) || /href$/i.test(name) || /url\((?!#)/i.test(String(value))
				? [`${el.tagName} ${name}="${String(value)}"`]
				: [],
		),
	]);
}

describe.each(pages.map((p) => [p.url, p] as const))('%s', (_url, page) => {
	it('has no id twice (no marker or style of one diagram hits another)', () => {
		const ids = findAll(page.tree, (n) => typeof n.properties.id === 'string').map(
			(n) => n.properties.id as string,
		);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});
	it('inlines no SVG with a script, style element, event handler, foreignObject or external reference', () => {
		const svgs = selectAll('svg[id^="dg-"]', page.tree);
		// Every drawing of a diagram figure is one of those checked: a renamed id prefix fails
		// here instead of leaving nothing to check.
		expect(selectAll('figure.diagram svg[role="img"]', page.tree)).toEqual(svgs);
		for (const svg of svgs) expect(unsafeIn(svg), attr(svg, 'id')).toEqual([]);
	});
});

describe('what readers download', () => {
	const scripts = filesUnder(DIST).filter((f) => /\.(m?js)$/.test(f));
	it('has scripts to check', () => expect(scripts.length).toBeGreaterThan(0));
	it.each(scripts.map((f) => [f.slice(DIST.length), f]))(
		'%s carries no Mermaid runtime',
		(_n, f) => {
			expect(readFileSync(f, 'utf8')).not.toMatch(/mermaid/i);
		},
	);
	it.each(pages.map((p) => [p.url, p] as const))(
		'%s has no inline Mermaid script',
		(_url, page) => {
			const inline = selectAll('script', page.tree).filter((s) => attr(s, 'src') === undefined);
			expect(inline.filter((s) => /mermaid/i.test(rawText(s)))).toEqual([]);
		},
	);
});
