import type { Case } from '../../support/fixture.ts';

/** The site as a whole: section map, comparison, diagrams, UI strings, URLs, redirects, sidebar. */
export const SITE: Case[] = [
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
	// A diagram source with no rendered SVG in the cache: the build cannot render it offline.
	{
		fixture: 'diagram-cache-missing',
		tag: 'diagram-cache',
		report:
			/diagrams\/nanjing\.yaml:3 +\[diagram-cache\] diagram "nanjing" \(zh\) has no rendered SVG in content\/diagrams\/rendered\/ \(new or changed source\)\n +--> run `npm run diagrams` \(needs Chromium\) and commit the new files/,
	},
	// A Mermaid init directive (htmlLabels: every label blank), HTML in a label and a click line.
	{
		fixture: 'diagram-init-directive',
		tag: 'schema',
		report:
			/diagrams\/nanjing\.yaml:4 +\[schema\] diagrams "nanjing", field mermaid\.zh: a %%\{…\}%% directive changes the renderer's settings \(init, htmlLabels, theme\); delete it/,
	},
	{
		fixture: 'diagram-init-directive',
		tag: 'schema',
		report:
			/nanjing\.yaml:5 +\[schema\] diagrams "nanjing", field mermaid\.en: a click line adds a link or a callback.*\n.*\n.*nanjing\.yaml:5 +\[schema\] diagrams "nanjing", field mermaid\.en: HTML in a label; write the label as plain text/,
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
	// A published page, anchor or file that is no longer built breaks the links readers keep.
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
	// A JSON file that does not parse is reported as JSON, at its file and line.
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
	// A redirect goes to a page of this site that exists, in one step (no open redirect, no loop).
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
	// A sidebar entry for a renamed page is named with its file and line, not left to Starlight's slug error.
	{
		fixture: 'sidebar-entry-to-renamed-page',
		tag: 'unknown-page',
		report:
			/src\/lib\/site\/config\.ts +\[unknown-page\] sidebar entry \(slug "compare"\) has no zh page/,
	},
];
