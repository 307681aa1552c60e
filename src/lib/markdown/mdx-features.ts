/**
 * The MDX parser features of the build: Astro's defaults (GFM, smart punctuation) plus explicit
 * heading ids. Whatever reads a page's source outside the build (the checker, the concept pages'
 * backlinks) parses it with these, so it reads exactly what the build renders.
 */
export const MDX_FEATURES = {
	gfm: true,
	smartPunctuation: true,
	frontmatter: true,
	headingAttributes: true,
} as const;
