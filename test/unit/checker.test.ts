/**
 * The content checker, one broken fixture per kind of problem. Each fixture is a folder under
 * test/fixtures/checker/ holding only the files that differ from the clean base fixture; the
 * table says what the report must say about it (file, line, tag, message and fix).
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, formatReport } from '../../src/lib/checker/index.ts';
import { MAX_FIELD_LENGTH, MAX_FILE_BYTES } from '../../src/lib/checker/text.ts';
import {
	FIXTURES,
	FIXTURE_SIDEBAR,
	ROOT,
	baseFile,
	brokenFixture,
	check,
	makeFixture,
} from '../support/fixture.ts';

interface Case {
	/** The fixture folder under test/fixtures/checker/. */
	fixture: string;
	tag: string;
	/** What the printed report must contain. */
	report: RegExp;
	/** The whole report is this one problem: no follow-on errors. */
	alone?: boolean;
}

/** Files: where they are, their names, bytes and characters. */
const FILES: Case[] = [
	// Reliability row 8: a Latin-1 byte in YAML was published as U+FFFD.
	{
		fixture: 'encoding-invalid-utf8-yaml',
		tag: 'encoding',
		report:
			/content\/cases\/nanjing\.yaml:1 +\[encoding\] this line has bytes that are not valid UTF-8.*\n +--> save the file as UTF-8/,
		alone: true,
	},
	// Row 8: in MDX the build gave a misleading ENOENT.
	{
		fixture: 'encoding-invalid-utf8-mdx',
		tag: 'encoding',
		report: /en\/cases\/nanjing\.mdx:9 +\[encoding\]/,
		alone: true,
	},
	// Row 35: Astro loads only .yaml; the page was never built and its links broke.
	{
		fixture: 'file-yml-extension',
		tag: 'file',
		report:
			/strong-state\.yml +\[file\] Astro loads only \.yaml files.*\n +--> rename it to content\/concepts\/strong-state\.yaml/,
		alone: true,
	},
	// Row 36: Astro turns a file name into an id of its own.
	{
		fixture: 'file-id-not-kebab',
		tag: 'file',
		report:
			/Strong_State\.yaml +\[file\] the file name is the published id and must be lowercase ASCII kebab-case/,
		alone: true,
	},
	{
		fixture: 'file-nested-entry',
		tag: 'file',
		report: /cases\/old\/nanjing\.yaml +\[file\] entries are read only from the folder itself/,
		alone: true,
	},
	{
		fixture: 'file-page-without-locale',
		tag: 'file',
		report: /docs\/notes\.mdx +\[file\] pages live in src\/content\/docs\/zh\/ or/,
		alone: true,
	},
	// Row 24: a NUL was written raw into 32 HTML files. One problem: the YAML error it causes is not repeated.
	{
		fixture: 'character-nul-in-yaml',
		tag: 'character',
		report: /nanjing\.yaml:8 +\[character\] this line contains a control character U\+0000 \(NUL\)/,
		alone: true,
	},
	// Row 24: a right-to-left override was published.
	{
		fixture: 'character-bidi-override-in-mdx',
		tag: 'character',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[character\] this line contains an invisible text-direction control U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
		alone: true,
	},
];

