import { describe, expect, it } from 'vitest';
import {
	diagramKey,
	parseOutline,
	prefixIds,
	prepareSvg,
	sanitizeSvg,
	stripRuntimeData,
	svgId,
} from '../../src/lib/diagrams.ts';

const base = {
	source: 'flowchart TD\n a-->b',
	mermaidVersion: '12.3.0',
	theme: 'light' as const,
	id: 'dg-x-zh-light',
};

describe('diagram cache keys', () => {
	it('is stable for the same input', () => {
		expect(diagramKey(base)).toBe(diagramKey({ ...base }));
		expect(diagramKey(base)).toMatch(/^[0-9a-f]{20}$/);
	});

	it.each([
		['source', { source: 'flowchart TD\n a-->c' }],
		['Mermaid version', { mermaidVersion: '12.3.1' }],
		['theme (and so the settings)', { theme: 'dark' as const }],
		['variant id', { id: 'dg-x-en-light' }],
	])('changes with the %s', (_what, change) => {
		expect(diagramKey({ ...base, ...change })).not.toBe(diagramKey(base));
	});

	it('ignores surrounding whitespace of the source', () => {
		expect(diagramKey({ ...base, source: `\n${base.source}\n\n` })).toBe(diagramKey(base));
	});
});

describe('svg ids', () => {
	it('are unique per diagram, language and theme', () => {
		const ids = ['a', 'b'].flatMap((d) =>
			(['zh', 'en'] as const).flatMap((l) =>
				(['light', 'dark'] as const).map((t) => svgId(d, l, t)),
			),
		);
		expect(new Set(ids).size).toBe(8);
		expect(svgId('tongling-structure', 'zh', 'dark')).toBe('dg-tongling-structure-zh-dark');
	});
});

describe('sanitizeSvg', () => {
	it('strips scripts, handlers, foreignObject and external references from a hostile label', () => {
		const hostile =
			'<svg id="dg-x"><style>@import url(https://evil.example/x.css);.a{fill:url(https://evil.example/p)}</style>' +
			'<script>alert(1)</script><script src="https://evil.example/x.js"/>' +
			'<g onclick="alert(2)" onmouseover=\'alert(3)\'><text>label</text></g>' +
			'<foreignObject><div><img src=x onerror=alert(4)></div></foreignObject>' +
			'<a href="javascript:alert(5)"><text>x</text></a><use xlink:href="https://evil.example/s.svg#i"/>' +
			'<use href="#dg-x-marker"/></svg>';
		const clean = sanitizeSvg(hostile);
		expect(clean).not.toMatch(
			/<script|onclick|onmouseover|onerror|foreignObject|evil\.example|javascript:|@import/i,
		);
		expect(clean).toContain('<text>label</text>');
		expect(clean).toContain('href="#dg-x-marker"');
	});
});

describe('prepareSvg', () => {
	it('adds role, title and description, escaping them', () => {
		const out = prepareSvg(
			'<svg id="dg-a" role="graphics-document document" style="max-width: 10px;" viewBox="0 0 10 10"><g/></svg>',
			{
				titleId: 't',
				descId: 'd',
				title: 'A <b>',
				desc: 'x & y',
			},
		);
		expect(out).toMatchInlineSnapshot(
			`"<svg id="dg-a" viewBox="0 0 10 10" role="img" aria-labelledby="t d"><title id="t">A &lt;b&gt;</title><desc id="d">x &amp; y</desc><g/></svg>"`,
		);
	});
});

describe('parseOutline', () => {
	it('turns a nested list into a tree', () => {
		expect(
			parseOutline('- 区政府\n  - 社区党工委\n    - 居委会\n    - 公共服务中心\n- 网格\n'),
		).toEqual([
			{
				text: '区政府',
				children: [
					{
						text: '社区党工委',
						children: [
							{ text: '居委会', children: [] },
							{ text: '公共服务中心', children: [] },
						],
					},
				],
			},
			{ text: '网格', children: [] },
		]);
	});
	it('ignores lines that are not list items', () => {
		expect(parseOutline('intro\n- a\n\n- b')).toEqual([
			{ text: 'a', children: [] },
			{ text: 'b', children: [] },
		]);
	});
});

describe('prefixIds', () => {
	it('prefixes ids the renderer left bare, and their references, leaving prefixed ones alone', () => {
		const svg =
			'<svg id="dg-t-zh-light"><style>#dg-t-zh-light .x{}#undefined-arrowhead{fill:red}</style>' +
			'<marker id="undefined-arrowhead"/><path marker-end="url(#undefined-arrowhead)"/>' +
			'<g id="dg-t-zh-light-node1"/><use href="#undefined-arrowhead"/></svg>';
		expect(prefixIds(svg, 'dg-t-zh-light')).toBe(
			'<svg id="dg-t-zh-light"><style>#dg-t-zh-light .x{}#dg-t-zh-light-undefined-arrowhead{fill:red}</style>' +
				'<marker id="dg-t-zh-light-undefined-arrowhead"/><path marker-end="url(#dg-t-zh-light-undefined-arrowhead)"/>' +
				'<g id="dg-t-zh-light-node1"/><use href="#dg-t-zh-light-undefined-arrowhead"/></svg>',
		);
	});
	it('drops Mermaid runtime data', () => {
		expect(stripRuntimeData('<path data-points="AAAA" d="M0"/>')).toBe('<path d="M0"/>');
	});
});
