import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { mergeSourceRefs } from '../../../config/markdown/source-refs.ts';
import {
	compactLabels,
	mergeSourceIds,
	pageOfPath,
	shownSections,
	splitLabel,
	type SectionTarget,
} from '../../../src/lib/markdown/source-refs.ts';

const SECTIONS: SectionTarget[] = [
	{ id: 'involution', page: 'paper/involution' },
	{ id: 'stage-1', page: 'paper/involution', anchor: 'stage-1', parent: 'involution' },
	{ id: 'stage-1-early', page: 'paper/involution', anchor: 'early-models', parent: 'stage-1' },
	{ id: 'tongling', page: 'cases/tongling', parent: 'reform-paths' },
	{ id: 'tongling-grid', page: 'cases/tongling', anchor: 'grid', parent: 'tongling' },
	{ id: 'english-front', page: 'paper', anchor: 'abstract' },
	{ id: 'abstract', page: 'paper', anchor: 'abstract' },
];
const pick = (...ids: string[]) => ids.map((id) => SECTIONS.find((s) => s.id === id)!);
const shown = (ids: string[], page: string, near?: string) =>
	shownSections(pick(...ids), page, near, SECTIONS).map((s) => s.id);

describe('which sections a chip shows', () => {
	it.each([
		// The heading just above is the section: the chip would only repeat it.
		[['stage-1'], 'paper/involution', 'stage-1', []],
		// Another heading of the same page is a real cross-reference.
		[['stage-1'], 'paper/involution', 'stage-2', ['stage-1']],
		// A section that is the whole current page points at the page itself.
		[['involution'], 'paper/involution', undefined, []],
		// On another page nothing is dropped.
		[['stage-1'], 'compare', undefined, ['stage-1']],
		// A section is left out when one of its parts (at any depth) is cited too.
		[['involution', 'stage-1-early'], 'compare', undefined, ['stage-1-early']],
		[['tongling', 'tongling-grid'], 'compare', undefined, ['tongling-grid']],
		// Two sections with the same link target show once.
		[['english-front', 'abstract'], 'compare', undefined, ['english-front']],
	] as const)('%j on %s under #%s → %j', (ids, page, near, expected) => {
		expect(shown([...ids], page, near)).toEqual(expected);
	});

	it('merges repeated ids in order of first appearance', () => {
		expect(mergeSourceIds(['a b', 'b  c', 'a'])).toEqual(['a', 'b', 'c']);
	});

	it.each([
		['/zh/paper/involution/', '/', 'paper/involution'],
		['/guide/en/cases/nanjing/', '/guide/', 'cases/nanjing'],
		['/en/', '/', ''],
	])('the page of %s (base %s) is "%s"', (path, base, page) => {
		expect(pageOfPath(path, base)).toBe(page);
	});
});

describe('chip labels', () => {
	it.each([
		['三·铜陵·推广', '三·铜陵', '推广'],
		['§3, Tongling: cities that followed', '§3, Tongling', 'cities that followed'],
		['§1, policy context', '§1', 'policy context'],
		['1. Stating the problem', '', '1. Stating the problem'],
	])('%s splits into "%s" and "%s"', (label, head, tail) => {
		expect(splitLabel(label)).toEqual({ head, tail });
	});

	it('writes a run of sibling labels under one head', () => {
		expect(compactLabels(['三·铜陵·推广', '三·铜陵·网格化管理', '四·共同目的'])).toEqual([
			'三·铜陵·推广',
			'网格化管理',
			'四·共同目的',
		]);
		expect(
			compactLabels(['§3, Qingshan: overall approach', '§3, Qingshan: (2) street level']),
		).toEqual(['§3, Qingshan: overall approach', '(2) street level']);
	});
});

describe('the MDX step that merges the chips of a block', () => {
	const compile = async (source: string) =>
		(
			await mdxToJs(source, {
				hastPlugins: [mergeSourceRefs()],
				features: { headingAttributes: true, gfm: true },
			})
		).code;

	it('keeps one Src per paragraph, list item and cell, with every id once and the heading above', async () => {
		const code = await compile(
			[
				'## One { #one }',
				'',
				'Text <Src id="a b" /> more <Src id="b c" />.',
				'',
				'- item <Src id="x" /> and <Src id="x y" />',
				'  - nested <Src id="n" />',
				'',
				'| h |',
				'| - |',
				'| cell <Src id="t" /> <Src id="u" /> |',
			].join('\n'),
		);
		const srcs = [...code.matchAll(/_jsx\(Src, \{\s*id: "([^"]*)",\s*near: "([^"]*)"/g)].map(
			(m) => `${m[1]}@${m[2]}`,
		);
		expect(srcs).toEqual(['a b c@one', 'x y@one', 'n@one', 't u@one']);
	});

	it('leaves no space before the punctuation where a reference was removed', async () => {
		const code = await compile('中文 <Src id="a" />。后文<Src id="b" />');
		expect(code).toContain('"中文"');
		expect(code).not.toContain('"中文 "');
	});

	it('leaves no space before a chip that ends its paragraph (the ¶ link would wrap alone)', async () => {
		const code = await compile('The authors borrow it. <Src id="a" />\n\nMid <Src id="b" /> text.');
		expect(code).toContain('"The authors borrow it."');
		expect(code).not.toContain('"The authors borrow it. "');
		// A chip inside a sentence keeps the space before it.
		expect(code).toContain('"Mid "');
	});
});
