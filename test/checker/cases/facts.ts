import type { Case } from '../../support/fixture.ts';

/** Facts in one place: figures come from the case's YAML. */
export const FACTS: Case[] = [
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
	// One English rendering per term.
	{
		fixture: 'term-avoided',
		tag: 'terminology',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community" \(one rendering per term; see avoid\.en in content\/concepts\/strengthen-street\.yaml\)/,
		alone: true,
	},
	// A Chinese variant (avoid.zh) on a Chinese page; Chinese has no spaces to bound it.
	{
		fixture: 'term-avoided-zh',
		tag: 'terminology',
		report:
			/zh\/cases\/nanjing\.mdx:11 +\[terminology\] "强街拓社" is a rendering the concept "strengthen-street" avoids; the site writes "强街扩社"\n +--> write "强街扩社" \(one rendering per term; see avoid\.zh in content\/concepts\/strengthen-street\.yaml\)/,
		alone: true,
	},
	// An English gloss in a table cell of a Chinese page, split by emphasis.
	{
		fixture: 'term-avoided-in-table',
		tag: 'terminology',
		report:
			/zh\/cases\/nanjing\.mdx:15 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community" \(one rendering per term; see avoid\.en/,
		alone: true,
	},
	// A variant split over two lines of a Mermaid label ("committee–station\n separation") is
	// found; the line named is the file's, inside the block scalar.
	{
		fixture: 'term-avoided-in-diagram',
		tag: 'terminology',
		report:
			/content\/diagrams\/nanjing\.yaml:8 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids; the site writes "strengthening the street and expanding the community"\n +--> write "strengthening the street and expanding the community"/,
	},
];
