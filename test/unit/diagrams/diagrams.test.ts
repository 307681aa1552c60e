import { describe, expect, it } from 'vitest';
import {
	diagramKey,
	mermaidConfig,
	parseOutline,
	svgId,
	variant,
} from '../../../src/lib/diagrams/cache.ts';
import { selectAll } from 'hast-util-select';
import { parseFragment } from '../../../src/lib/html/hast.ts';
import { MERMAID_REFUSED } from '../../../src/lib/content/schema.ts';
import {
	diagramSvg,
	drawnText,
	lostText,
	safeStyle,
	svgProblems,
} from '../../../src/lib/diagrams/svg.ts';
import { prepareSvg, sanitizeSvg } from '../../../scripts/lib/prepare-svg.ts';

const base = {
	source: 'flowchart TD\n a-->b',
	mermaidVersion: '12.3.0',
	id: 'dg-x-zh',
};

describe('diagram cache keys', () => {
	it('is stable for the same input', () => {
		expect(diagramKey(base)).toBe(diagramKey({ ...base }));
		expect(diagramKey(base)).toMatch(/^[0-9a-f]{20}$/);
	});

	it.each([
		['source', { source: 'flowchart TD\n a-->c' }],
		['Mermaid version', { mermaidVersion: '12.3.1' }],
		['SVG id (Mermaid writes it into every inner id)', { id: 'dg-x-en' }],
	])('changes with the %s', (_what, change) => {
		expect(diagramKey({ ...base, ...change })).not.toBe(diagramKey(base));
	});

	it('ignores surrounding whitespace of the source', () => {
		expect(diagramKey({ ...base, source: `\n${base.source}\n\n` })).toBe(diagramKey(base));
	});

	it('one rendering per diagram and language: the settings carry no theme colours', () => {
		const settings = JSON.stringify(mermaidConfig());
		expect(settings).not.toMatch(/#[0-9a-f]{3,6}\b/i);
		expect(variant('a', 'zh', base.source).file).not.toBe(variant('a', 'en', base.source).file);
		expect(variant('a', 'zh', base.source)).toEqual(variant('a', 'zh', `${base.source}\n`));
	});
});

describe('svg ids', () => {
	it('are unique per diagram and language', () => {
		const ids = ['a', 'b'].flatMap((d) => (['zh', 'en'] as const).map((l) => svgId(d, l)));
		expect(new Set(ids).size).toBe(4);
		expect(svgId('tongling-structure', 'zh')).toBe('dg-tongling-structure-zh');
	});
});

/** A small Mermaid-like SVG with one payload inside it. */
const tampered = (payload: string) =>
	`<svg id="dg-x" viewBox="0 0 100 50"><g class="node"><rect width="10" height="10"></rect><text>label</text></g>${payload}</svg>`;

/**
 * The eight tricks that got through the old regular-expression sanitiser (reliability review,
 * "Tampered SVG"). Each must come out with no script, handler, external reference or markup that
 * leaves the SVG, and the label must survive.
 */
const BYPASSES: [string, string][] = [
	['a script split by a nested script', '<scr<script></script>ipt>alert(1)</script>'],
	['an event handler with no space before it', '<g/onclick=alert(2)><rect></rect></g>'],
	[
		'entity-encoded javascript: and unquoted external hrefs',
		'<a href=&#106;avascript:alert(3)><text>x</text></a><a href=https://evil.example/a><text>y</text></a><use href=//evil.example/s.svg#i />',
	],
	[
		'a foreignObject split by a nested one, with an iframe inside',
		'<foreignObj<foreignObject></foreignObject>ect><iframe src=https://evil.example/f></iframe></foreignObj<foreignObject></foreignObject>ect>',
	],
	[
		'CSS image-set() in a style element and a style attribute',
		`<style>.node{background:image-set("https://evil.example/i.png" 1x)}</style><rect style="fill:image-set('https://evil.example/p.png' 1x);stroke-width:2"></rect>`,
	],
	['an HTML img that breaks out of the SVG', '</svg><img src="https://evil.example/p.png">'],
	['a meta refresh', '<meta http-equiv="refresh" content="3;url=https://evil.example/phish">'],
	['a comment that once suppressed the CSP meta', '<!-- http-equiv="content-security-policy" -->'],
];

describe('sanitizeSvg (DOMPurify on jsdom, when the renderer stores a diagram)', () => {
	it.each(BYPASSES)('%s comes out clean', (_name, payload) => {
		const clean = sanitizeSvg(tampered(payload));
		expect(clean).toMatch(/^<svg id="dg-x"[^>]*>[\s\S]*<\/svg>$/);
		expect(clean.match(/<svg\b/g)).toHaveLength(1);
		expect(clean).toContain('<text>label</text>');
		expect(clean).not.toMatch(/<(script|style|foreignObject|iframe|img|meta|a|use)\b/i);
		expect(clean).not.toMatch(/\son\w+\s*=|javascript:|evil\.example|image-set|<!--|http-equiv/i);
		// Not even as stray text: what a removed tag leaves outside a text element goes too.
		expect(clean).not.toMatch(/alert|ipt&gt;|ect&gt;/);
	});

	it('keeps what Mermaid needs: markers, local url() references, classDef styles', () => {
		const svg =
			'<svg id="dg-x" viewBox="0 0 10 10" role="graphics-document document"><marker id="dg-x_end" refX="5" refY="5" markerWidth="8" markerHeight="8" orient="auto"><path d="M0 0L10 5z" class="arrowMarkerPath"></path></marker>' +
			'<path class="flowchart-link" marker-end="url(#dg-x_end)" style="stroke-dasharray:5 5 !important" d="M0 0L9 9"></path>' +
			'<text text-anchor="middle" dominant-baseline="middle"><tspan dy="1em" font-weight="normal">标签</tspan></text></svg>';
		expect(sanitizeSvg(svg)).toBe(svg);
	});

	it('keeps only harmless declarations of a style attribute', () => {
		expect(safeStyle('stroke-width: 1; stroke-dasharray: 1, 0;')).toBe(
			'stroke-width:1;stroke-dasharray:1, 0',
		);
		expect(safeStyle('fill:url(https://e.example/x);background:red;stroke:#999')).toBe(
			'stroke:#999',
		);
		expect(safeStyle('fill:\\75rl(x);opacity:0.5')).toBe('opacity:0.5');
	});

	it('drops url() references that leave the document', () => {
		const out = sanitizeSvg(
			'<svg id="d"><path marker-end="url(https://evil.example/m.svg#a)" fill="url(//evil.example/p)" d="M0 0"></path></svg>',
		);
		expect(out).toBe('<svg id="d"><path d="M0 0"></path></svg>');
	});
});

describe('svgProblems (the build checks every cached file)', () => {
	it.each(BYPASSES)('%s is refused', (_name, payload) => {
		expect(svgProblems(tampered(payload))).not.toEqual([]);
	});

	it.each([
		['a script', '<script>alert(1)</script>', 'element <script> is not allowed'],
		['an event handler', '<g onclick="alert(1)"></g>', '<g> attribute onclick is not allowed'],
		['an external url()', '<path fill="url(https://e.example/p)"></path>', 'may load something'],
		['a style that loads', '<rect style="fill:url(x);opacity:1"></rect>', 'not allowed'],
		['stray text', 'ipt&gt;alert(1)', 'outside a text element'],
		['a comment', '<!-- x -->', 'a comment'],
	])('names %s', (_name, payload, message) => {
		expect(svgProblems(tampered(payload)).join('\n')).toContain(message);
	});

	it('refuses anything but one <svg>', () => {
		expect(svgProblems('<p>not a diagram</p>')).toEqual([
			'the file must hold exactly one <svg> element and nothing else',
			'element <p> is not allowed',
		]);
		expect(svgProblems(`${tampered('')}<img src="x">`)).toEqual([
			'the file must hold exactly one <svg> element and nothing else',
			'element <img> is not allowed',
		]);
	});

	it('keeps markup inside a CDATA section as text: no element, no handler reaches the page', () => {
		const cached = tampered('<text><![CDATA[</text><img src=x onerror=alert(1)>]]></text>');
		const { svg } = diagramSvg(cached, { id: 'dg-x', title: 't', desc: 'd' });
		const page = parseFragment(svg);
		expect(selectAll('img, script, [onerror]', page)).toEqual([]);
		expect(selectAll('svg', page)).toHaveLength(1);
		expect(drawnText(svg)).toContain('<img');
	});

	it('accepts what the renderer stores', () => {
		const prepared = prepareSvg(tampered('<script>alert(1)</script>'), 'dg-x');
		expect(svgProblems(prepared)).toEqual([]);
	});
});

describe('prepareSvg (what the cache stores)', () => {
	const rendered =
		'<svg id="dg-t-zh" width="100%" style="max-width: 300px;" viewBox="0 0 300.123456 120" role="graphics-document document" aria-roledescription="timeline"><style>#dg-t-zh{fill:#000}</style>' +
		'<marker id="undefined-arrowhead"><path d="M0 0"></path></marker><marker id="unused"><path d="M0 0"></path></marker>' +
		'<line x1="0.123456" marker-end="url(#undefined-arrowhead)"></line><path id="undefined-node-0" class="node" d="M 0.04 0 L 10.1234 5"></path></svg>';

	it('sanitises, prefixes ids, drops unused markers, Mermaid styles, size and roles, rounds to 0.1 px', () => {
		expect(prepareSvg(rendered, 'dg-t-zh')).toMatchInlineSnapshot(`
			"<svg id="dg-t-zh" viewBox="0 0 300.1 120"><marker id="dg-t-zh-undefined-arrowhead"><path d="M0 0"/></marker><line x1=".1" marker-end="url(#dg-t-zh-undefined-arrowhead)"/><path d="m0 0 10.1 5" class="node"/></svg>
			"
		`);
	});
});

describe('diagramSvg (a cached diagram on the page)', () => {
	const cached =
		'<svg id="dg-t-zh" viewBox="0 0 300 120"><line marker-end="url(#dg-t-zh-a)"/></svg>\n';

	it('adds id, role, title and description (as text)', () => {
		const { svg, width, height } = diagramSvg(cached, {
			id: 'dg-t-zh',
			title: 'A <b>',
			desc: 'x & y',
		});
		expect([width, height]).toEqual([300, 120]);
		expect(svg).toMatchInlineSnapshot(
			`"<svg id="dg-t-zh" viewBox="0 0 300 120" role="img" aria-labelledby="dg-t-zh-title dg-t-zh-desc"><title id="dg-t-zh-title">A &lt;b></title><desc id="dg-t-zh-desc">x &amp; y</desc><line marker-end="url(#dg-t-zh-a)"/></svg>"`,
		);
	});

	it("reads the root's attributes from the parsed tree: a > in a value never ends the tag", () => {
		const hostile =
			'<svg class="x><p id=svgbreak>moved</p><noscript><meta http-equiv=refresh content=0;url=https://evil.example/svg></noscript><svg data-x=" viewBox="0 0 10 10"><line/></svg>';
		expect(svgProblems(hostile).join('\n')).toMatch(/<svg> class=.* holds markup \(< or >\)/);
		const { svg } = diagramSvg(hostile, { id: 'dg-x', title: 't', desc: 'd' });
		expect(svg).toMatch(
			/^<svg id="dg-x" class="x><p id=svgbreak>moved<\/p><noscript>.*" viewBox="0 0 10 10" role="img"/,
		);
		const tree = parseFragment(svg);
		expect(tree.children).toHaveLength(1);
		expect(selectAll('svg, p, noscript, meta', tree).map((el) => el.tagName)).toEqual(['svg']);
	});

	it('refuses a cache file with no SVG in it', () => {
		expect(() => diagramSvg('<p>not a diagram</p>', { id: 'x', title: 't', desc: 'd' })).toThrow(
			/diagram x: the cached file holds no <svg> element/,
		);
	});
});

describe('what a diagram source may hold (the schema refuses the rest)', () => {
	const refused = (source: string) =>
		MERMAID_REFUSED.filter(({ pattern }) => pattern.test(source)).map(({ why }) => why);

	it('refuses directives, config blocks, click lines and HTML in labels, saying why', () => {
		expect(
			refused('%%{init: {"flowchart": {"htmlLabels": true}}}%%\nflowchart TD\n a-->b')[0],
		).toMatch(/%%\{…\}%% directive changes the renderer's settings/);
		expect(refused('---\nconfig:\n  htmlLabels: true\n---\nflowchart TD\n a-->b')).toHaveLength(1);
		expect(refused('flowchart TD\n a-->b\n click a "javascript:alert(1)"')).toHaveLength(1);
		expect(refused(`flowchart TD\n a["<img src='http://127.0.0.1:4499/x.png'>"]-->b`)).toHaveLength(
			1,
		);
	});

	it('accepts comments, quoted labels with line breaks, and comparison signs in words', () => {
		expect(
			refused('flowchart TD\n %% a comment\n a["`第一阶段\n即“国家复位”`"]-->b\n c[a < b]'),
		).toEqual([]);
	});
});

describe('lostText (the renderer refuses a drawing that lost labels)', () => {
	const drawn = '<svg><style>.a{}</style><g><text>Stage <tspan>one</tspan></text></g></svg>';
	it('counts drawn text only, whatever the order', () => {
		expect(drawnText(drawn)).toBe('Stageone');
		expect(
			lostText(drawn, '<svg><text><tspan>one</tspan></text><text>Stage</text></svg>'),
		).toBeUndefined();
	});

	it('fails a drawing whose HTML labels the sanitiser removed', () => {
		const html =
			'<svg><g><foreignObject><div><span>Stage one</span></div></foreignObject></g></svg>';
		expect(lostText(html, prepareSvg(html, 'dg-x'))).toMatch(
			/has 0 of the 8 characters of text Mermaid drew \(labels as HTML are removed\)/,
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
