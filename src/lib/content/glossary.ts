/**
 * The glossary's reading order, shared by the index (ConceptIndex) and the previous/next links of
 * the concept pages: by pinyin on the Chinese site, by the English term on the English one.
 */
import type { Locale } from '../i18n/locales.ts';

/** What the order needs of a concept. */
export interface GlossaryEntry {
	id: string;
	data: { pinyin: string; term: { zh: string; en: string } };
}

/** The concepts in the glossary's order for a locale (a new array). */
export function glossaryOrder<C extends GlossaryEntry>(
	concepts: readonly C[],
	locale: Locale,
): C[] {
	const key = (c: C) => (locale === 'zh' ? c.data.pinyin : c.data.term.en);
	return [...concepts].sort((a, b) => key(a).localeCompare(key(b), 'en'));
}

/** The concepts before and after `id` in that order (undefined at either end). */
export function glossaryNeighbours<C extends GlossaryEntry>(
	concepts: readonly C[],
	locale: Locale,
	id: string,
): { prev: C | undefined; next: C | undefined } {
	const ordered = glossaryOrder(concepts, locale);
	const i = ordered.findIndex((c) => c.id === id);
	return { prev: i > 0 ? ordered[i - 1] : undefined, next: ordered[i + 1] };
}
