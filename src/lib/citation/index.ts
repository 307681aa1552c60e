/**
 * Citations of a page of this site and of the paper: GB/T 7714-2025 (the default), GB/T
 * 7714-2015, APA 7, BibTeX and RIS. Pure functions: the cite panel renders them at build time and
 * the reader's browser fills in the access date (see `ACCESS_DATE`).
 * The formats live in gbt.ts, apa.ts and export.ts (BibTeX, RIS, CSL-JSON); every source passes
 * normalize.ts first.
 */
import { apa } from './apa.ts';
import { bibtex, cslJson, ris } from './export.ts';
import { gbt } from './gbt.ts';
import { ACCESS_DATE, type Source } from './text.ts';

export { apa, apaDate } from './apa.ts';
export { bibKey, bibtex, cslJson, ris } from './export.ts';
export { cleanField, normalizeSource } from './normalize.ts';
export { gbt, type GbtEdition } from './gbt.ts';
export * from './text.ts';

export const STYLES = ['gbt2025', 'gbt2015', 'apa7', 'bibtex', 'ris', 'csljson'] as const;
export type Style = (typeof STYLES)[number];

/** How each style writes the access date: 2026-11-27, 2026/11/27 (RIS), or APA's own form. */
export const ACCESS_DATE_FORMAT = {
	gbt2025: 'iso',
	gbt2015: 'iso',
	apa7: 'apa',
	bibtex: 'iso',
	ris: 'ris',
	csljson: 'iso',
} as const satisfies Record<Style, string>;

/** Every style for one source; `key` is the BibTeX key. */
export function allStyles(
	key: string,
	source: Source,
	accessed = ACCESS_DATE,
): Record<Style, string> {
	return {
		gbt2025: gbt('2025', source, accessed),
		gbt2015: gbt('2015', source, accessed),
		apa7: apa(source, accessed),
		bibtex: bibtex(key, source, accessed),
		ris: ris(source, accessed),
		csljson: cslJson(key, source, accessed),
	};
}
