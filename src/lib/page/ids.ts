/**
 * The ids that components and generated pages put into a page. Each is made by one function here,
 * called by the component that renders it and by the checker, which builds every page's set of
 * anchors from them (a link to `#diagram-nanjing-structure` is checked against the id that
 * `<Diagram id="nanjing-structure" />` really renders, not against a copy of its template).
 */
import type { UiStringKey } from '../i18n/ui-strings.ts';

/** The `<figure>` of a diagram (published in the URL manifest). */
export const diagramFigureId = (diagram: string): string => `diagram-${diagram}`;

/** Ids inside a rendered diagram all start with this (`svgId` in diagrams.ts: `dg-<id>-…`). */
export const DIAGRAM_INNER_PREFIX = 'dg-';

/** The title of a case's facts box. */
export const caseFactsId = (caseId: string): string => `facts-${caseId}`;

/** The table of a case's figures. */
export const caseFiguresId = (caseId: string): string => `figures-${caseId}`;

/** The caption of a comparison table. */
export const compareCaptionId = (table: string): string => `compare-${table}`;

/** One concept in the glossary list. */
export const conceptIndexId = (concept: string): string => `concept-${concept}`;

/** One event on the timeline page: its id is the event's own id (`<EventLink>` links to it). */
export const timelineEventId = (event: string): string => event;

/** What the cite panel, on every page, offers to cite (a paragraph once the reader picks one). */
export const CITE_TARGETS = ['paragraph', 'page', 'paper'] as const;

/** The cite panel's citation of one paragraph (hidden until the address names a paragraph). */
export const CITE_PARAGRAPH_ID = 'cite-this-paragraph';

/** The cite panel's title. */
export const CITE_PANEL_TITLE_ID = 'cite-panel-title';

/** One formatted reference in the cite panel (`target`: page or paper; `style`: gbt2025, …). */
export const citeTextId = (target: string, style: string): string => `cite-${target}-${style}`;

/**
 * Ids no heading may take, by prefix: those of the cite panel, which every page carries, and those
 * inside rendered diagrams.
 */
export const RESERVED_IDS = [
	{ prefix: CITE_PANEL_TITLE_ID, owner: 'the cite panel on every page' },
	{ prefix: CITE_PARAGRAPH_ID, owner: 'the cite panel on every page' },
	...CITE_TARGETS.map((t) => ({
		prefix: citeTextId(t, ''),
		owner: 'the cite panel on every page',
	})),
	{ prefix: DIAGRAM_INNER_PREFIX, owner: 'the inside of rendered diagrams' },
];

/** A section (h2) of a generated concept page. */
export interface ConceptSection {
	id: string;
	label: UiStringKey;
}

/**
 * The sections of a concept page, in order: related concepts and cases are left out (and so are
 * their anchors) when there is nothing to list; the guide's uses of the term are always there, as
 * their absence is worth saying.
 */
export function conceptSections(has: { related: boolean; cases: boolean }): ConceptSection[] {
	return [
		{ id: 'definition', label: 'concept.definition' },
		{ id: 'where-used', label: 'concept.whereUsed' },
		{ id: 'mentions', label: 'concept.mentions' },
		...(has.related ? [{ id: 'related', label: 'concept.related' } as const] : []),
		...(has.cases ? [{ id: 'cases', label: 'concept.cases' } as const] : []),
	];
}
