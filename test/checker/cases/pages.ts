import type { Case } from '../../support/fixture.ts';

/** MDX pages, read as the build reads them. */
export const PAGES: Case[] = [
	// A page that is not valid MDX is reported with the parser's reason, at its line.
	{
		fixture: 'mdx-syntax-error',
		tag: 'mdx',
		report:
			/en\/cases\/nanjing\.mdx:7 +\[mdx\] the page is not valid MDX: Expected a closing tag for `<CaseFacts>`/,
		alone: true,
	},
	// Frontmatter is read as YAML, so invalid YAML is an error at its line.
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
	// A title is written raw inside <title>, so markup in it is refused.
	{
		fixture: 'frontmatter-markup-in-title',
		tag: 'markup',
		report:
			/en\/cases\/nanjing\.mdx:2 +\[markup\] the title contains "<" or ">": it becomes the page's <title>/,
		alone: true,
	},
	// Every page has its twin in the other language.
	{
		fixture: 'page-without-translation',
		tag: 'missing-translation',
		report:
			/zh\/cases\/nanjing\.mdx +\[missing-translation\] this page has no English counterpart\n +--> create src\/content\/docs\/en\/cases\/nanjing\.mdx/,
	},
	// Headings carry explicit ids, so a reworded heading keeps its published anchor.
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
	// Twin pages whose heading ids differ: one problem, at its line, in the file to change, keeping
	// the published id.
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
	// A setext heading is a heading too and needs its id.
	{
		fixture: 'heading-setext-without-id',
		tag: 'heading-id',
		report: /en\/cases\/nanjing\.mdx:13 +\[heading-id\] heading "More" has no explicit id/,
	},
	// An explicit id equal to one the page already generates would make two elements share an id.
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
	// A component split over several lines is read whole, and reported at the line where it starts.
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
			/nanjing\.mdx:9 +\[mdx\] <CaseLink> is used but not imported: the page would fail to build\n +--> add CaseLink to the page's import from '~\/components': import \{ …, CaseLink \} from '~\/components';/,
		alone: true,
	},
	// An id no entry has is reported with the nearest one.
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
	// A component's id prop (here a <Src id>) is not a heading: an anchor naming it is unknown.
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
	// Markdown links are checked before the build, against the pages that will exist.
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
	// Root-relative links would miss the base path when the site is served under one.
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
	// A script in MDX would be hashed into the CSP and run; an external image would call another site.
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
	// Paragraph ids: where a marker stands, what an id looks like, one per paragraph.
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
	{
		fixture: 'case-page-without-case-facts',
		tag: 'not-shown',
		report:
			/zh\/cases\/nanjing\.mdx:1 +\[not-shown\] the page of case "nanjing" has no <CaseFacts id="nanjing" \/>: every case page shows its facts box\n +--> place <CaseFacts id="nanjing" \/> below the frontmatter, imported with import \{ CaseFacts \} from '~\/components'/,
	},
	{
		fixture: 'paragraph-without-source',
		tag: 'source',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[source\] this paragraph names no source \(", see paths\."\)\n +--> end it with <Src id="…" \/>, the paper section\(s\) it comes from \(content\/paper\/sections\.yaml\); if it states nothing from the paper, add unsourced="why" to its <Para> marker/,
		alone: true,
	},
	{
		fixture: 'paragraph-unsourced-without-reason',
		tag: 'source',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[source\] unsourced on this paragraph gives no reason\n +--> write why it cites no section: unsourced="a pointer to another page"/,
		alone: true,
	},
	{
		fixture: 'component-by-path-not-imported',
		tag: 'mdx',
		report:
			/en\/compare\.mdx:8 +\[mdx\] <CompareTable> is used but not imported: the page would fail to build\n +--> import it by its path: import CompareTable from '~\/components\/mdx\/CompareTable\.astro';/,
		alone: true,
	},
	{
		fixture: 'anchor-of-heading-without-id',
		tag: 'unknown-anchor',
		report:
			/sections\.yaml:14 +\[unknown-anchor\] section "nanjing-measure-1", field anchor: the en page "cases\/nanjing" has no heading \{ #five-centres \}\n +--> the heading "Five centres in all" \(src\/content\/docs\/en\/cases\/nanjing\.mdx:9\) has no id: end it with \{ #five-centres \}/,
	},
];
