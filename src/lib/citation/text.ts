/**
 * What every citation format shares: the two kinds of source, the markers that stand for the
 * reader's access date and for italics, the blanks for what our copy of the paper lacks, and the
 * casing of English titles.
 */
import type { Locale } from '../i18n/locales.ts';

/** Stands for the reader's access date until the browser (or the reader) fills it in. */
export const ACCESS_DATE = '\u0000access-date\u0000';

/**
 * Stands for a paragraph's id in the citation of one paragraph (`…/page/#p-…`): the cite panel
 * renders that citation once and its script writes in the id of the paragraph the reader chose.
 */
export const PARAGRAPH = '\u0000paragraph\u0000';

/**
 * Stands for the address the page is served from, in a build without SITE_URL (a local
 * preview): the cite panel's script writes in `location.origin` and the base path, so a preview
 * cites the address the reader actually opened, never an invented one. Without JavaScript the
 * citation shows the path alone.
 */
export const ORIGIN = '\u0000origin\u0000';

/** Start and end of italic text (APA). Plain text drops them; HTML turns them into `<i>`. */
export const ITALIC = { start: '\u0002', end: '\u0003' } as const;

/** Wraps text in the italic markers. */
export const italic = (text: string) => `${ITALIC.start}${text}${ITALIC.end}`;

/** Text without italic markers (what a plain-text paste gets). */
export const plain = (text: string) => text.replaceAll(ITALIC.start, '').replaceAll(ITALIC.end, '');

export interface Person {
	/** Family name, or the whole name of a corporate author. */
	family: string;
	/** Given name; empty for a corporate author. */
	given: string;
	/** Written in Latin script (initials for the given name). */
	latin?: boolean;
}

/** A page of this site. */
export interface OnlineSource {
	/** Individual authors, or one corporate author as `{ family: name, given: '' }`. */
	authors: Person[];
	/** The page title as a citation gives it (English titles start with a capital). */
	title: string;
	/** Name of the website. */
	container: string;
	/** Last updated, YYYY-MM-DD. */
	updated: string;
	url: string;
	/** The language of the page. */
	language: Locale;
	/** The edition cited (its version, e.g. 0.2.0), when the citation is of a fixed edition. */
	version?: string;
	/** Said in every export of a build that is not the published site (a local preview). */
	warning?: string;
}

/**
 * A released edition of the site that holds exactly the text of the page cited: the citation
 * then points at the edition's copy (`url`, under /editions/<version>/) and its date, and names
 * the version.
 */
export interface Edition {
	/** The edition's version, e.g. 0.2.0. */
	version: string;
	/** The date the edition was released, YYYY-MM-DD. */
	date: string;
	/** The page's permanent URL in that edition (without a paragraph's `#p-…`). */
	url: string;
}

/** A journal article: the paper (what our copy gives, and nothing it does not), or any other. */
export interface JournalArticle {
	/** The authors as the article writes them. */
	authors: Person[];
	/** The authors in Hanyu Pinyin, given names written together (APA in English). */
	romanized?: Person[];
	/** The title as the article writes it. */
	title: string;
	/** The title in Hanyu Pinyin (APA in English). */
	titlePinyin?: string;
	/** The article's own English title (APA gives it in square brackets, in sentence case). */
	titleEnglish?: string;
	/** Journal, year, volume, issue and pages: blanks to fill in where not given. */
	journal?: string;
	year?: string;
	volume?: string;
	issue?: string;
	pages?: string;
	/** The language of the article. */
	language: Locale;
	/** The language of the page that cites it (APA's form and blanks follow it); default `language`. */
	citedFrom?: Locale;
	/** What the copy lacks, for the exports' notes. */
	note?: string;
	/** Said in every export of a build that is not the published site (a local preview). */
	warning?: string;
}

export type Source = OnlineSource | JournalArticle;

/** Is the source a page of this site (rather than the paper)? */
export const isPage = (source: Source): source is OnlineSource => 'url' in source;

export type BlankField = 'journal' | 'year' | 'volume' | 'issue' | 'pages';
const BLANKS: Record<Locale, Record<BlankField, string>> = {
	zh: { journal: '〔刊名〕', year: '〔年〕', volume: '〔卷〕', issue: '〔期〕', pages: '〔页码〕' },
	en: {
		journal: '〔journal〕',
		year: '〔year〕',
		volume: '〔volume〕',
		issue: '〔issue〕',
		pages: '〔pages〕',
	},
};

/** A blank to fill in, for a bibliographic element our copy of the paper does not give. */
export const blank = (locale: Locale, field: BlankField) => BLANKS[locale][field];

/** The article's value for a field, or the blank to fill in, in the given language. */
export const orBlank = (article: JournalArticle, field: BlankField, locale: Locale) =>
	article[field] ?? blank(locale, field);

/**
 * An English title as a reference gives it: the first word, and the first word after a colon,
 * start with a capital; the rest is left as written (APA 7 and GB/T 7714 both write titles of
 * works in sentence case, so "involution" becomes "Involution", not "Involution Dilemma").
 * @example capitalizeTitle('involution') // 'Involution'
 */
export function capitalizeTitle(title: string): string {
	return title.replace(
		/(^|:\s+)(\p{Ll})/gu,
		(_, before: string, letter: string) => `${before}${letter.toUpperCase()}`,
	);
}

/**
 * A Title Case English title in sentence case (APA 7, 6.17): lower case except the first word,
 * the first word after a colon, and words written in capitals (acronyms). Proper nouns would
 * need protecting; the paper's English title has none (tested).
 * @example sentenceCase('Reflections on the Modernization') // 'Reflections on the modernization'
 */
export function sentenceCase(title: string): string {
	const lower = title.replace(/\p{L}[\p{L}'’-]*/gu, (word) =>
		word.length > 1 && word === word.toUpperCase() ? word : word.toLowerCase(),
	);
	return capitalizeTitle(lower);
}

/**
 * Text as a line-based format needs it: one kind of line end throughout and one at the end.
 * RIS asks for CRLF; BibTeX files are plain text lines.
 */
export function withLineEnds(text: string, eol: '\r\n' | '\n'): string {
	return `${text.replace(/\r?\n/g, eol).replace(/(\r?\n)+$/, '')}${eol}`;
}
