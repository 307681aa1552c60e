/**
 * The head of every built page: the charset within the first 1024 bytes, then the one Content
 * Security Policy; one `<title>` and meta description, both plain text.
 */
import { join } from 'node:path';
import { parse } from 'parse5';
import { attrOf, elementsOf, HTML, textOf } from '../support/parse5.ts';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../support/dist.ts';
import { ROOT } from '../support/fixture.ts';

describe('the built site: policy first, text where text belongs', () => {
	const pages = htmlPages(join(ROOT, 'dist'));

	it.each(pages.map((p) => [p.url, p] as const))(
		'%s declares its charset within 1024 bytes, then its one CSP',
		(_url, page) => {
			const charset = /<meta charset="utf-8"\/?>/i.exec(page.html);
			expect(charset, 'no <meta charset>').not.toBeNull();
			expect(
				Buffer.byteLength(page.html.slice(0, charset!.index + charset![0].length)),
			).toBeLessThanOrEqual(1024);
			const after = page.html.slice(charset!.index + charset![0].length);
			expect(after).toMatch(
				/^<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/,
			);
			const doc = parse(page.html);
			const csp = [...elementsOf(doc)].filter(
				(el) =>
					el.tagName === 'meta' &&
					attrOf(el, 'http-equiv')?.toLowerCase() === 'content-security-policy',
			);
			expect(csp).toHaveLength(1);
			expect(attrOf(csp[0]!, 'content')).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		},
	);

	it.each(
		pages.filter((p) => !/http-equiv="refresh"/.test(p.html)).map((p) => [p.url, p] as const),
	)('%s has one <title> and a meta description, both plain text', (_url, page) => {
		const els = [...elementsOf(parse(page.html))];
		// SVG diagrams have <title>s of their own; the page's is the one in the HTML namespace.
		const titles = els.filter((el) => el.tagName === 'title' && el.namespaceURI === HTML);
		expect(titles).toHaveLength(1);
		expect(titles[0]!.childNodes.every((n) => n.nodeName === '#text')).toBe(true);
		expect(textOf(titles[0]!).trim().length).toBeGreaterThan(0);
		const descriptions = els.filter(
			(el) => el.tagName === 'meta' && attrOf(el, 'name') === 'description',
		);
		expect(descriptions.length).toBeLessThanOrEqual(1);
		for (const d of descriptions) expect(attrOf(d, 'content')).not.toMatch(/[<>]/);
	});
});
