/**
 * The Chromium page `npm run diagrams` renders Mermaid in: a blank document with Mermaid's
 * bundle injected from disk, and every network request refused, so that no label, style or link
 * in a diagram source can make the author's machine fetch a URL (an intranet host, a tracker).
 */
import type { Browser, Page } from 'playwright-core';

/** What Mermaid made of one source: its SVG, or the reason it could not render it. */
export type MermaidResult = { svg: string } | { error: string };

/** A page with Mermaid loaded (from the file `mermaidJs`) that makes no network request. */
export async function mermaidPage(browser: Browser, mermaidJs: string): Promise<Page> {
	const page = await browser.newPage();
	// Before any content: the page needs no network at all (the script is injected from disk).
	await page.route('**', (route) => route.abort());
	await page.setContent(
		'<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
	);
	await page.addScriptTag({ path: mermaidJs });
	return page;
}

/** Renders one Mermaid source in a page that has Mermaid loaded, with `config`. */
export function renderMermaid(
	page: Page,
	source: string,
	id: string,
	config: unknown,
): Promise<MermaidResult> {
	return page.evaluate(
		async ({ source, id, config }) => {
			const m = (
				globalThis as unknown as {
					mermaid: {
						initialize: (c: unknown) => void;
						parse: (s: string) => Promise<unknown>;
						render: (id: string, s: string) => Promise<{ svg: string }>;
					};
				}
			).mermaid;
			m.initialize(config);
			try {
				await m.parse(source);
				return { svg: (await m.render(id, source)).svg };
			} catch (e) {
				return { error: e instanceof Error ? e.message : String(e) };
			}
		},
		{ source, id, config },
	);
}
