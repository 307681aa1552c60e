import type { Case } from '../../support/fixture.ts';

/** Files: where they are, their names, bytes and characters. */
export const FILES: Case[] = [
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
