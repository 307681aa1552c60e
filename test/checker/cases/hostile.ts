import type { Case } from '../../support/fixture.ts';

const CODE_HINT = String.raw`.*\n +--> write import \{ Src, Term \} from '~/components'; or import X from '~/components/mdx/X\.astro'; and nothing else`;

/**
 * Hostile input in pages, frontmatter, data and UI strings: code that would run at build time,
 * markup Starlight writes raw, fields that move or drop a page, and characters that only appear
 * once escapes are decoded. Each is refused at its file and line, with a fix.
 */
export const HOSTILE: Case[] = [
	// An `export` reading the environment, shown with `{leak}`, would put a secret in the page.
	{
		fixture: 'code-export-env',
		tag: 'code',
		report: new RegExp(
			String.raw`en/cases/nanjing\.mdx:6 +\[code\] "export const leak = .*": an \`export\` runs code at build time` +
				CODE_HINT,
		),
	},
	{
		fixture: 'code-export-env',
		tag: 'code',
		report:
			/en\/cases\/nanjing\.mdx:14 +\[code\] \{leak\}: an expression runs code at build time\b.*\n +--> write the text itself/,
	},
	// node:fs would read /etc/passwd into the page.
	{
		fixture: 'code-import-node-module',
		tag: 'code',
		report: new RegExp(
			String.raw`nanjing\.mdx:6 +\[code\] "import \{ readFileSync \} from 'node:fs';": a page imports only the site's components` +
				CODE_HINT,
		),
	},
	// A file outside the project read with ?raw.
	{
		fixture: 'code-import-raw-file',
		tag: 'code',
		report:
			/nanjing\.mdx:6 +\[code\] "import hostfile from '\.\.\/.*: a page imports only the site's components: any other module, or a file read with \?raw or \?url/,
	},
	// An exit hook that would rewrite a built page after the audit.
	{
		fixture: 'code-export-exit-hook',
		tag: 'code',
		report: /nanjing\.mdx:6 +\[code\] "export const _late = .*an `export` runs code at build time/,
		alone: true,
	},
	// A script beside the page, imported with ?url and placed with a <script> in an expression.
	{
		fixture: 'code-import-script-url',
		tag: 'file',
		report:
			/en\/cases\/payload\.js +\[file\] only \.mdx pages belong under src\/content\/docs\b.*\n +--> delete it, or move it out of src\/content\/docs/,
	},
	{
		fixture: 'code-import-script-url',
		tag: 'code',
		report: /nanjing\.mdx:6 +\[code\] "import selfJs from '\.\/payload\.js\?url';"/,
	},
	{
		fixture: 'code-import-script-url',
		tag: 'code',
		report: /nanjing\.mdx:14 +\[code\] \{<script src=\{selfJs\}><\/script>\}: an expression/,
	},
	// JSX inside an expression, which the checker's HTML rules do not reach.
	{
		fixture: 'code-jsx-script-in-expression',
		tag: 'code',
		report: /nanjing\.mdx:13 +\[code\] \{<script>/,
		alone: true,
	},
	{
		fixture: 'code-jsx-image-in-expression',
		tag: 'code',
		report: /nanjing\.mdx:13 +\[code\] \{<img srcSet="https:\/\/tracker/,
		alone: true,
	},
	{
		fixture: 'code-jsx-noscript-refresh',
		tag: 'code',
		report: /nanjing\.mdx:13 +\[code\] \{<noscript><meta http-equiv="refresh"/,
		alone: true,
	},
	// A computed javascript: URL.
	{
		fixture: 'code-computed-href',
		tag: 'code',
		report:
			/nanjing\.mdx:13 +\[code\] <a href=\{"java" \+ "script:alert\(1\)"\}>: a computed attribute runs at build time\b.*\n +--> write it as a plain string: href="…"/,
		alone: true,
	},
	{
		fixture: 'code-spread-attribute',
		tag: 'code',
		report:
			/nanjing\.mdx:13 +\[code\] <span \{\.\.\.props\}>: a spread attribute is computed at build time/,
		alone: true,
	},
	{
		fixture: 'code-renamed-import',
		tag: 'code',
		report:
			/nanjing\.mdx:5 +\[code\] "import \{ Diagram as Figure \} from '~\/components';": import each component under its own name/,
		alone: true,
	},
	// A .md page: the build renders its HTML raw while an MDX reading sees a string.
	{
		fixture: 'file-md-page',
		tag: 'file',
		report:
			/en\/extra\.md +\[file\] a \.md page is read as Markdown, where HTML is raw\b.*\n +--> rename it to src\/content\/docs\/en\/extra\.mdx/,
		alone: true,
	},
	// An extension no loader reads.
	{
		fixture: 'file-markdown-extension',
		tag: 'file',
		report: /en\/cite\.markdown +\[file\] only \.mdx pages belong under src\/content\/docs/,
		alone: true,
	},
	// A full-screen link to another site laid over the page by an inline style.
	{
		fixture: 'html-inline-style-overlay',
		tag: 'html',
		report: /nanjing\.mdx:13 +\[html\] <a style>: inline styles are not allowed in pages/,
		alone: true,
	},
	{
		fixture: 'html-noscript',
		tag: 'html',
		report: /nanjing\.mdx:13 +\[html\] <noscript> is not allowed in a page/,
	},
	// Characters that exist only once escapes are decoded: YAML "\u202E", "\x1b", MDX &#x202E;.
	{
		fixture: 'character-escape-in-title',
		tag: 'character',
		report:
			/nanjing\.mdx:2 +\[character\] frontmatter title contains an invisible text-direction control U\+202E \(RIGHT-TO-LEFT OVERRIDE\) once its escapes are read/,
		alone: true,
	},
	{
		fixture: 'character-escape-in-yaml',
		tag: 'character',
		report:
			/cases\/nanjing\.yaml:3 +\[character\] field place\.en contains an invisible text-direction control U\+202E/,
		alone: true,
	},
	{
		fixture: 'character-reference-in-mdx',
		tag: 'character',
		report:
			/nanjing\.mdx:11 +\[character\] the text contains an invisible text-direction control U\+202E/,
		alone: true,
	},
	// A line break in a title would start a second RIS record.
	{
		fixture: 'frontmatter-title-line-break',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:2 +\[frontmatter\] the title has a line break: it is one line in the <title>, the search results and every citation export/,
		alone: true,
	},
	{
		fixture: 'line-break-in-case-name',
		tag: 'character',
		report: /cases\/nanjing\.yaml:1 +\[character\] field name\.en has a line break/,
		alone: true,
	},
	// Starlight fields that move or drop a page, or write markup, links and scripts into it.
	{
		fixture: 'frontmatter-slug',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `slug` is refused: it moves the page\b.*\n +--> remove it; to move a page, rename its files in both languages and add a redirect/,
		alone: true,
	},
	{
		fixture: 'frontmatter-draft',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `draft` is refused: Starlight leaves a draft page out of the build/,
		alone: true,
	},
	{
		fixture: 'frontmatter-banner',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `banner` is refused: Starlight writes a banner as raw HTML/,
		alone: true,
	},
	...['noscript', 'canonical', 'meta-refresh', 'base'].map((name) => ({
		fixture: `frontmatter-head-${name}`,
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:4 +\[frontmatter\] head entry 1 is not a plain <title>.*\n +--> remove it, or keep only `- tag: title` with a plain-text `content`/,
		alone: true,
	})),
	{
		fixture: 'frontmatter-head-script',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:6 +\[frontmatter\] head entry 2 is not a plain <title>.*\n.*\n.*nanjing\.mdx:8 +\[frontmatter\] head entry 3 is not a plain <title>/,
	},
	{
		fixture: 'frontmatter-hero',
		tag: 'frontmatter',
		report: /nanjing\.mdx:3 +\[frontmatter\] `hero` is refused/,
		alone: true,
	},
	{
		fixture: 'frontmatter-edit-url',
		tag: 'frontmatter',
		report: /nanjing\.mdx:3 +\[frontmatter\] `editUrl` is refused/,
		alone: true,
	},
	...['attrs', 'badge'].map((name) => ({
		fixture: `frontmatter-sidebar-${name}`,
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `sidebar` is refused\b.*\n +--> keep at most `sidebar: \{ label: … \}` \(plain text, on an index page\); remove the rest/,
		alone: true,
	})),
	{
		fixture: 'frontmatter-unknown-field',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `tableofcontents` is not a frontmatter field this site uses\n +--> did you mean `tableOfContents`\?/,
		alone: true,
	},
	{
		fixture: 'frontmatter-wrong-type',
		tag: 'frontmatter',
		report:
			/nanjing\.mdx:3 +\[frontmatter\] `tableOfContents` is read as a string, but it is a boolean/,
		alone: true,
	},
	// A UI string that a component writes into HTML as it is.
	{
		fixture: 'ui-string-markup',
		tag: 'markup',
		report:
			/src\/content\/i18n\/en\.json:\d+ +\[markup\] UI string "cite\.accessPlaceholder" contains "<", ">" or "&"/,
		alone: true,
	},
	// The URL manifest, read strictly: wrong types, `[]` (which would switch the promise off) and a
	// duplicate key (which would drop the first entry's anchors) are located errors.
	{
		fixture: 'manifest-anchors-not-a-list',
		tag: 'manifest',
		report:
			/published-urls\.json:3 +\[manifest\] the anchors of "\/en\/cases\/nanjing\/" must be a list of ids, not "five-centres"\n +--> write "\/en\/cases\/nanjing\/": \["id", …\]/,
		alone: true,
	},
	{
		fixture: 'manifest-files-not-a-list',
		tag: 'manifest',
		report: /published-urls\.json:7 +\[manifest\] "files" must be a list of published file paths/,
		alone: true,
	},
	{
		fixture: 'manifest-empty-array',
		tag: 'manifest',
		report: /published-urls\.json:1 +\[manifest\] the manifest must be an object \{ "pages"/,
		alone: true,
	},
	{
		fixture: 'manifest-duplicate-key',
		tag: 'manifest',
		report:
			/published-urls\.json:4 +\[manifest\] "\/en\/cases\/nanjing\/" is listed twice: JSON keeps only the last entry\b.*\n +--> merge the two "\/en\/cases\/nanjing\/" entries into one list/,
		alone: true,
	},
	// An anchor the committed floor holds, gone from the manifest (no git needed to see it).
	{
		fixture: 'manifest-below-floor',
		tag: 'url-dropped',
		report:
			/published-urls\.json:5 +\[url-dropped\] \/zh\/compare\/#early-models was published \(the committed floor, content\/published-urls\.floor\.json:5\) and is no longer in the manifest/,
		alone: true,
	},
];
