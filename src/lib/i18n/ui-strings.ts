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
	/** Column headings of a case's figures table (`<CaseFigures>`). */
	'figures.item': text,
	'figures.before': text,
	'figures.after': text,
	'figures.note': text,
	/** Comparison table captions. */
	'compare.reform-models': text,
	'compare.early-models': text,
	'compare.stages': text,
	'compare.dimension': text,
	'compare.scroll': text,
	/** The overview of every case: caption, the case column and the summary row. */
	'compare.overview': text,
	'compare.case': text,
	'compare.summary': text,
	/** The phone's side-by-side picker: its label and each select's name ("column {{n}}"). */
	'compare.pick': text,
	'compare.pickColumn': text,
	/** The phone's button that shows a long dimension in full, and hides it again. */
	'compare.more': text,
	'compare.less': text,
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
	'concept.mentions': text,
	'concept.mentionsNone': text,
	'concept.pageTop': text,
	'concept.related': text,
	'concept.cases': text,
	'concept.aliases': text,
	/** Timeline. */
	'timeline.fromPaper': text,
	'timeline.periodOnly': text,
	'timeline.undated': text,
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
	// The search dialog's line above the results: src/lib/search/strings.ts (loaded with the
	// search UI, not written into every page as Starlight writes `pagefind.*` strings).
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
	/** Edition pages, the list of editions, what changed, and the cite panel's edition note. */
	'edition.label': text,
	'edition.this': text,
	'edition.fixed': text,
	'edition.changesFrom': text,
	'edition.read': text,
	'edition.whatChanged': text,
	'edition.latest': text,
	'edition.current': text,
	'edition.all': text,
	'edition.changesTitle': text,
	'editions.title': text,
	'editions.description': text,
	'editions.intro': text,
	'editions.none': text,
	'editions.pages': text,
	'editions.released': text,
	'changes.summary': text,
	'changes.none': text,
	'changes.gone': text,
	'changes.added': text,
	'changes.removed': text,
	'changes.reworded': text,
	'changes.before': text,
	'changes.after': text,
	'cite.changedSince': text,
	'cite.editionCited': text,
	'cite.gbt2025': text,
	'cite.gbt2015': text,
	/** A local preview (no SITE_URL): what the reader is looking at, and what it cites. */
	'cite.preview': text,
	'cite.findPublished': text,
	'cite.external': text,
	/** A paragraph's "¶" link (its accessible name), and the link to cite the paragraph. */
	'para.link': text,
	'para.cite': text,
	/** The cite panel's paragraph citation, and its note on a parallel view. */
	'cite.thisParagraph': text,
	'cite.parallelNote': text,
	/** From the paragraph's citation back to the paragraph. */
	'cite.backToParagraph': text,
	/** The paper's records on an English page are romanised; where the original-script ones are. */
	'cite.romanisedRecord': text,
	'cite.originalRecord': text,
	/** The link to the cite page's notes on reference managers. */
	'cite.managers': text,
	/** The parallel view: its link from a page, title, description and controls. */
	'parallel.link': text,
	'parallel.title': text,
	'parallel.description': text,
	'parallel.pages': text,
	'parallel.show': text,
	'parallel.both': text,
	'parallel.zhOnly': text,
	'parallel.enOnly': text,
	/** The print / save-as-PDF button on paper and case pages. */
	'print.button': text,
	/** On paper only, under the title: the page's address and a short citation. */
	'print.address': text,
	'print.cite': text,
	/** Label of a diagram's text version. */
	'diagram.textVersion': text,
	/** The button that opens a diagram full screen, and the one that closes it. */
	'diagram.enlarge': text,
	'diagram.close': text,
	/** Shown under a diagram wider than its column. */
	'diagram.scrollHint': text,
	/** Landing page. */
	'nav.concepts': text,
});

export type UiStringKey = keyof z.infer<typeof uiStrings>;
