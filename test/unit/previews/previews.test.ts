import { describe, expect, it } from 'vitest';
import { headingLeads } from '../../../src/lib/markdown/leads.ts';
import { buildPreviews, excerpt, type PreviewInputs } from '../../../src/lib/previews/previews.ts';

describe('excerpt', () => {
	it.each([
		// Short text stays whole.
		['One. Two.', 20, 'One. Two.'],
		// Cut after the last sentence that fits.
		['One. Two three. Four five six.', 16, 'One. Two three.'],
		// Chinese sentences end at 。 and keep a closing quote.
		['第一句。“第二句。”第三句很长很长。', 10, '第一句。“第二句。”'],
		// A first sentence too long is cut at a word, with an ellipsis.
		['A very long first sentence indeed.', 20, 'A very long first…'],
		// An abbreviation's full stop inside a word does not end a sentence.
		['The 1.5 level. Next.', 16, 'The 1.5 level.'],
	])('%j in %i characters', (text, max, expected) => {
		expect(excerpt(text, max)).toBe(expected);
	});
});

describe('headingLeads', () => {
	it('reads the first paragraph under each heading, components as their text', () => {
		const source = [
			'---',
			'title: T',
			'---',
			"import { Term } from '~/components';",
			'',
			'<Para id="p-a" />Before any heading. <Src id="x" />',
			'',
			'## The grid { #grid }',
			'',
			'<Para id="p-b" />The <Term id="grid-management" /> and <CaseLink id="tongling" text="Tongling" />.',
			'',
			'A second paragraph.',
		].join('\n');
		const leads = headingLeads(source, ({ name, attrs }) =>
			name === 'Term' ? 'grid' : name === 'Src' || name === 'Para' ? '' : attrs.text,
		);
		expect(Object.fromEntries(leads)).toEqual({
			'': { heading: '', text: 'Before any heading.' },
			grid: { heading: 'The grid', text: 'The grid and Tongling.' },
		});
	});
});

const inputs: PreviewInputs = {
	concepts: [
		{
			id: 'involution',
			term: { zh: '内卷化', en: 'involution' },
			pinyin: 'nèijuǎnhuà',
			definition: { zh: '困境。', en: 'The impasse.', sources: ['s2', 's1'] },
		},
	],
	cases: [
		{
			id: 'tongling',
			name: { zh: '铜陵大社区模式', en: 'Tongling model' },
			summary: { zh: '撤街。', en: 'Abolished the street.', sources: ['s2'] },
		},
	],
	sections: [
		{ id: 's1', page: 'paper/intro', order: 1, label: { zh: '一', en: '§1' } },
		{
			id: 's2',
			page: 'paper/intro',
			anchor: 'grid',
			order: 2,
			label: { zh: '一·网格', en: '§1, grid' },
		},
		{
			id: 's3',
			page: 'paper/intro',
			anchor: 'none',
			order: 3,
			label: { zh: '一·无', en: '§1, none' },
		},
		{ id: 's4', page: 'cases/tongling', order: 4, label: { zh: '三·铜陵', en: '§3, Tongling' } },
	],
	pages: [
		{
			route: 'paper/intro',
			title: '1. Introduction',
			description: 'What the first section says.',
			body: '## Grid { #grid }\n\nThe <Term id="involution" /> starts here.',
		},
		{ route: 'cases/tongling', title: 'Tongling', body: 'Text.' },
	],
	sourceLabel: 'Where the paper says this:',
};

describe('buildPreviews', () => {
	const { previews, lang, sourceLabel } = buildPreviews(inputs, 'en');

	it('previews a concept by its definition, with pinyin, the other term and its sources in order', () => {
		expect(previews['concepts/involution']).toEqual({
			kind: 'concept',
			title: 'involution',
			pinyin: 'nèijuǎnhuà',
			aside: '内卷化',
			text: 'The impasse.',
			source: '§1; §1, grid',
		});
	});

	it('previews a case by its summary, not by the section on its page', () => {
		expect(previews['cases/tongling']).toMatchObject({
			kind: 'case',
			text: 'Abolished the street.',
		});
	});

	it('previews a page by its description and a part by its lead, under its heading', () => {
		expect(previews['paper/intro']).toMatchObject({
			title: '1. Introduction',
			text: 'What the first section says.',
			source: '§1',
		});
		expect(previews['paper/intro#grid']).toMatchObject({
			title: 'Grid',
			text: 'The involution starts here.',
			source: '§1, grid',
		});
	});

	it('leaves out a part with no lead paragraph', () => {
		expect(previews['paper/intro#none']).toBeUndefined();
	});

	it('is in the language asked for', () => {
		expect([lang, sourceLabel]).toEqual(['en', 'Where the paper says this:']);
		const zh = buildPreviews(inputs, 'zh').previews;
		expect(zh['concepts/involution']).toMatchObject({
			title: '内卷化',
			aside: 'involution',
			source: '一；一·网格',
		});
		expect(zh['paper/intro#grid']?.text).toBe('The 内卷化 starts here.');
	});
});
