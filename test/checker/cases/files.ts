import type { Case } from '../../support/fixture.ts';

/** Files: where they are, their names, bytes and characters. */
export const FILES: Case[] = [
	// Content is UTF-8: a Latin-1 byte in YAML would be published as U+FFFD.
	{
		fixture: 'encoding-invalid-utf8-yaml',
		tag: 'encoding',
		report:
			/content\/cases\/nanjing\.yaml:1 +\[encoding\] this line has bytes that are not valid UTF-8.*\n +--> save the file as UTF-8/,
		alone: true,
	},
	// The same in MDX, where the build's own error (ENOENT) would mislead.
	{
		fixture: 'encoding-invalid-utf8-mdx',
		tag: 'encoding',
		report: /en\/cases\/nanjing\.mdx:9 +\[encoding\]/,
		alone: true,
	},
	// Astro loads only .yaml: a .yml file would leave its page unbuilt and its links broken.
	{
		fixture: 'file-yml-extension',
		tag: 'file',
		report:
			/strong-state\.yml +\[file\] Astro loads only \.yaml files.*\n +--> rename it to content\/concepts\/strong-state\.yaml/,
		alone: true,
	},
	// File names are kebab-case ids, since Astro turns any other name into an id of its own.
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
	// A NUL would be written raw into every page that shows the field. One problem: the YAML error it causes is not repeated.
	{
		fixture: 'character-nul-in-yaml',
		tag: 'character',
		report: /nanjing\.yaml:8 +\[character\] this line contains a control character U\+0000 \(NUL\)/,
		alone: true,
	},
	// A right-to-left override would reorder the text a reader sees.
	{
		fixture: 'character-bidi-override-in-mdx',
		tag: 'character',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[character\] this line contains an invisible text-direction control U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/,
		alone: true,
	},
];
