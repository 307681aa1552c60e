/**
 * The search fields of a page's frontmatter (added to Starlight's docs schema in
 * src/content.config.ts). Search (src/pages/search/terms.json.ts) treats each alias like the
 * page's title: typed as a query, it puts the page first.
 */
import { z } from 'astro/zod';

export const searchFrontmatter = z.object({
	/**
	 * Words a reader types for this page that the page may not use itself (对比 for 模式比较,
	 * 大事记 or "chronology" for the timeline), in the page's language. Each alias must name this
	 * page only: the same alias on two pages puts neither first.
	 */
	searchAliases: z.array(z.string().trim().min(1)).default([]),
});
