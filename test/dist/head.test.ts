/**
 * The head of every built page: the charset within the first 1024 bytes, then the one Content
 * Security Policy; one `<title>` and meta description, both plain text.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentPages, htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';
import { attr, childElements, pageElements, rawText, select } from '../support/html.ts';

/** Whether a `<meta>` is the Content Security Policy. */
const isCsp = (el: { properties: Record<string, unknown> }) =>
	String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy';

describe('the built site: policy first, text where text belongs', () => {
	const pages = htmlPages(join(ROOT, 'dist'));

	it.each(pages.map((p) => [p.url, p] as const))(
		'%s declares its charset within 1024 bytes, then its one CSP',
		(_url, page) => {
			const [first, second] = childElements(select('head', page.tree)!);
			expect(first?.tagName, 'first element of <head>').toBe('meta');
			expect(attr(first!, 'charSet')?.toLowerCase()).toBe('utf-8');
			expect(second && second.tagName === 'meta' && isCsp(second), 'then the CSP').toBe(true);
			expect(attr(second!, 'content')).toMatch(/script-src 'self'/);
			// The browser's encoding prescan reads bytes, not a tree: the declaration must end
			// within the first 1024 of them.
			const end = page.html.toLowerCase().indexOf('>', page.html.toLowerCase().indexOf('charset'));
			expect(Buffer.byteLength(page.html.slice(0, end + 1))).toBeLessThanOrEqual(1024);
			const csp = pageElements('meta', page.tree).filter(isCsp);
			expect(csp).toHaveLength(1);
			expect(attr(csp[0]!, 'content')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		},
	);

	it.each(contentPages(pages).map((p) => [p.url, p] as const))(
		'%s has one <title> and a meta description, both plain text',
		(_url, page) => {
			// SVG diagrams have <title>s of their own; the page's is the one outside them.
			const titles = pageElements('title', page.tree);
			expect(titles).toHaveLength(1);
			expect(titles[0]!.children.every((n) => n.type === 'text')).toBe(true);
			expect(rawText(titles[0]!).trim().length).toBeGreaterThan(0);
			const descriptions = pageElements('meta[name="description"]', page.tree);
			expect(descriptions.length).toBeLessThanOrEqual(1);
			for (const d of descriptions) expect(attr(d, 'content')).not.toMatch(/[<>]/);
		},
	);
});
