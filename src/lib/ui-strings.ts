/**
 * The site's own UI strings (beyond Starlight's). The English file is the reference: every key
 * here must be present in `src/content/i18n/en.json` and `zh-CN.json` (the checker enforces it).
 */
import { z } from 'astro/zod';

const text = z.string().min(1);

export const uiStrings = z.object({
	/** Label before a source reference. */
	'src.label': text,
	/** Tooltip prefix of a source reference. */
	'src.title': text,
	/** Shown in a table cell when the paper says nothing. */
	'data.notStated': text,
	/** Facts box heading. */
	'facts.heading': text,
	'facts.place': text,
	/** The case's name in the other language and its other names. */
	'facts.names': text,
	'facts.path': text,
	'facts.cityScale': text,
	'facts.streetOffice': text,
	'facts.core': text,
	'facts.bodies': text,
	'facts.levels': text,
	'facts.grid': text,
	'facts.measures': text,
	'facts.problems': text,
	'facts.figures': text,
	'facts.followers': text,
	'facts.motives': text,
	'facts.placement': text,
	'facts.aim': text,
	'facts.concepts': text,
	'facts.kind.reform-model': text,
	'facts.kind.early-model': text,
	/** Comparison table captions. */
	'compare.reform-models': text,
	'compare.early-models': text,
	'compare.stages': text,
	'compare.dimension': text,
	'compare.scroll': text,
	'stage.name': text,
	'stage.period': text,
	'stage.driver': text,
	'stage.structure': text,
	'stage.outcome': text,
	'stage.problem': text,
	'stage.label': text,
	/** Concept pages. */
	'concept.pinyin': text,
	'concept.otherLanguage': text,
	'concept.definition': text,
	'concept.whereUsed': text,
	'concept.related': text,
	'concept.cases': text,
	'concept.aliases': text,
	/** Timeline. */
	'timeline.addedContext': text,
	'timeline.fromPaper': text,
	/** Index pages. */
	'index.reformModels': text,
	'index.earlyModels': text,
	/** Page types, shown in search results and used as a search filter. */
	'pageType.filter': text,
	'pageType.paper': text,
	'pageType.case': text,
	'pageType.concept': text,
	'pageType.tool': text,
	'pageType.about': text,
	'pageType.home': text,
	/**
	 * The search dialog's line above the results (src/lib/search-ui.ts). Starlight hands every
	 * `pagefind.*` string to the search UI; [SEARCH_TERM] is the query as typed or searched,
	 * [DIFFERENT_TERM] the query searched instead or as well.
	 */
	'pagefind.site_searched_for': text,
	'pagefind.site_fewer_words': text,
	'pagefind.site_broader': text,
	'pagefind.site_also_searched': text,
	'pagefind.site_other_language': text,
	'pagefind.site_absent_words': text,
	/** Between two queries in "also searched for". */
	'pagefind.site_list_separator': text,
	/** Cite panel. */
	'cite.title': text,
	'cite.thisPage': text,
	'cite.thePaper': text,
	'cite.copy': text,
	'cite.copied': text,
	'cite.moreFormats': text,
	'cite.download': text,
	'cite.accessPlaceholder': text,
	'cite.edition': text,
	'cite.updated': text,
	/** Label of a diagram's text version. */
	'diagram.textVersion': text,
	/** Landing page. */
	'nav.concepts': text,
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
