import { describe, expect, it } from 'vitest';
import { checkProject, formatReport } from '../../src/lib/checker/index.ts';
import { ROOT, baseFile, makeFixture } from '../support/fixture.ts';

const NANJING = 'content/cases/nanjing.yaml';
const ZH_NANJING = 'src/content/docs/zh/cases/nanjing.mdx';
const EN_NANJING = 'src/content/docs/en/cases/nanjing.mdx';
const SECTIONS = 'content/paper/sections.yaml';

/** One broken fixture per kind of error: the overlay, the tag and what the message must say. */
const BROKEN: [string, Record<string, string | null>, string, RegExp][] = [
	[
		'unknown id in an entry',
		{
			[NANJING]: baseFile(NANJING).replace(
				'concepts: [strengthen-street]',
				'concepts: [strengthen-stret]',
			),
		},
		'unknown-id',
		/content\/cases\/nanjing\.yaml:\d+ +\[unknown-id\] cases "nanjing", field concepts\[0\]: no concepts entry "strengthen-stret"\n +--> did you mean "strengthen-street"\?/,
	],
	[
		'unknown id in a page',
		{
			[ZH_NANJING]: baseFile(ZH_NANJING).replace(
				'<Term id="strengthen-street" />',
				'<Term id="strenghten-street" />',
			),
		},
		'unknown-id',
		/cases\/nanjing\.mdx:9 +\[unknown-id\] <Term id="strenghten-street">: no concepts entry "strenghten-street"\n +--> did you mean "strengthen-street"\?/,
	],
	[
		'unknown section in a source reference',
		{
			[NANJING]: baseFile(NANJING).replace(
				'sources: [nanjing-measure-1]',
				'sources: [nanjing-measure-9]',
			),
		},
		'unknown-section',
		/\[unknown-section\] cases "nanjing", field summary\.sources\[0\]: no sections entry "nanjing-measure-9"\n +--> did you mean "nanjing-measure-1"\?/,
	],
	[
		'duplicate id',
		{
			[SECTIONS]:
				baseFile(SECTIONS) +
				'- id: nanjing\n  order: 4\n  page: cases/nanjing\n  label: { zh: 南京, en: Nanjing }\n',
		},
		'duplicate-id',
		/sections\.yaml:16 +\[duplicate-id\] sections id "nanjing" is already used \(content\/paper\/sections\.yaml:5\)/,
	],
	[
		'page in one language only',
		{ [EN_NANJING]: null },
		'missing-translation',
		/zh\/cases\/nanjing\.mdx +\[missing-translation\] this page has no English counterpart\n +--> create src\/content\/docs\/en\/cases\/nanjing\.mdx/,
	],
	[
		'text empty in one language',
		{ [NANJING]: baseFile(NANJING).replace('en: five centres', 'en: ""') },
		'empty-text',
		/nanjing\.yaml:\d+ +\[empty-text\] cases "nanjing", field summary\.en: the English text \(en\) is empty/,
	],
	[
		'text missing in one language',
		{ [NANJING]: baseFile(NANJING).replace(', en: Nanjing }', ' }') },
		'missing-translation',
		/\[missing-translation\] cases "nanjing", field short\.en: .*\n +--> add the English \(en\) text/,
	],
	[
		'heading without an id',
		{ [EN_NANJING]: baseFile(EN_NANJING).replace(' { #five-centres }', '') },
		'heading-id',
		/en\/cases\/nanjing\.mdx:7 +\[heading-id\] heading "Five centres" has no explicit id/,
	],
	[
		'non-ASCII heading id',
		{ [ZH_NANJING]: baseFile(ZH_NANJING).replace('{ #five-centres }', '{ #五个中心 }') },
		'heading-id',
		/\[heading-id\] heading id "五个中心" is not lowercase ASCII kebab-case/,
	],
	[
		'heading ids differ between languages',
		{ [EN_NANJING]: baseFile(EN_NANJING).replace('{ #five-centres }', '{ #five-centers }') },
		'heading-mismatch',
		/en\/cases\/nanjing\.mdx +\[heading-mismatch\] heading id "five-centres" of the Chinese page is missing here\n +--> the heading \{ #five-centers \} here looks like the same one: change its id to "five-centres"/,
	],
	[
		'link to a page that does not exist',
		{
			[ZH_NANJING]: baseFile(ZH_NANJING).replace(
				'page="paper/reform-paths"',
				'page="paper/reform-path"',
			),
		},
		'unknown-page',
		/\[unknown-page\] <PageLink page="paper\/reform-path">: no such page\n +--> did you mean "paper\/reform-paths"\?/,
	],
	[
		'section anchor missing on its page',
		{ [SECTIONS]: baseFile(SECTIONS).replace('anchor: five-centres', 'anchor: five-centers') },
		'unknown-anchor',
		/sections\.yaml:14 +\[unknown-anchor\] section "nanjing-measure-1", field anchor: page "cases\/nanjing" has no heading \{ #five-centers \}\n +--> did you mean "five-centres"\?/,
	],
	[
		'case not shown in the comparison',
		{
			'src/content/docs/en/compare.mdx':
				'---\ntitle: Compare\n---\n\n## Compare { #reform-models }\n\nSoon.\n',
		},
		'not-compared',
		/\[not-compared\] case "nanjing" is not shown in the comparison: the en compare page has no <CompareTable table="reform-models" \/>/,
	],
	[
		'schema: wrong type',
		{ [NANJING]: baseFile(NANJING).replace('order: 1', 'order: first') },
		'schema',
		/nanjing\.yaml:4 +\[schema\] cases "nanjing", field order: Invalid input: expected number, received string/,
	],
	[
		'schema: unknown field',
		{ [NANJING]: baseFile(NANJING) + 'mayor: { zh: 某, en: someone }\n' },
		'schema',
		/\[schema\] cases "nanjing", field \(entry\): Unrecognized key: "mayor"\n +--> remove the field or check its spelling/,
	],
	[
		'schema: bad date format',
		{
			'content/timeline/event-2017.yaml': baseFile('content/timeline/event-2017.yaml').replace(
				'2017-06-12',
				'12/06/2017',
			),
		},
		'schema',
		/event-2017\.yaml:1 +\[schema\] timeline "event-2017", field date: write the date as YYYY, YYYY-MM or YYYY-MM-DD/,
	],
	[
		'invalid YAML',
		{ [NANJING]: 'name: { zh: 南京\nshort: [\n' },
		'yaml',
		/nanjing\.yaml:\d+ +\[yaml\] .*\n +--> fix the YAML syntax/,
	],
	[
		'diagram without a text alternative',
		{
			'content/diagrams/nanjing.yaml':
				'title: { zh: 图, en: Diagram }\nalt: { zh: 说明, en: "" }\nmermaid: { zh: "flowchart TD\\n a-->b", en: "flowchart TD\\n a-->b" }\ntextVersion: { zh: "- a", en: "- a" }\nsources: [nanjing]\n',
		},
		'diagram-alt',
		/diagrams\/nanjing\.yaml:2 +\[diagram-alt\] diagram "nanjing" has no text alternative \(alt\.en\)/,
	],
	[
		'diagram with no rendered SVG in the cache',
		{
			'content/diagrams/nanjing.yaml':
				'title: { zh: 图, en: Diagram }\nalt: { zh: 说明, en: text }\nmermaid: { zh: "flowchart TD\\n a-->b", en: "flowchart TD\\n a-->b" }\ntextVersion: { zh: "- a", en: "- a" }\nsources: [nanjing]\n',
		},
		'diagram-cache',
		/diagrams\/nanjing\.yaml:3 +\[diagram-cache\] diagram "nanjing" \(zh\) has no rendered SVG in content\/diagrams\/rendered\/ \(new or changed source\)\n +--> run `npm run diagrams` \(needs Chromium\) and commit the new files/,
	],
	[
		'unused rendered SVG in the cache',
		{ 'content/diagrams/rendered/0123456789abcdef0123.svg': '<svg/>' },
		'diagram-cache',
		/rendered\/0123456789abcdef0123\.svg +\[diagram-cache\] this rendered SVG belongs to no current diagram\n +--> run `npm run diagrams -- --prune`/,
	],
	[
		'page without a title',
		{ [EN_NANJING]: baseFile(EN_NANJING).replace('title: Nanjing\n', '') },
		'frontmatter',
		/en\/cases\/nanjing\.mdx:1 +\[frontmatter\] the page has no `title` in its frontmatter/,
	],
	[
		'published URL dropped',
		{ 'src/content/docs/zh/compare.mdx': null, 'src/content/docs/en/compare.mdx': null },
		'url-dropped',
		/published-urls\.json +\[url-dropped\] published URL \/zh\/compare\/ is no longer built\n +--> restore the page, or add "\/zh\/compare\/": "<new path>" to content\/redirects\.json/,
	],
	[
		'published anchor dropped',
		{
			[EN_NANJING]: baseFile(EN_NANJING).replace('{ #five-centres }', '{ #centres }'),
			[SECTIONS]: baseFile(SECTIONS).replace('anchor: five-centres', 'anchor: five-centres'),
		},
		'url-dropped',
		/\[url-dropped\] published anchor \/en\/cases\/nanjing\/#five-centres no longer exists/,
	],
	[
		'UI string missing in one language',
		{ 'src/content/i18n/zh-CN.json': '{ "src.label": "出处" }' },
		'ui-strings',
		/zh-CN\.json +\[ui-strings\] UI string "data\.notStated" is missing/,
	],
];

describe('content checker', () => {
	it('passes the clean base fixture', () => {
		expect(formatReport(checkProject(makeFixture()))).toBe(
			'Content check passed: no problems found.',
		);
	});

	it('passes the real content', () => {
		const problems = checkProject(ROOT);
		expect(formatReport(problems)).toBe('Content check passed: no problems found.');
	});

	describe.each(BROKEN)('fails on: %s', (_name, overlay, tag, message) => {
		it(`reports [${tag}] with file, field and hint`, () => {
			const problems = checkProject(makeFixture(overlay));
			expect(problems.map((p) => p.tag)).toContain(tag);
			expect(formatReport(problems)).toMatch(message);
		});
	});

	it('reports every problem in one run, grouped by file, with a summary', () => {
		const overlay = Object.assign(
			{},
			...BROKEN.slice(0, 4).map(([, o]) => o),
			BROKEN[10]![1],
			BROKEN[12]![1],
			BROKEN[17]![1],
		);
		// Overlays 0 and 2 both rewrite the Nanjing entry; apply both changes to one file.
		overlay[NANJING] = baseFile(NANJING)
			.replace('concepts: [strengthen-street]', 'concepts: [strengthen-stret]')
			.replace('sources: [nanjing-measure-1]', 'sources: [nanjing-measure-9]');
		const text = formatReport(checkProject(makeFixture(overlay)));
		for (const tag of [
			'unknown-id',
			'unknown-section',
			'duplicate-id',
			'unknown-page',
			'not-compared',
			'diagram-alt',
		]) {
			expect(text).toContain(`[${tag}]`);
		}
		expect(
			text
				.split('\n')
				.filter((l) => /^\S/.test(l))
				.slice(0, -1),
		).toEqual([
			'content/cases/nanjing.yaml',
			'content/diagrams/nanjing.yaml',
			'content/paper/sections.yaml',
			'src/content/docs/zh/cases/nanjing.mdx',
		]);
		expect(text.split('\n').at(-1)).toMatch(/^\d+ problems in 4 files: /);
	});

	it('accepts a dropped URL that has a redirect', () => {
		const overlay = {
			'src/content/docs/zh/compare.mdx': null,
			'src/content/docs/en/compare.mdx': null,
			'src/content/docs/zh/comparison.mdx': baseFile('src/content/docs/zh/compare.mdx'),
			'src/content/docs/en/comparison.mdx': baseFile('src/content/docs/en/compare.mdx'),
			'content/redirects.json': JSON.stringify({
				redirects: { '/zh/compare/': '/zh/comparison/', '/en/compare/': '/en/comparison/' },
			}),
		};
		const problems = checkProject(makeFixture(overlay));
		expect(problems.filter((p) => p.tag === 'url-dropped')).toEqual([]);
	});

	it('collapses repeated problems', () => {
		const page = baseFile(ZH_NANJING) + '\n<Src id="nope" /><Src id="nope" />\n';
		const text = formatReport(checkProject(makeFixture({ [ZH_NANJING]: page })));
		expect(text).toMatch(/\[unknown-section\] <Src id="nope">: no sections entry "nope" \(2x\)/);
	});
});
