import { describe, expect, it } from 'vitest';
import { backlinks, conceptUses } from '../../../src/lib/markdown/backlinks.ts';

describe('conceptUses', () => {
	it('names the paragraph a term stands in, with the heading above it', () => {
		const source =
			'## Grid { #grid }\n\n<Para id="p-a" />The <Term id="grid-management" /> model.\n';
		expect(conceptUses(source)).toEqual([
			{ concept: 'grid-management', anchor: 'p-a', heading: 'Grid' },
		]);
	});

	it('reads page links and markdown links to concept pages, and ignores other links', () => {
		const source = [
			'## Two { #two }',
			'',
			'<Para id="p-b" />See <PageLink page="concepts/involution" /> and [the state](../concepts/state-capacity/#definition) but not [a case](../cases/tongling/).',
		].join('\n');
		expect(conceptUses(source).map((u) => u.concept)).toEqual(['involution', 'state-capacity']);
	});

	it('counts a concept once per paragraph, and again in the next paragraph', () => {
		const source = [
			'<Para id="p-1" /><Term id="involution" /> and <Term id="involution" /> again.',
			'',
			'<Para id="p-2" /><Term id="involution" /> once more.',
		].join('\n');
		expect(conceptUses(source).map((u) => u.anchor)).toEqual(['p-1', 'p-2']);
	});

	it('falls back to the heading id outside a paragraph with an id (a table cell)', () => {
		const source = '## Models\n\n| a |\n| - |\n| <Term id="involution" /> |\n';
		expect(conceptUses(source)).toEqual([
			{ concept: 'involution', anchor: 'models', heading: 'Models' },
		]);
	});

	it('takes a list item’s id from the marker in its first paragraph', () => {
		const source = '- <Para id="p-li" />The <Term id="involution" />.\n';
		expect(conceptUses(source)[0]?.anchor).toBe('p-li');
	});
});

describe('backlinks', () => {
	const page = (route: string, body: string) => ({ route, title: route, body });
	it('lists the pages that use a concept in reading order, numbering uses under one heading', () => {
		const pages = [
			page('cases/b', '<Para id="p-x" />The <Term id="involution" />.'),
			page(
				'paper',
				'## A\n\n<Para id="p-1" />The <Term id="involution" />.\n\n<Para id="p-2" />The <Term id="involution" />.',
			),
			page('cases/c', '<Para id="p-y" />The <Term id="grid-management" />.'),
		];
		expect(backlinks('involution', pages, ['paper', 'cases/b'])).toEqual([
			{
				route: 'paper',
				title: 'paper',
				uses: [
					{ anchor: 'p-1', heading: 'A', n: 1 },
					{ anchor: 'p-2', heading: 'A', n: 2 },
				],
			},
			{ route: 'cases/b', title: 'cases/b', uses: [{ anchor: 'p-x', heading: '', n: 1 }] },
		]);
	});
});
