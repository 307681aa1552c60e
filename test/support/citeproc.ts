/**
 * citeproc-js with a published CSL style, as a test oracle: what a reference manager prints for a
 * CSL item in APA 7 (the style and the en-US locale ship with @citation-js/plugin-csl). The GB/T
 * 7714 styles a Chinese student's Zotero uses (zotero-chinese's 2015 and 2025 styles) are on no
 * package registry the project installs from, and the project commits no copy of files taken
 * from elsewhere; Debian's citation-style-language-styles (2023) has only the older
 * citation-style-language GB/T 2015 style, which prints a group author in capitals and the site
 * name as a container ("//…"), so it is no oracle for the panel. The GB/T strings are checked
 * against the standard's own examples in test/unit/citation/.
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import CSL from 'citeproc';

const bundled = plugins.config.get('@csl');

/** The cite panel's styles, by the panel's name for them. */
export type CslStyle = 'gbt2025' | 'gbt2015' | 'apa7';

/** The panel's styles that have a published CSL style here to print with. */
export const CSL_STYLES: Partial<Record<CslStyle, string>> = {
	apa7: bundled.styles.get('apa')!,
};

const LOCALES: Record<string, string> = {
	'en-US': bundled.locales.get('en-US')!,
};

/** A CSL-JSON item as the readers give it (citation-js, a site's export, Zotero's CSL export). */
export type CslItem = Record<string, unknown>;

const items = new Map<string, CslItem>();
const engines = new Map<CslStyle, ReturnType<typeof makeEngine>>();
const makeEngine = (style: CslStyle) =>
	new CSL.Engine(
		{
			retrieveLocale: (lang) => LOCALES[lang] ?? LOCALES['en-US'],
			retrieveItem: (id) => items.get(id)!,
		},
		CSL_STYLES[style] ??
			(() => {
				throw new Error(`no CSL style for ${style} here (see the header of citeproc.ts)`);
			})(),
	);
let next = 0;

/** One engine per style, kept: building one parses the style, which is most of the work. */
function engine(style: CslStyle) {
	let made = engines.get(style);
	if (!made) {
		made = makeEngine(style);
		made.setOutputFormat('text');
		engines.set(style, made);
	}
	return made;
}

const printed = new Map<string, string>();

/**
 * The bibliography entry citeproc-js makes of one item in a style, as plain text, without the
 * numeric styles' "[1]" label (a position in a list, not part of the reference). One entry per
 * bibliography, so that APA's disambiguation ("2026a") never joins two records; an item seen
 * before (the paper's record on every page) is printed once.
 */
export function renderCsl(style: CslStyle, item: CslItem): string {
	const fields = Object.entries(item).filter(([key]) => key !== 'id' && !key.startsWith('_'));
	const key = `${style} ${JSON.stringify(fields)}`;
	const known = printed.get(key);
	if (known !== undefined) return known;
	const id = `item-${next++}`;
	items.set(id, { ...Object.fromEntries(fields), id });
	const e = engine(style);
	e.updateItems([id], true);
	const [, entries] = e.makeBibliography();
	items.delete(id);
	const text = entries
		.join('')
		.trim()
		.replace(/^\[\d+\]\s*/, '');
	printed.set(key, text);
	return text;
}

/** Builds the engines ahead (parsing a style and its locales takes seconds on a busy machine). */
export function warmCsl(): void {
	for (const style of Object.keys(CSL_STYLES) as CslStyle[]) engine(style);
}

/**
 * Quotation marks and apostrophes as one glyph. citeproc-js curls `'` and `"` and may turn a
 * title's single quotes into the locale's outer ones; the site writes a title's marks as the
 * page does. Neither standard rules on the glyph, so the comparison leaves the glyph out (on
 * both sides), not the mark.
 */
export const oneQuoteGlyph = (text: string): string =>
	text.replace(/['"\u2018\u2019\u201c\u201d]/g, '"');
