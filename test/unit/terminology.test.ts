import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { plainSchemas } from '../../src/lib/schema.ts';
import {
	findAvoidedRenderings,
	formatTermFinding,
	type TermRule,
} from '../../src/lib/terminology.ts';
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
];

describe('findAvoidedRenderings', () => {
	it.each([
		// the variant as listed
		['a committee–station separation here', 'committee–station separation'],
		// a hyphen for the en dash, and another case
		['Committee-station separation ran', 'Committee-station separation'],
		// a line break inside the variant
		['the separation of committee\tand  workstation', 'separation of committee\tand  workstation'],
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
			},
		]);
	});

	it('formats a finding for the checker', () => {
		const [f] = findAvoidedRenderings('committee-station separation', RULES);
		expect(formatTermFinding('src/content/docs/en/x.mdx', f!)).toMatchInlineSnapshot(
			`"src/content/docs/en/x.mdx:1  "committee-station separation" → use "separating the residents' committee from the workstation" (concept committee-station-separation)"`,
		);
	});
});

/** The real content: every concept's rule over every English page and English data text. */
const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((n) =>
		statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)],
	);
const conceptFiles = walk(join(ROOT, 'content/concepts')).filter((f) => f.endsWith('.yaml'));
const rules: TermRule[] = conceptFiles.map((file) => {
	const data = plainSchemas.concepts.parse(parseDocument(readFileSync(file, 'utf8')).toJS());
	return { id: file.replace(/^.*\/|\.yaml$/g, ''), term: data.term.en, avoid: data.avoid.en };
});

/** English strings of a YAML file with their line, leaving out search aliases and the rules. */
function englishStrings(file: string): { line: number; text: string }[] {
	const lineCounter = new LineCounter();
	const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter });
	const out: { line: number; text: string }[] = [];
	const visit = (node: Node | null | undefined, key: string | null) => {
		if (isMap(node))
			for (const pair of node.items) {
				const k = isScalar(pair.key) ? String(pair.key.value) : null;
				if (k !== 'aliases' && k !== 'avoid') visit(pair.value as Node, k);
			}
		else if (isSeq(node)) node.items.forEach((n) => visit(n as Node, key));
		else if (isScalar(node) && key === 'en' && typeof node.value === 'string')
			out.push({ line: lineCounter.linePos(node.range![0]).line, text: node.value });
	};
	visit(doc.contents, null);
	return out;
}

describe('one English rendering per term, on the real pages and data', () => {
	it('every concept declares its rendering and the variants to avoid', () => {
		expect(rules.length).toBeGreaterThanOrEqual(30);
		const without = rules.filter((r) => r.avoid.length === 0).map((r) => r.id);
		expect(without).toEqual([]);
	});

	const pages = walk(join(ROOT, 'src/content/docs/en')).filter((f) => f.endsWith('.mdx'));
	it.each(pages.map((f) => relative(ROOT, f)))('%s', (file) => {
		const findings = findAvoidedRenderings(readFileSync(join(ROOT, file), 'utf8'), rules);
		expect(findings.map((f) => formatTermFinding(file, f))).toEqual([]);
	});

	const yamlFiles = walk(join(ROOT, 'content')).filter((f) => f.endsWith('.yaml'));
	it.each(yamlFiles.map((f) => relative(ROOT, f)))('%s (English text)', (file) => {
		const findings = englishStrings(join(ROOT, file)).flatMap(({ line, text }) =>
			findAvoidedRenderings(text, rules).map((f) => ({ ...f, line: line + f.line - 1 })),
		);
		expect(findings.map((f) => formatTermFinding(file, f))).toEqual([]);
	});
});
