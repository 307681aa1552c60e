import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/content/schema.ts';
import {
	findAvoidedRenderings,
	formatTermFinding,
	type TermRule,
} from '../../checker/terminology.ts';
import { filesUnder } from '../../src/lib/node/walk.ts';
import { ROOT } from '../support/fixture.ts';

const RULES: TermRule[] = [
	{
		id: 'committee-station-separation',
		term: "separating the residents' committee from the workstation",
		avoid: ['committee–station separation', 'separation of committee and workstation'],
	},
	{
		id: 'grid-management',
		term: 'grid management',
		avoid: [{ text: 'grid management covering all staff', use: 'all-staff grid management' }],
	},
	{
		id: 'infrastructural-power',
		term: '基层渗透权力',
		avoid: ['基础性权力'],
		language: 'zh',
	},
	{
		id: 'streamline-street-strengthen-community',
		term: 'streamlining the street to strengthen the community',
		avoid: [
			{
				text: '"streamlining the street" model',
				use: '"streamlining the street to strengthen the community" model',
			},
		],
	},
];

describe('findAvoidedRenderings', () => {
	it.each([
		// the variant as listed
		['a committee–station separation here', 'committee–station separation'],
		// a hyphen for the en dash, and another case
		['Committee-station separation ran', 'Committee-station separation'],
		// a line break inside the variant
		['the separation of committee\tand  workstation', 'separation of committee\tand  workstation'],
		// curly quotes for the straight ones in the rule
		['the “streamlining the street” model of Qingshan', '“streamlining the street” model'],
		// a Mermaid label that wraps inside the variant
		[
			'review of 10 years\n      of committee–station\n      separation',
			'committee–station\n      separation',
		],
		// a Chinese variant inside a Chinese sentence: no word boundary needed
		['曼所说的基础性权力即此', '基础性权力'],
		// an English gloss touching a Chinese character
		['居站分设committee-station separation）', 'committee-station separation'],
	])('finds %j', (text, variant) => {
		expect(findAvoidedRenderings(text, RULES).map((f) => f.variant)).toEqual([variant]);
	});

	it.each([
		// part of an id, not prose
		['<Term id="committee-station-separation" />'],
		// part of a longer word
		['committee–station separations'],
		// the rendering itself
		["separating the residents' committee from the workstation"],
	])('does not flag %j', (text) => {
		expect(findAvoidedRenderings(text, RULES)).toEqual([]);
	});

	it('gives the line, the variant and the rendering to use', () => {
		const text = 'line one\nTongling uses grid management covering all staff.';
		expect(findAvoidedRenderings(text, RULES)).toEqual([
			{
				line: 2,
				variant: 'grid management covering all staff',
				use: 'all-staff grid management',
				concept: 'grid-management',
				language: 'en',
			},
		]);
	});

	it('names the line a wrapped variant starts on, and the Chinese list', () => {
		const text = '第一行\n第二行的基础\n性权力';
		expect(findAvoidedRenderings('a\nb committee–station\nseparation', RULES)[0]?.line).toBe(2);
		expect(findAvoidedRenderings('第一行\n也叫基础性权力', RULES)).toEqual([
			{
				line: 2,
				variant: '基础性权力',
				use: '基层渗透权力',
				concept: 'infrastructural-power',
				language: 'zh',
			},
		]);
		// A Chinese variant is not split by a line break in running text: none is found here.
		expect(findAvoidedRenderings(text, RULES)).toEqual([]);
	});

	it('formats a finding for the checker', () => {
		const [f] = findAvoidedRenderings('committee-station separation', RULES);
		expect(formatTermFinding('src/content/docs/en/x.mdx', f!)).toMatchInlineSnapshot(
			`"src/content/docs/en/x.mdx:1  "committee-station separation" → use "separating the residents' committee from the workstation" (concept committee-station-separation)"`,
		);
	});
});

/** The real content: every concept's rule over every English page and English data text. */
const conceptFiles = filesUnder(join(ROOT, 'content/concepts')).filter((f) => f.endsWith('.yaml'));
const rules: TermRule[] = conceptFiles.map((file) => {
	const data = plainSchemas.concepts.parse(parseDocument(readFileSync(file, 'utf8')).toJS());
	return { id: file.replace(/^.*\/|\.yaml$/g, ''), term: data.term.en, avoid: data.avoid.en };
});

describe('one English rendering per term, on the real concepts', () => {
	// A concept lists the renderings to avoid that were actually seen (the schema's default is
	// none): requiring a list would ask authors to invent variants. What must hold is that the
	// rules never refuse the term's own rendering.
	it.each(rules.map((r) => [r.id, r] as const))(
		'%s: its term is not a rendering it avoids',
		(_, rule) => {
			expect(findAvoidedRenderings(rule.term, [rule])).toEqual([]);
		},
	);
	// The pages and data themselves are checked by the content checker (checks/terms.ts),
	// which every build runs.
});
