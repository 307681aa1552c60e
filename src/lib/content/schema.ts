/**
 * The schemas of the knowledge base in `content/`, written once and used twice:
 * by `src/content.config.ts` (with Astro's `reference()`) and by the standalone checker
 * (with plain string ids, so it runs without Astro). Types are derived from these schemas.
 */
import { z } from 'astro/zod';
import { KEBAB_ID, type ReferableCollection } from './files.ts';

/** A factory for a reference to an entry of another collection. */
export type RefFactory<R extends z.ZodType> = (collection: ReferableCollection) => R;

/** Both languages are required and neither may be empty. */
/**
 * What a Mermaid source may not hold, and why: the renderer's settings (plain-text labels, strict
 * security) are the site's, and a source that changes them publishes a drawing without labels or
 * with HTML in it; interactions do nothing on a static page.
 */
export const MERMAID_REFUSED: readonly { pattern: RegExp; why: string }[] = [
	{
		pattern: /%%\s*\{/,
		why: "a %%{…}%% directive changes the renderer's settings (init, htmlLabels, theme); delete it, the site sets them",
	},
	{
		pattern: /^\s*---/,
		why: 'a --- block sets Mermaid options for this diagram; delete it, the site sets them',
	},
	{
		pattern: /^\s*click\s/m,
		why: 'a click line adds a link or a callback, which a diagram on this site never has; delete it',
	},
	{
		pattern: /<\/?[a-z][^>]*>/i,
		why: 'HTML in a label; write the label as plain text (a line break: a new line in a "…" label)',
	},
];

/** A Mermaid source, as `npm run diagrams` renders it. */
const mermaidSource = z
	.string()
	.trim()
	.min(1, 'the Mermaid source is empty')
	.superRefine((source, ctx) => {
		for (const { pattern, why } of MERMAID_REFUSED)
			if (pattern.test(source)) ctx.addIssue({ code: 'custom', message: why });
	});

export const bilingual = z
	.object({
		/** The text as a Chinese reader reads it (Simplified Chinese). */
		zh: z.string().trim().min(1, 'the Chinese text (zh) is empty'),
		/** The same text for an English reader; not a word-for-word gloss of `zh`. */
		en: z.string().trim().min(1, 'the English text (en) is empty'),
	})
	.strict();

/** A list of alternative spellings or renderings per language, used for search. */
export const bilingualList = z
	.object({
		/** Chinese alternatives. */
		zh: z.array(z.string().trim().min(1)).default([]),
		/** English alternatives. */
		en: z.array(z.string().trim().min(1)).default([]),
	})
	.strict();

/**
 * A rendering to avoid: either the variant alone (use the concept's `term` in that language
 * instead), or the variant with the rendering to use (for a phrase built on the term, e.g.
 * 全员网格化管理).
 */
export const avoidedRendering = z.union([
	z.string().trim().min(1),
	z
		.object({
			/** The variant that must not appear in the site's text. */
			text: z.string().trim().min(1),
			/** The rendering to use instead. */
			use: z.string().trim().min(1),
		})
		.strict(),
]);

/** An ASCII id usable in a URL or an anchor. */
export const slugId = z
	.string()
	.regex(KEBAB_ID, 'use lowercase ASCII letters, digits and single hyphens');

/** A date the paper gives, written as YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z
	.string()
	.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD');

/** `dateSource` values of earlier versions, dates this site added; refused with a message why. */
export const RETIRED_DATE_SOURCES: readonly string[] = ['month-added', 'added-context'];

/** Builds every collection schema around one reference factory. */
export function defineSchemas<R extends z.ZodType>(ref: RefFactory<R>) {
	/** Where in the paper a statement comes from: one or more section ids. */
	const sources = z.array(ref('sections')).min(1, 'give at least one paper section id');

	/** A statement about the paper in both languages, with the sections it comes from. */
	const fact = bilingual.extend({
		/** The paper sections this statement comes from. */
		sources,
	});

	/**
	 * A figure's value: one string for both languages (`'8'`), or `{ zh, en }` when the Chinese
	 * carries a measure word an English table must not show (`{ zh: '8人', en: '8' }`).
	 */
	const figureValue = z.union([z.string().min(1), bilingual]);

	/** A number the paper gives, before and after a reform. */
	const figure = z
		.object({
			/** What is counted. */
			label: bilingual,
			/** The value before the reform, exactly as the paper gives it. */
			before: figureValue,
			/** The value after the reform, exactly as the paper gives it. */
			after: figureValue,
			/** A note on the figure (e.g. "on average"). */
			note: bilingual.optional(),
			/** The paper sections this figure comes from. */
			sources,
		})
		.strict();

	/**
	 * A measure or problem of a reform model. The comparison table shows its short name, linked to
	 * the heading of the case page that discusses it.
	 */
	const measure = fact.extend({
		/** A short name for the comparison table, in our words or the paper's slogan. */
		name: bilingual.optional(),
		/** The heading id on the case page that discusses it (checked by the content checker). */
		anchor: slugId.optional(),
	});

	const sections = z
		.object({
			/** Stable id; published in URLs of source references. Never rename. */
			id: slugId,
			/** The enclosing section, if any. */
			parent: ref('sections').optional(),
			/** Position in the paper (reading order). */
			order: z.number().int().positive(),
			/** The site page (without locale prefix) that summarises this part. */
			page: z.string().regex(/^[a-z0-9/-]+$/, 'a page path like cases/nanjing'),
			/** The heading id on that page; omitted when the whole page is meant. */
			anchor: slugId.optional(),
			/** A short label shown on source references. */
			label: bilingual,
		})
		.strict();

	const paper = z
		.object({
			/** The title as the copy gives it, in Chinese and in the paper's own English. */
			title: bilingual,
			/** The Chinese title in Hanyu Pinyin, words divided (GB/T 16159), for APA 7 in English. */
			titlePinyin: z.string().trim().min(1),
			/** The authors in the order the copy gives them. */
			authors: z
				.array(
					z
						.object({
							/** Family name (zh: 胡; en: Hu). */
							family: bilingual,
							/** Given name (zh: 晓燕; en: Xiao-yan). */
							given: bilingual,
							/** Degree as stated. */
							degree: bilingual.optional(),
							/** Affiliations as stated. */
							affiliations: z.array(bilingual).min(1),
							/** Positions as stated. */
							positions: z.array(bilingual).default([]),
							/** Research interests as stated. */
							research: bilingual.optional(),
						})
						.strict(),
				)
				.min(1),
			/** The received date (收稿日期), YYYY-MM-DD. */
			received: partialDate,
			/** The keywords in the order given, Chinese with the paper's English. */
			keywords: z.array(bilingual).min(1),
		})
		.strict();

	const caseBase = z.object({
		/** The model's full name. */
		name: bilingual,
		/** A short name for tables and links. */
		short: bilingual,
		/** The place (province, city, district) as the paper names it. */
		place: bilingual,
		/** Position in lists and tables. */
		order: z.number().int(),
		/**
		 * Terms readers may search for, e.g. "five centers": other spellings and names, not all of them
		 * the paper's. Shown in the facts box under "Search terms" (检索用词), not as the case's names.
		 */
		aliases: bilingualList.default({ zh: [], en: [] }),
		/** One or two sentences on what the model is. */
		summary: fact,
		/**
		 * Concepts the case illustrates. The one home of the case–concept relation: concept pages
		 * list their cases from this (src/lib/content/relations.ts).
		 */
		concepts: z.array(ref('concepts')).default([]),
		/** Where the paper discusses the case. */
		sources,
	});

	const cases = z.discriminatedUnion('kind', [
		caseBase
			.extend({
				/** One of the three reform models of section 三. */
				kind: z.literal('reform-model'),
				/** The reform path concept (撤街强社 / 强街扩社 / 精街强社). */
				path: ref('concepts'),
				/** How the paper relates the model to the reform paths. */
				pathNote: fact,
				/** Why the reform was undertaken. */
				motives: z.array(fact).optional(),
				/** The city scale the paper associates with the model. */
				cityScale: fact.optional(),
				/** What happens to the street office. */
				streetOffice: fact.optional(),
				/** The leading or core organisation. */
				core: fact.optional(),
				/** The bodies under it. */
				bodies: z.array(fact).optional(),
				/** Government, management and network levels. */
				levels: fact.optional(),
				/** Grid design. */
				grid: fact.optional(),
				/** Key measures. */
				measures: z.array(measure).optional(),
				/** Problems addressed. */
				problems: z.array(measure).optional(),
				/** Figures with before and after values, shown by `<CaseFigures id>` on the case page. */
				figures: z.array(figure).optional(),
				/** Cities that followed the model. */
				followers: fact.optional(),
			})
			.strict(),
		caseBase
			.extend({
				/** One of the early models of the first stage (section 二). */
				kind: z.literal('early-model'),
				/** Where the model places the community. */
				placement: fact,
				/** What the arrangement is meant to bring out. */
				aim: fact.optional(),
				/** Government, management and network levels. */
				levels: fact.optional(),
			})
			.strict(),
	]);

	const concepts = z
		.object({
			/** The term in both languages; the English is the one rendering used site-wide. */
			term: bilingual,
			/** Hanyu pinyin with tone marks for the Chinese term. */
			pinyin: z.string().min(1),
			/** Other renderings or spellings readers may search for. */
			aliases: bilingualList.default({ zh: [], en: [] }),
			/**
			 * Renderings that must not appear anywhere in the site's text: pages of either language
			 * (prose, tables, titles), data text and diagram text (`checker/terminology.ts` finds
			 * them; the checker refuses them): variants seen before the rendering was fixed. Search
			 * aliases may repeat them; the text may not.
			 */
			avoid: z
				.object({
					/** English variants to avoid (an English gloss on a Chinese page counts too). */
					en: z.array(avoidedRendering).default([]),
					/** Chinese variants to avoid (a Chinese term quoted on an English page counts too). */
					zh: z.array(avoidedRendering).default([]),
				})
				.strict()
				.default({ en: [], zh: [] }),
			/** A short definition as the paper uses the term. */
			definition: fact,
			/** Related concepts. */
			related: z.array(ref('concepts')).default([]),
		})
		.strict();

	const timeline = z
		.object({
			/**
			 * The date the paper gives, YYYY, YYYY-MM or YYYY-MM-DD, shown as written. Left out when
			 * the paper gives no date (then `sortKey` places the event, and `period` holds the paper's
			 * words for when, if it has any): the site states no date the paper does not give.
			 */
			date: partialDate.optional(),
			/**
			 * Where `date` comes from: always `paper`. (`month-added` and `added-context`, dates this
			 * site added, are refused: the site states no date the paper does not give.)
			 */
			dateSource: z
				.literal('paper', {
					error: (issue) =>
						RETIRED_DATE_SOURCES.includes(String(issue.input))
							? `dateSource "${String(issue.input)}" is no longer allowed: the site states no date the paper does not give; remove date and dateSource, and give a sortKey (not shown) and, if the paper has words for when, a period`
							: 'dateSource is "paper": give only a date the paper gives',
				})
				.optional(),
			/** The paper's own words for when it happened, when it gives no date (建国初期). */
			period: bilingual.optional(),
			/**
			 * Only for an event without a date: our own key (YYYY…) that places it among the dated
			 * events. It is not a date, is never shown and is not exported.
			 */
			sortKey: partialDate.optional(),
			/**
			 * Ids this event had before, when an id had to change (e.g. `street-residents-1949`, whose
			 * number was not a date the paper gives). A published anchor never disappears: the
			 * timeline page keeps an empty anchor with each former id just before the event, and
			 * `/data/timeline.json` lists them. A former id may not be any event's id or former id.
			 */
			formerIds: z.array(slugId).default([]),
			/** A short title. */
			title: bilingual,
			/** What happened, as the paper presents it. */
			description: fact,
			/** Related concepts. */
			concepts: z.array(ref('concepts')).default([]),
		})
		.strict()
		.superRefine((event, ctx) => {
			const fail = (path: string, message: string) =>
				ctx.addIssue({ code: 'custom', path: [path], message });
			if (event.date && event.period)
				fail('period', 'give either a date the paper gives or the paper’s period, not both');
			if (event.date && !event.dateSource)
				fail('dateSource', 'say where the date comes from: dateSource: paper');
			if (!event.date && !event.sortKey)
				fail(
					'sortKey',
					'an event the paper does not date needs a sortKey to place it (not shown); add the paper’s words for when, if any, as period',
				);
			if (!event.date && event.dateSource)
				fail('dateSource', 'an event without a date has no dateSource');
			if (event.date && event.sortKey)
				fail('sortKey', 'a dated event is ordered by its date; remove sortKey');
		});

	const stages = z
		.object({
			/** The stage's number in the paper's sequence (the paper names three). */
			number: z.number().int().min(1).max(3),
			/** The stage's name as the paper frames it. */
			name: fact,
			/** The period. */
			period: fact,
			/** What drove it. */
			driver: fact,
			/** The structure it produced. */
			structure: fact,
			/** Its outcome. */
			outcome: fact,
			/** The problem it left. */
			problem: fact,
		})
		.strict();

	const diagrams = z
		.object({
			/** The diagram's title. */
			title: bilingual,
			/** A one-paragraph text alternative. */
			alt: bilingual,
			/** Mermaid source per language. */
			mermaid: z.object({ zh: mermaidSource, en: mermaidSource }).strict(),
			/** The structure as a nested list, shown as the visible text version (Markdown list). */
			textVersion: bilingual,
			/** The paper sections the diagram draws. */
			sources,
		})
		.strict();

	return { sections, paper, cases, concepts, timeline, stages, diagrams, fact };
}

/** A reference after parsing: the same shape Astro's `reference()` gives. */
export interface Ref<C extends ReferableCollection = ReferableCollection> {
	id: string;
	collection: C;
}

/** The schemas outside Astro (checker, tests): ids parse to the same `{ id, collection }` shape. */
export const plainSchemas = defineSchemas((collection) =>
	z
		.string()
		.min(1)
		.transform((id): Ref => ({ id, collection })),
);

export type Bilingual = z.infer<typeof bilingual>;
export type AvoidedRendering = z.infer<typeof avoidedRendering>;
export type Fact = z.infer<typeof plainSchemas.fact>;
export type SectionData = z.infer<typeof plainSchemas.sections>;
export type PaperData = z.infer<typeof plainSchemas.paper>;
export type CaseData = z.infer<typeof plainSchemas.cases>;
export type ConceptData = z.infer<typeof plainSchemas.concepts>;
export type TimelineData = z.infer<typeof plainSchemas.timeline>;
export type StageData = z.infer<typeof plainSchemas.stages>;
export type DiagramData = z.infer<typeof plainSchemas.diagrams>;

/**
 * A figure's value in one language: the shared string, or the language's own.
 * @example figureText({ zh: '8人', en: '8' }, 'en') // → '8'
 */
export const figureText = (value: string | Bilingual, locale: 'zh' | 'en'): string =>
	typeof value === 'string' ? value : value[locale];
