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
	// Issue #12: one English rendering per term.
	{
		fixture: 'term-avoided',
		tag: 'terminology',
		report:
			/en\/cases\/nanjing\.mdx:11 +\[terminology\] "strong street, wide community" is a rendering the concept "strengthen-street" avoids\n +--> write "strengthening the street and expanding the community"/,
		alone: true,
	},
];
