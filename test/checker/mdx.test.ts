/**
 * Reading MDX as the build reads it (checker/mdx.ts, Sätteri with the build's features).
 */
import { describe, expect, it } from 'vitest';
import { literal, parsePage, type AttrValue } from '../../checker/mdx.ts';

const page = (source: string) => {
	const r = parsePage(source);
	if (!r.ok) throw new Error(r.message);
	return r.page;
};

describe('parsePage', () => {
	it('reads ATX and setext headings, explicit ids and the slug the build gives the rest', () => {
		const p = page('## One { #first }\n\nTwo { #second }\n---\n\n#### Four and more\n');
		expect(p.headings.map((h) => [h.depth, h.explicitId, h.id, h.line])).toEqual([
			[2, 'first', 'first', 1],
			[2, 'second', 'second', 3],
			[4, undefined, 'four-and-more', 6],
		]);
	});

	it('reads a component written over several lines at the line it starts', () => {
		const p = page('Text.\n\n<Src\n  id="a b"\n  flag\n/>\n');
		expect(p.components).toEqual([
			{
				name: 'Src',
				line: 3,
				attrs: { id: { kind: 'string', value: 'a b' }, flag: { kind: 'boolean' } },
				spreads: [],
			},
		]);
	});

	it('tells components from HTML elements, and reads imports', () => {
		const p = page('import { Src, Term as T } from \'~/components\';\n\n<div id="x">a</div>\n');
		expect(p.elements.map((e) => e.name)).toEqual(['div']);
		expect([...p.imports]).toEqual(['Src', 'T']);
	});

	it('reads markdown links and images with their lines, not code', () => {
		const p = page('[a](../b/#c)\n\n`[no](link)`\n\n![i](https://x.example/i.png)\n');
		expect(p.links).toEqual([
			{ kind: 'link', url: '../b/#c', line: 1 },
			{ kind: 'image', url: 'https://x.example/i.png', line: 5 },
		]);
	});

	it('gives the frontmatter source and the line it starts on', () => {
		expect(page('---\ntitle: T\n---\n\nText\n').frontmatter).toEqual({
			source: 'title: T',
			firstLine: 2,
		});
	});

	it('turns a syntax error into a line and a message', () => {
		expect(parsePage('Text\n\n<Src id="x">\n')).toEqual({
			ok: false,
			line: 3,
			message: 'Expected a closing tag for `<Src>`',
		});
	});
});

describe('literal', () => {
	const expr = (source: string): AttrValue => ({ kind: 'expression', source });
	it.each([
		['a string attribute', { kind: 'string', value: 'x' } as AttrValue, 'x'],
		['a double-quoted expression', expr('"x"'), 'x'],
		['a single-quoted expression', expr("'x'"), 'x'],
		['a template without substitutions', expr('`x`'), 'x'],
		['a template with a substitution', expr('`${y}`'), undefined],
		['a variable', expr('y'), undefined],
		['a bare attribute', { kind: 'boolean' } as AttrValue, undefined],
		['no attribute', undefined, undefined],
	])('%s', (_name, attr, expected) => {
		expect(literal(attr)).toBe(expected);
	});
});