/** YAML syntax and schemas: one error per mistake, at its own line, with the fix. */
const YAML: Case[] = [
	// Row 1: one syntax error used to bring 29 follow-on unknown-id errors.
	{
		fixture: 'yaml-syntax-error',
		tag: 'yaml',
		report:
			/nanjing\.yaml:4 +\[yaml\] not valid YAML: Flow map .* end with a \}\n +--> indent with spaces, two per level; close every \{ and \[ you open/,
		alone: true,
	},
	// The section map is one file: its references are counted, not reported one by one.
	{
		fixture: 'yaml-syntax-error-in-section-map',
		tag: 'yaml',
		report:
			/sections\.yaml +\[yaml\] \d+ references to entries of this file were not checked because the file could not be read[\s\S]*sections\.yaml:4 +\[yaml\] not valid YAML: Missing closing "quote/,
	},
	// Row 5: the key was not named.
	{
		fixture: 'yaml-duplicate-key',
		tag: 'yaml',
		report:
			/nanjing\.yaml:11 +\[yaml\] the key "order" appears twice in the same map\n +--> keep one "order:" and delete the other/,
		alone: true,
	},
	// Row 10: the checker crashed with a stack trace and no file name.
	{
		fixture: 'yaml-alias-bomb',
		tag: 'yaml',
		report:
			/nanjing\.yaml +\[yaml\] the YAML parser stopped: Excessive alias count.*\n +--> write the values out instead of using YAML anchors and aliases/,
		alone: true,
	},
	// Astro's loader (js-yaml) reads an unquoted date as a Date; the checker now reads it the same way.
	{
		fixture: 'yaml-unquoted-date',
		tag: 'schema',
		report:
			/event-2017\.yaml:1 +\[schema\] .*field date: an unquoted date is read as a date, but the field is text\n +--> quote it: date: '2017-06-12'/,
		alone: true,
	},
	// Row 2: a number was tagged missing-translation ("add the Chinese text").
	{
		fixture: 'schema-number-where-text',
		tag: 'schema',
		report:
			/nanjing\.yaml:2 +\[schema\] cases "nanjing", field short\.zh: 123 is read as a number, but the field is text\n +--> quote it: zh: "123"/,
		alone: true,
	},
	{
		fixture: 'schema-text-where-number',
		tag: 'schema',
		report:
			/nanjing\.yaml:4 +\[schema\] cases "nanjing", field order: "two" is text, but the field is a number/,
		alone: true,
	},
	// Row 4: reported at line 1 with no "did you mean"; now at the key's line, and not also as "missing".
	{
		fixture: 'schema-typo-key',
		tag: 'schema',
		report:
			/nanjing\.yaml:8 +\[schema\] cases "nanjing": unknown field sumary\n +--> did you mean "summary"\?/,
		alone: true,
	},
	{
		fixture: 'schema-typo-nested-key',
		tag: 'schema',
		report:
			/nanjing\.yaml:11 +\[schema\] cases "nanjing": unknown field summary\.sorces\n +--> did you mean "sources"\?/,
		alone: true,
	},
	{
		fixture: 'schema-unknown-field',
		tag: 'schema',
		report:
			/nanjing\.yaml:11 +\[schema\] cases "nanjing": unknown field mayor\n +--> the fields here are: name, short/,
		alone: true,
	},
	// Row 3.
	{
		fixture: 'schema-empty-text',
		tag: 'empty-text',
		report:
			/nanjing\.yaml:8 +\[empty-text\] cases "nanjing", field summary\.en: the English text \(en\) is empty/,
		alone: true,
	},
	{
		fixture: 'schema-missing-translation',
		tag: 'missing-translation',
		report:
			/nanjing\.yaml:2 +\[missing-translation\] cases "nanjing", field short\.en: the English \(en\) text is missing\n +--> add the English \(en\) text/,
		alone: true,
	},
	{
		fixture: 'schema-bad-date',
		tag: 'schema',
		report:
			/event-2017\.yaml:1 +\[schema\] timeline "event-2017", field date: write the date as YYYY, YYYY-MM or YYYY-MM-DD/,
		alone: true,
	},
	// Review M5: a date the site added ("added for context") is no longer allowed, and says why.
	{
		fixture: 'schema-retired-date-source',
		tag: 'schema',
		report:
			/event-2017\.yaml:2 +\[schema\] timeline "event-2017", field dateSource: dateSource "added-context" is no longer allowed: the site states no date the paper does not give; remove date and dateSource, and give a sortKey/,
		alone: true,
	},
	// Review M6: a renamed event keeps its former id as an anchor for good; no other event may take it.
	{
		fixture: 'timeline-former-id-reused',
		tag: 'duplicate-id',
		report:
			/event-renamed\.yaml:2 +\[duplicate-id\] timeline "event-renamed", field formerIds\[1\]: "event-2017" cannot be a former id: it is the id of the event in content\/timeline\/event-2017\.yaml\n +--> a former id stays a published anchor of one event for good/,
		alone: true,
	},
	// Row 11.
	{
		fixture: 'unknown-id-in-entry',
		tag: 'unknown-id',
		report:
			/nanjing\.yaml:9 +\[unknown-id\] cases "nanjing", field concepts\[0\]: no concepts entry "strengthen-stret"\n +--> did you mean "strengthen-street"\?/,
		alone: true,
	},
	{
		fixture: 'unknown-section-in-entry',
		tag: 'unknown-section',
		report:
			/\[unknown-section\] cases "nanjing", field summary\.sources\[0\]: no sections entry "nanjing-measure-9"\n +--> did you mean "nanjing-measure-1"\?/,
		alone: true,
	},
	{
		fixture: 'duplicate-section-id',
		tag: 'duplicate-id',
		report:
			/sections\.yaml:16 +\[duplicate-id\] sections id "nanjing" is already used \(content\/paper\/sections\.yaml:5\)/,
		alone: true,
	},
	// Row 25 (for names that become titles and link text).
	{
		fixture: 'markup-in-case-name',
		tag: 'markup',
		report: /nanjing\.yaml:1 +\[markup\] field name\.en contains "<" or ">"/,
		alone: true,
	},
	// Row 24: a 308-character unbroken string made /en/cases/ 3388 px wide at 375 px.
	{
		fixture: 'unbreakable-run-in-yaml',
		tag: 'unbreakable',
		report:
			/nanjing\.yaml:8 +\[unbreakable\] field summary\.en has a 308-character run without a space/,
		alone: true,
	},
];

/** MDX pages, read as the build reads them. */
const PAGES: Case[] = [
	// Row 30.
	{
		fixture: 'mdx-syntax-error',
		tag: 'mdx',
		report:
			/en\/cases\/nanjing\.mdx:7 +\[mdx\] the page is not valid MDX: Expected a closing tag for `<CaseFacts>`/,
		alone: true,
	},
	// Row 21: the checker read frontmatter with a regex.
	{
		fixture: 'frontmatter-invalid-yaml',
		tag: 'frontmatter',
		report: /en\/cases\/nanjing\.mdx:2 +\[frontmatter\] frontmatter: not valid YAML/,
		alone: true,
	},
	{
		fixture: 'frontmatter-no-title',
		tag: 'frontmatter',
		report: /en\/cases\/nanjing\.mdx:1 +\[frontmatter\] the page has no `title` in its frontmatter/,
		alone: true,
	},
	{
		fixture: 'frontmatter-number-title',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:2 +\[frontmatter\] title is read as a number, but it is text\n +--> quote it: title: "1949"/,
		alone: true,
	},
	// Row 25: the title was published raw inside <title>.
	{
		fixture: 'frontmatter-markup-in-title',
		tag: 'markup',
		report:
			/en\/cases\/nanjing\.mdx:2 +\[markup\] the title contains "<" or ">": it becomes the page's <title>/,
		alone: true,
	},
	// Row 17.
	{
		fixture: 'page-without-translation',
		tag: 'missing-translation',
		report:
			/zh\/cases\/nanjing\.mdx +\[missing-translation\] this page has no English counterpart\n +--> create src\/content\/docs\/en\/cases\/nanjing\.mdx/,
	},
	// Row 19.
	{
		fixture: 'heading-without-id',
		tag: 'heading-id',
		report: /en\/cases\/nanjing\.mdx:9 +\[heading-id\] heading "Five centres" has no explicit id/,
		alone: true,
	},
	{
		fixture: 'heading-id-not-ascii',
		tag: 'heading-id',
		report: /\[heading-id\] heading id "五个中心" is not lowercase ASCII kebab-case/,
	},
	{
		fixture: 'heading-id-twice',
		tag: 'duplicate-id',
		report:
			/en\/cases\/nanjing\.mdx:13 +\[duplicate-id\] heading id "five-centres" is already used on this page \(line 9\)/,
	},
	// Row 18: no line numbers, and the two files' hints contradicted each other. Now one problem,
	// in the file to change, keeping the published id.
	{
		fixture: 'heading-ids-differ',
		tag: 'heading-mismatch',
		report:
			/en\/cases\/nanjing\.mdx:9 +\[heading-mismatch\] heading id "five-centers" differs from "five-centres" of the same heading in src\/content\/docs\/zh\/cases\/nanjing\.mdx:9\n +--> change it to \{ #five-centres \} \(ids are the same in both languages, and this one is published\)/,
	},
	{
		fixture: 'heading-order-differs',
		tag: 'heading-mismatch',
		report:
			/en\/cases\/nanjing\.mdx:13 +\[heading-mismatch\] the headings are in a different order than on the Chinese page: here \{ #a \}, there \{ #b \} \(src\/content\/docs\/zh\/cases\/nanjing\.mdx:13\)/,
		alone: true,
	},
	{
		fixture: 'heading-missing-in-one-language',
		tag: 'heading-mismatch',
		report:
			/zh\/cases\/nanjing\.mdx +\[heading-mismatch\] the English page has heading \{ #extra \} \(src\/content\/docs\/en\/cases\/nanjing\.mdx:13\)/,
		alone: true,
	},
	// Row 20: a setext heading was invisible to the line-based reader.
	{
		fixture: 'heading-setext-without-id',
		tag: 'heading-id',
		report: /en\/cases\/nanjing\.mdx:13 +\[heading-id\] heading "More" has no explicit id/,
	},
	// Row 20: duplicate DOM ids.
	{
		fixture: 'heading-id-equals-generated-id',
		tag: 'duplicate-id',
		report:
			/en\/cases\/nanjing\.mdx:13 +\[duplicate-id\] heading id "facts-nanjing" is also the id that <CaseFacts> \(line 7\) renders on this page/,
	},
	{
		fixture: 'heading-id-reserved-for-cite-panel',
		tag: 'duplicate-id',
		report:
			/nanjing\.mdx:13 +\[duplicate-id\] heading id "cite-panel-title" is reserved: ids starting with "cite-panel-title" belong to the cite panel on every page/,
	},
	{
		fixture: 'generated-anchor-in-one-language',
		tag: 'heading-mismatch',
		report:
			/en\/cases\/nanjing\.mdx +\[heading-mismatch\] src\/content\/docs\/zh\/cases\/nanjing\.mdx:7 places <CaseFacts id="nanjing"> \(anchor #facts-nanjing\); this page does not/,
		alone: true,
	},
	// Row 15: a component split over lines was missed; its line is where it starts.
	{
		fixture: 'component-over-several-lines',
		tag: 'unknown-section',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[unknown-section\] <Src id="nanjing-mesure-1">: no sections entry "nanjing-mesure-1"\n +--> did you mean "nanjing-measure-1"\?/,
		alone: true,
	},
	{
		fixture: 'component-computed-id',
		tag: 'mdx',
		report:
			/nanjing\.mdx:11 +\[mdx\] <Src id=\{sectionId\}>: the checker cannot read a computed id\n +--> write it as a plain string: id="…"/,
		alone: true,
	},
	{
		fixture: 'component-not-imported',
		tag: 'mdx',
		report:
			/nanjing\.mdx:9 +\[mdx\] <CaseLink> is used but not imported: the page would fail to build/,
		alone: true,
	},
	// Row 12.
	{
		fixture: 'unknown-id-in-page',
		tag: 'unknown-id',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[unknown-id\] <Term id="strenghten-street">: no concepts entry "strenghten-street"\n +--> did you mean "strengthen-street"\?/,
		alone: true,
	},
	{
		fixture: 'unknown-section-in-page',
		tag: 'unknown-section',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[unknown-section\] <Src id="nope">: no sections entry "nope"/,
		alone: true,
	},
	{
		fixture: 'pagelink-unknown-page',
		tag: 'unknown-page',
		report:
			/\[unknown-page\] <PageLink page="paper\/reform-path" anchor="overview">: no such page\n +--> did you mean "paper\/reform-paths"\?/,
		alone: true,
	},
	// Row 13: an anchor equal to a component's id prop (here a <Src id>) passed as if it were a heading.
	{
		fixture: 'pagelink-anchor-is-a-component-id',
		tag: 'unknown-anchor',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[unknown-anchor\] <PageLink page="paper\/reform-paths" anchor="nanjing-measure-1">: the page has no heading or element with id "nanjing-measure-1"/,
		alone: true,
	},
	{
		fixture: 'pagelink-unknown-data-file',
		tag: 'unknown-page',
		report:
			/\[unknown-page\] <PageLink page="data\/cases\.xlsx">: no data file \/data\/cases\.xlsx/,
		alone: true,
	},
	// Row 14: markdown links were never checked before the build.
	{
		fixture: 'link-root-relative-to-missing-page',
		tag: 'unknown-page',
		report: /zh\/cases\/nanjing\.mdx:13 +\[unknown-page\] link \/zh\/nowhere\/: no such page/,
		alone: true,
	},
	{
		fixture: 'link-missing-anchor-on-this-page',
		tag: 'unknown-anchor',
		report:
			/nanjing\.mdx:13 +\[unknown-anchor\] link #no-such-anchor: the page has no heading or element with id "no-such-anchor"/,
		alone: true,
	},
	{
		fixture: 'link-relative-to-missing-page',
		tag: 'unknown-page',
		report: /nanjing\.mdx:13 +\[unknown-page\] link \.\.\/nowhere\/: no such page/,
		alone: true,
	},
	// Row 14: root-relative links also missed the base path.
	{
		fixture: 'link-root-relative-misses-base-path',
		tag: 'link',
		report:
			/\[link\] link \/zh\/paper\/reform-paths\/#overview: a root-relative link breaks when the site is served under a base path \(BASE_PATH\)\n +--> use <PageLink page="paper\/reform-paths" anchor="overview">…<\/PageLink>/,
		alone: true,
	},
	{
		fixture: 'link-javascript-scheme',
		tag: 'link',
		report:
			/\[link\] link javascript:alert\(1\): a link with the scheme "javascript:" runs code or leaves the web/,
		alone: true,
	},
	// Row 27: a script in MDX was hashed into the CSP and ran; an external image was shipped.
	{
		fixture: 'html-script-in-page',
		tag: 'html',
		report: /en\/cases\/nanjing\.mdx:13 +\[html\] <script> is not allowed in a page/,
		alone: true,
	},
	{
		fixture: 'html-external-image',
		tag: 'html',
		report: /\[html\] <img src="https:\/\/evil\.example\/pixel\.png">: loads from another site/,
		alone: true,
	},
	{
		fixture: 'html-event-handler',
		tag: 'html',
		report: /\[html\] <span onclick>: event handlers are not allowed/,
		alone: true,
	},
	{
		fixture: 'unbreakable-run-in-page',
		tag: 'unbreakable',
		report: /en\/cases\/nanjing\.mdx:13 +\[unbreakable\] a 120-character run without a space/,
		alone: true,
	},
	// Paragraph ids (issue 18): where a marker stands, what an id looks like, one per paragraph.
	{
		fixture: 'paragraph-id-missing',
		tag: 'paragraph-id',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[paragraph-id\] this paragraph has no paragraph id \(", see paths\."\)\n +--> start it with <Para id="p-…" \/>/,
	},
	{
		fixture: 'paragraph-id-not-kebab',
		tag: 'paragraph-id',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[paragraph-id\] paragraph id "p-Nanjing_1" must start with "p-" and be lowercase ASCII kebab-case/,
	},
	{
		fixture: 'paragraph-id-twice',
		tag: 'duplicate-id',
		report:
			/en\/cases\/nanjing\.mdx:13 +\[duplicate-id\] paragraph id "p-nanjing-1" is already used on this page by a paragraph \(line 11\)/,
	},
	{
		fixture: 'paragraph-marker-not-at-start',
		tag: 'paragraph-id',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[paragraph-id\] <Para> is not at the start of its paragraph\n +--> move it to the start/,
		alone: true,
	},
	// The build would stop on it: a marker on a line of its own is a block, not the paragraph's.
	{
		fixture: 'paragraph-marker-on-its-own-line',
		tag: 'paragraph-id',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[paragraph-id\] <Para> stands outside a paragraph or list item[^\n]*\n +--> put it at the start of the paragraph it names, on the same line/,
	},
	// Both languages, one id per paragraph: the parallel view pairs them on it.
	{
		fixture: 'paragraph-ids-differ',
		tag: 'paragraph-mismatch',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[paragraph-mismatch\] paragraph id "p-nanjing-centres" differs from "p-nanjing-1" of the same paragraph in src\/content\/docs\/zh\/cases\/nanjing\.mdx:11\n +--> change it to <Para id="p-nanjing-1" \/>/,
		alone: true,
	},
	{
		fixture: 'paragraph-order-differs',
		tag: 'paragraph-mismatch',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[paragraph-mismatch\] the paragraphs are in a different order than on the Chinese page: here "p-nanjing-2", there "p-nanjing-1"/,
		alone: true,
	},
	{
		fixture: 'paragraph-retired-in-one-language',
		tag: 'paragraph-mismatch',
		report:
			/en\/cases\/nanjing\.mdx +\[paragraph-mismatch\] the Chinese page has retired id "p-nanjing-old" \(src\/content\/docs\/zh\/cases\/nanjing\.mdx:11\); this page has none\n +--> add retired="p-nanjing-old" to the same paragraph here/,
		alone: true,
	},
];

/** Facts in one place: figures come from the case's YAML. */
const FACTS: Case[] = [
	{
		fixture: 'figures-retyped-in-page',
		tag: 'retyped-fact',
		report:
			/zh\/cases\/nanjing\.mdx:15 +\[retyped-fact\] this paragraph repeats the figure "街道干部职数" \(50人 → 19人\) that content\/cases\/nanjing\.yaml holds\n +--> show it with <CaseFigures id="nanjing" \/> instead of typing it/,
		alone: true,
	},
	{
		fixture: 'figures-not-shown',
		tag: 'not-shown',
		report:
			/nanjing\.yaml:11 +\[not-shown\] case "nanjing" has figures, but src\/content\/docs\/en\/cases\/nanjing\.mdx does not show them\n +--> place <CaseFigures id="nanjing" \/>/,
	},
	{
		fixture: 'figures-component-without-figures',
		tag: 'unknown-id',
		report:
			/en\/cases\/nanjing\.mdx:9 +\[unknown-id\] <CaseFigures id="nanjing">: the case has no figures/,
	},
	// Issue #12: one English rendering per term.
	{
		fixture: 'term-avoided',
		tag: 'terminology',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community" \(one rendering per term; see avoid\.en in content\/concepts\/strengthen-street\.yaml\)/,
		alone: true,
	},
	// Issue #27: a Chinese variant (avoid.zh) on a Chinese page; Chinese has no spaces to bound it.
	{
		fixture: 'term-avoided-zh',
		tag: 'terminology',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[terminology\] "强街拓社" is a rendering the concept "strengthen-street" avoids; the site writes "强街扩社"\n +--> write "强街扩社" \(one rendering per term; see avoid\.zh in content\/concepts\/strengthen-street\.yaml\)/,
		alone: true,
	},
	// Issue #27: an English gloss in a table cell of a Chinese page, split by emphasis.
	{
		fixture: 'term-avoided-in-table',
		tag: 'terminology',
		report:
			/zh\/cases\/nanjing\.mdx:15 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community" \(one rendering per term; see avoid\.en/,
		alone: true,
	},
	// Review M4: "committee–station\n separation" in a Mermaid label was not found, being split
	// over two lines; the line named is the file's, inside the block scalar.
	{
		fixture: 'term-avoided-in-diagram',
		tag: 'terminology',
		report:
			/content\/diagrams\/nanjing\.yaml:8 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community"/,
	},
];

/** The site as a whole: section map, comparison, diagrams, UI strings, URLs, redirects, sidebar. */
const SITE: Case[] = [
	{
		fixture: 'section-anchor-missing',
		tag: 'unknown-anchor',
		report:
			/sections\.yaml:14 +\[unknown-anchor\] section "nanjing-measure-1", field anchor: the zh page "cases\/nanjing" has no heading \{ #five-centers \}\n +--> did you mean "five-centres"\?/,
	},
	{
		fixture: 'measure-anchor-missing',
		tag: 'unknown-anchor',
		report:
			/cases\/nanjing\.yaml:\d+ +\[unknown-anchor\] case "nanjing", field measures\[0\]\.anchor: the zh page "cases\/nanjing" has no heading \{ #five-centers \}\n +--> did you mean "five-centres"\?/,
	},
	{
		fixture: 'case-not-compared',
		tag: 'not-compared',
		report:
			/\[not-compared\] case "nanjing" is not shown in the comparison: no en page has <CompareTable table="reform-models" \/>/,
	},
	{
		fixture: 'compare-unknown-table',
		tag: 'unknown-id',
		report:
			/en\/compare\.mdx:9 +\[unknown-id\] <CompareTable table="reform-model">: no such table\n +--> did you mean "reform-models"\?/,
	},
	{
		fixture: 'diagram-not-placed',
		tag: 'not-shown',
		report: /diagrams\/nanjing\.yaml +\[not-shown\] diagram "nanjing" is not placed on any zh page/,
	},
	// Row 22.
	{
		fixture: 'diagram-cache-missing',
		tag: 'diagram-cache',
		report:
			/diagrams\/nanjing\.yaml:3 +\[diagram-cache\] diagram "nanjing" \(zh\) has no rendered SVG in content\/diagrams\/rendered\/ \(new or changed source\)\n +--> run `npm run diagrams` \(needs Chromium\) and commit the new files/,
	},
	{
		fixture: 'diagram-cache-unused-file',
		tag: 'diagram-cache',
		report:
			/rendered\/0123456789abcdef0123\.svg +\[diagram-cache\] this rendered SVG belongs to no current diagram\n +--> run `npm run diagrams -- --prune`/,
		alone: true,
	},
	{
		fixture: 'ui-string-missing',
		tag: 'ui-strings',
		report: /zh-CN\.json +\[ui-strings\] UI string "data\.notStated" is missing/,
		alone: true,
	},
	// Row 28.
	{
		fixture: 'url-dropped',
		tag: 'url-dropped',
		report:
			/published-urls\.json:5 +\[url-dropped\] published URL \/zh\/compare\/ is no longer built\n +--> restore the page, or add "\/zh\/compare\/": "<new path>" to content\/redirects\.json/,
	},
	{
		fixture: 'url-anchor-dropped',
		tag: 'url-dropped',
		report:
			/\[url-dropped\] published anchor \/en\/cases\/nanjing\/#five-centres no longer exists\n +--> renamed\? keep the old id: did you mean "centres"\?/,
	},
	// A paragraph that went away keeps its published id on the paragraph now in its place.
	{
		fixture: 'url-paragraph-id-dropped',
		tag: 'url-dropped',
		report:
			/\[url-dropped\] published anchor \/en\/cases\/nanjing\/#p-nanjing-old no longer exists\n +--> a paragraph id stays published: add retired="p-nanjing-old" to the <Para>/,
		alone: true,
	},
	// Row 34: "[yaml] not valid JSON" for a JSON file, with no file named.
	{
		fixture: 'json-invalid-manifest',
		tag: 'json',
		report:
			/published-urls\.json:8 +\[json\] not valid JSON: .*\n +--> this file is JSON, not YAML/,
		alone: true,
	},
	{
		fixture: 'json-invalid-redirects',
		tag: 'json',
		report: /redirects\.json:2 +\[json\] not valid JSON: .*\n +--> this file is JSON, not YAML/,
		alone: true,
	},
	// Row 29: an open redirect, a loop and a missing target were all published.
	{
		fixture: 'redirect-to-another-site',
		tag: 'redirect',
		report:
			/redirects\.json:3 +\[redirect\] "\/en\/compare\/" redirects to another site \("https:\/\/evil\.example\/"\): an open redirect/,
		alone: true,
	},
	{
		fixture: 'redirect-protocol-relative',
		tag: 'redirect',
		report: /\[redirect\] "\/en\/compare\/" redirects to another site \("\/\/evil\.example\/"\)/,
		alone: true,
	},
	{
		fixture: 'redirect-loop',
		tag: 'redirect',
		report:
			/redirects\.json:3 +\[redirect\] redirects loop: \/en\/old-a\/ → \/en\/old-b\/ → \/en\/old-a\//,
		alone: true,
	},
	{
		fixture: 'redirect-chain',
		tag: 'redirect',
		report:
			/\[redirect\] "\/en\/oldest\/" redirects to "\/en\/old\/", which redirects again\n +--> point it straight at "\/en\/compare\/"/,
		alone: true,
	},
	{
		fixture: 'redirect-to-missing-page',
		tag: 'redirect',
		report: /\[redirect\] "\/en\/old\/" redirects to "\/en\/nowhere\/", which is not built/,
		alone: true,
	},
	{
		fixture: 'redirect-hides-a-page',
		tag: 'redirect',
		report: /\[redirect\] "\/en\/compare\/" is still a page: the redirect would hide it/,
		alone: true,
	},
	// Row 28: a renamed page kept in the sidebar gave Starlight's slug error, naming no file.
	{
		fixture: 'sidebar-entry-to-renamed-page',
		tag: 'unknown-page',
		report:
			/src\/lib\/site-config\.ts +\[unknown-page\] sidebar entry "Compare" \(slug "compare"\) has no zh page/,
	},
];

const ALL = [...FILES, ...YAML, ...PAGES, ...FACTS, ...SITE];

describe('content checker', () => {
	it('passes the clean base fixture', () => {
		expect(formatReport(check(makeFixture()))).toBe('Content check passed: no problems found.');
	});

	it('passes the real content (with the real sidebar)', () => {
		expect(formatReport(checkProject(ROOT))).toBe('Content check passed: no problems found.');
	});

	describe.each(ALL)('$fixture', ({ fixture, tag, report, alone }) => {
		const problems = check(brokenFixture(fixture));
		it(`reports [${tag}] with file, line and fix`, () => {
			expect(problems.map((p) => p.tag)).toContain(tag);
			expect(formatReport(problems)).toMatch(report);
		});
		if (alone) {
			it('and nothing else (no follow-on errors)', () => {
				expect(problems).toHaveLength(1);
			});
		}
	});

	it('every fixture folder is in a table above (none left unused)', () => {
		const used = new Set([...ALL.map((c) => c.fixture), ...ACCEPTED]);
		const folders = readdirSync(FIXTURES).filter((n) => n !== 'base');
		expect(folders.filter((n) => !used.has(n))).toEqual([]);
	});
});

/** Input the checker must accept, as the build does. */
const ACCEPTED = [
	// Rows 6 and 7: every CRLF page failed with "the page has no title".
	'accepted-crlf-and-bom',
	// Row 16: `<Src id={"…"} />` was "`<Src>` has no id".
	'accepted-expression-attributes',
	'accepted-setext-heading-with-id',
	// A retired paragraph id keeps its published anchor, on the page and in its parallel view.
	'accepted-retired-paragraph-id',
];

describe('content checker accepts', () => {
	it.each(ACCEPTED)('%s', (fixture) => {
		expect(formatReport(check(brokenFixture(fixture)))).toBe(
			'Content check passed: no problems found.',
		);
	});

	it('a renamed page with redirects for its old URLs and its new slug in the sidebar', () => {
		const sidebar = FIXTURE_SIDEBAR.map((i) =>
			i.slug === 'compare' ? { ...i, slug: 'comparison' } : i,
		);
		const problems = checkProject(brokenFixture('sidebar-entry-to-renamed-page'), { sidebar });
		expect(formatReport(problems)).toBe('Content check passed: no problems found.');
	});
});

describe('content checker limits', () => {
	// Row 9: a 5 MB value was published as a 15 MB page. Generated here rather than committed.
	it('refuses a text field longer than the limit, at its line', () => {
		const long = `${'word '.repeat(MAX_FIELD_LENGTH / 5)}end`;
		const yaml = baseFile('content/cases/nanjing.yaml').replace(
			'en: five centres',
			`en: "${long}"`,
		);
		const report = formatReport(check(makeFixture({ 'content/cases/nanjing.yaml': yaml })));
		expect(report).toMatch(
			/nanjing\.yaml:8 +\[too-long\] field summary\.en is 10003 characters long \(at most 10000\)/,
		);
	});

	it('refuses a file larger than the limit', () => {
		const page = `${baseFile('src/content/docs/en/cases/nanjing.mdx')}\n${'More text. '.repeat(MAX_FILE_BYTES / 10)}\n`;
		const report = formatReport(
			check(makeFixture({ 'src/content/docs/en/cases/nanjing.mdx': page })),
		);
		expect(report).toMatch(
			/en\/cases\/nanjing\.mdx +\[too-long\] the file is \d+ KB; a content file stays under 256 KB/,
		);
	});
});

describe('the report', () => {
	it('lists every problem of one run, grouped by file, with a summary line', () => {
		const problems = check(
			brokenFixture(
				'unknown-id-in-entry',
				'duplicate-section-id',
				'pagelink-unknown-page',
				'case-not-compared',
			),
		);
		const text = formatReport(problems);
		for (const tag of ['unknown-id', 'duplicate-id', 'unknown-page', 'not-compared'])
			expect(text).toContain(`[${tag}]`);
		const files = text.split('\n').filter((l) => /^\S/.test(l));
		expect(files.slice(0, -1)).toEqual([
			'content/cases/nanjing.yaml',
			'content/paper/sections.yaml',
			'src/content/docs/en/compare.mdx',
			'src/content/docs/zh/cases/nanjing.mdx',
		]);
		expect(files.at(-1)).toBe(
			'5 problems in 4 files: 1 duplicate-id, 1 heading-mismatch, 1 not-compared, 1 unknown-id, 1 unknown-page',
		);
	});

	it('collapses repeated problems', () => {
		const page = `${baseFile('src/content/docs/zh/cases/nanjing.mdx')}\n<Src id="nope" /><Src id="nope" />\n`;
		const text = formatReport(
			check(makeFixture({ 'src/content/docs/zh/cases/nanjing.mdx': page })),
		);
		expect(text).toMatch(/\[unknown-section\] <Src id="nope">: no sections entry "nope" \(2x\)/);
	});
});

describe('on the real content', () => {
	/** A copy of the real content with one page changed. */
	function realWith(page: string, change: (mdx: string) => string): string {
		const dir = mkdtempSync(join(tmpdir(), 'checker-real-'));
		for (const path of ['content', 'src/content', 'src/pages/data'])
			cpSync(join(ROOT, path), join(dir, path), { recursive: true });
		const file = join(dir, page);
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, change(before));
		expect(readFileSync(file, 'utf8')).not.toBe(before);
		return dir;
	}
	const EN_NANJING = 'src/content/docs/en/cases/nanjing.mdx';

	// Issue #14: a source id (and diagram id) is not a heading; the old checker counted every
	// `id="…"` in the page source as an anchor, component props included.
	it('refuses <PageLink page="cases/nanjing" anchor="nanjing-structure">', () => {
		const dir = realWith(EN_NANJING, (mdx) =>
			mdx.replace(
				/^## .*\{ #problems \}$/m,
				'See <PageLink page="cases/nanjing" anchor="nanjing-structure">the structure</PageLink>.\n\n$&',
			),
		);
		expect(formatReport(checkProject(dir))).toMatch(
			/en\/cases\/nanjing\.mdx:\d+ +\[unknown-anchor\] <PageLink page="cases\/nanjing" anchor="nanjing-structure">: the page has no heading or element with id "nanjing-structure"\n +--> did you mean "structure"\?/,
		);
	});

	// Reliability row 20: a heading with the id the page's diagram figure already has.
	it('refuses a heading with the id of the diagram on its page', () => {
		const dir = realWith(EN_NANJING, (mdx) =>
			mdx.replace('{ #problems }', '{ #diagram-nanjing-structure }'),
		);
		expect(formatReport(checkProject(dir))).toMatch(
			/en\/cases\/nanjing\.mdx:69 +\[duplicate-id\] heading id "diagram-nanjing-structure" is also the id that <Diagram> \(line 67\) renders on this page/,
		);
	});
});
