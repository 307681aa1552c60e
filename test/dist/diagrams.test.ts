/**
 * Diagrams as built: static inline SVG on their pages in both languages, accessible, with unique
 * ids, and no Mermaid runtime anywhere in what readers download.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/fixture.ts';
import { htmlPages } from '../support/dist.ts';

const DIST = join(ROOT, 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const cases = JSON.parse(read('data/cases.json')) as { cases: { id: string }[] };
const caseData = (id: string) => readFileSync(join(ROOT, 'content/cases', `${id}.yaml`), 'utf8');
const diagramsOf = (id: string) => ((parse(caseData(id)) as { diagrams?: string[] }).diagrams ?? []);

const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

describe('diagrams in dist/', () => {
	it('the four cases with a drawn structure list their diagrams', () => {
		for (const id of ['tongling', 'nanjing', 'qingshan', 'shanghai']) expect(diagramsOf(id).length, id).toBeGreaterThan(0);
	});

	describe.each(['zh', 'en'])('%s', (locale) => {
		it.each(cases.cases.map((c) => c.id).filter((id) => diagramsOf(id).length > 0))('case %s carries each diagram once, one SVG for both themes, with role, title and desc', (id) => {
			const html = read(`${locale}/cases/${id}/index.html`);
			for (const d of diagramsOf(id)) {
				const svgId = `dg-${d}-${locale}`;
				const svgs = html.match(new RegExp(`<svg[^>]*id="${svgId}(?:-(?:light|dark))?"[^>]*>`, 'g')) ?? [];
				expect(svgs, `${id}: ${svgId}`).toHaveLength(1);
				expect(svgs[0]).toContain('role="img"');
				expect(svgs[0]).toContain(`aria-labelledby="${svgId}-title ${svgId}-desc"`);
				expect(html).toMatch(new RegExp(`<title id="${svgId}-title">[^<]+</title><desc id="${svgId}-desc">[^<]+</desc>`));
				expect(html).toContain(`id="diagram-${d}"`);
				expect(html).toMatch(/<details class="diagram__text[^"]*"[^>]*><summary/);
			}
		});
	});

	it('every id on every page is unique (no marker or style of one diagram hits another)', () => {
		for (const page of htmlPages(DIST)) {
			const ids = [...page.html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
			const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
			expect(dupes, page.url).toEqual([]);
		}
	});

	it('ships no Mermaid runtime in any script', () => {
		const scripts = files(DIST).filter((f) => /\.(m?js)$/.test(f));
		expect(scripts.length).toBeGreaterThan(0);
		for (const f of scripts) expect(readFileSync(f, 'utf8'), f).not.toMatch(/mermaid/i);
		for (const page of htmlPages(DIST)) expect(page.html, page.url).not.toMatch(/<script[^>]*>[^<]*mermaid/i);
	});

	it('inlined SVG carries no script, style element, event handler, foreignObject or external reference', () => {
		const pages = htmlPages(DIST).filter((p) => p.html.includes('<svg id="dg-'));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const svgs = page.html.match(/<svg id="dg-[\s\S]*?<\/svg>/g) ?? [];
			for (const svg of svgs) {
				expect(svg, page.url).not.toMatch(/<script|<style|\son[a-z]+=|<foreignObject|href=|url\((?!#)/i);
			}
		}
	});
});
