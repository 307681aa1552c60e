/**
 * The one HTML reader (src/lib/html/hast.ts) and the test helpers built on it
 * (test/support/html.ts): what the dist tests count as an id, a link, a redirect or a page's own
 * `<title>` is what a browser's parser makes of the markup, not what a pattern finds in it.
 */
import { describe, expect, it } from 'vitest';
import {
	attr,
	childElements,
	innerHtml,
	isRedirect,
	parseFragment,
	parseHtml,
	refreshTarget,
	serialize,
} from '../../../src/lib/html/hast.ts';
import { idsIn, linksIn, pageElements, rawText, select, textOf } from '../../support/html.ts';

const page = (body: string, head = '') =>
	parseHtml(
		`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`,
	);

describe('attributes', () => {
	const el = select('meta[content]', page('', '<meta http-equiv="Refresh" content="0;url=/en/">'))!;
	it.each([
		['by HTML name', 'http-equiv', 'Refresh'],
		['by hast property', 'httpEquiv', 'Refresh'],
		['missing', 'name', undefined],
	])('%s', (_what, name, expected) => expect(attr(el, name)).toBe(expected));

	it('joins class lists and reads a present boolean attribute as ""', () => {
		const p = select('p', page('<p class="a  b" hidden>x</p>'))!;
		expect(attr(p, 'class')).toBe('a b');
		expect(attr(p, 'hidden')).toBe('');
	});
});

describe('ids and links', () => {
	const tree = page(
		[
			'<h2 id="one">One</h2>',
			'<p data-id="not-an-id">text id="in-text" <code>&lt;a href="/in-code/"&gt;</code></p>',
			'<a href="/a/?x=1&amp;y=2#one">a</a><img src="/i.png" alt="">',
			'<template><p id="in-template"><a href="/t/">t</a></p></template>',
			'<script>const s = \'<a href="/in-script/">\';</script>',
		].join(''),
		'<link rel="stylesheet" href="/s.css"><script src="/m.js"></script>',
	);

	it('counts only real id attributes, template contents included', () => {
		expect([...idsIn(tree)].sort()).toEqual(['in-template', 'one']);
	});

	it('finds links of a, link, script and img, entities decoded, never text that looks like one', () => {
		expect(linksIn(tree).sort()).toEqual(['/a/?x=1&y=2#one', '/i.png', '/m.js', '/s.css', '/t/']);
	});
});

describe('redirect pages', () => {
	it('reads the target of a meta refresh as Astro writes it', () => {
		const tree = page('', '<meta http-equiv="refresh" content="0;url=/en/new/">');
		expect(isRedirect(tree)).toBe(true);
		expect(refreshTarget(tree)).toBe('/en/new/');
	});

	it('finds none on an ordinary page, even one that mentions a meta refresh in its text', () => {
		const tree = page('<p>&lt;meta http-equiv="refresh" content="0;url=/x/"&gt;</p>');
		expect(isRedirect(tree)).toBe(false);
		expect(refreshTarget(tree)).toBeUndefined();
	});
});

describe('text and SVG', () => {
	const tree = page(
		'<p>甲<b>乙</b></p><script>var x</script><svg><title>drawing</title></svg><p>丙</p>',
		'<title>The page</title>',
	);

	it('gives the text a reader sees, blocks apart, scripts left out', () => {
		expect(textOf(select('body', tree)!)).toBe('甲 乙 drawing 丙');
		expect(rawText(select('p', tree)!)).toBe('甲乙');
	});

	it("tells the page's own <title> from an SVG's", () => {
		expect(pageElements('title', tree).map(rawText)).toEqual(['The page']);
	});
});

describe('fragments', () => {
	it('parses and writes back a fragment without adding a document around it', () => {
		const root = parseFragment('<p id="a">x &amp; <em>y</em></p><ul><li>1</li></ul>');
		expect(childElements(root).map((el) => el.tagName)).toEqual(['p', 'ul']);
		expect(serialize(root)).toBe('<p id="a">x &#x26; <em>y</em></p><ul><li>1</li></ul>');
		expect(innerHtml(childElements(root)[0]!)).toBe('x &#x26; <em>y</em>');
	});
});
