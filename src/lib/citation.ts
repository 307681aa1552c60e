/**
 * Citations of a page of this site and of the paper, in GB/T 7714-2025, GB/T 7714-2015, APA 7,
 * BibTeX and RIS. Pure functions: the cite panel renders them at build time; the reader's access
 * date is filled in later (see `ACCESS_DATE`).
 *
 * GB/T 7714 sources. 2015: the standard's own examples for [EB/OL] and [J] (tested in
 * test/unit/citation.test.ts). 2025 (in force since 2026-07-01): Wuhan University's announcement
 * of the standard (news.whu.edu.cn, 2025: it adopts ISO 690:2021, unifies punctuation, changes the
 * rules for personal names and other title information, and drops the access date for non-network
 * documents) and a guide to its web-resource form (chinaqikan.net, post 1261:
 * `主要责任者. 题名[EB/OL]. (更新日期)[引用日期]. 获取和访问路径.`). We could not consult the full
 * text; for the two entry types used here ([EB/OL], and [J] with Chinese authors) neither source
 * describes a change, so both editions give the same string. `gbt()` keeps them apart so a
 * difference can be added in one place when the text is at hand.
 */
import type { Locale } from './i18n.ts';

export const STYLES = ['gbt2025', 'gbt2015', 'apa7', 'bibtex', 'ris'] as const;
export type Style = (typeof STYLES)[number];

/** Stands for the reader's access date until the browser (or the reader) fills it in. */
export const ACCESS_DATE = '\u0000access-date\u0000';

export interface Person {
	family: string;
	given: string;
	/** Written in Latin script (GB/T: family name in capitals, given name as initials). */
	latin?: boolean;
}

export interface OnlineSource {
	/** Individual authors, or one corporate author as `{ family: name, given: '' }`. */
	authors: Person[];
	title: string;
	/** Name of the website. */
	container: string;
	/** Last updated, YYYY-MM-DD. */
	updated: string;
	url: string;
	language: Locale;
	/** Edition of the site, e.g. 0.1.0. */
	edition?: string;
}

export interface JournalArticle {
	authors: Person[];
	title: string;
	/** The paper's title in English, if it gives one (APA puts it in square brackets). */
	translatedTitle?: string;
	journal?: string;
	year?: string;
	volume?: string;
	issue?: string;
	pages?: string;
	doi?: string;
	language: Locale;
	/** A note for what is missing (RIS N1, BibTeX note). */
	note?: string;
	/** The language of the page that cites it (APA conventions follow it). */
	citedFrom?: Locale;
	/** The authors in Latin script, for APA in English. */
	romanized?: Person[];
}

const BLANKS: Record<Locale, Record<'journal' | 'year' | 'volume' | 'issue' | 'pages', string>> = {
	zh: { journal: '〔刊名〕', year: '〔年〕', volume: '〔卷〕', issue: '〔期〕', pages: '〔页码〕' },
	en: {
		journal: '〔journal〕',
		year: '〔year〕',
		volume: '〔volume〕',
		issue: '〔issue〕',
		pages: '〔pages〕',
	},
};

/** A blank to fill in, for a bibliographic element the source does not give. */
export const blank = (locale: Locale, field: keyof (typeof BLANKS)['zh']) => BLANKS[locale][field];

const initials = (given: string) =>
	given
		.split(/[\s-]+/)
		.filter(Boolean)
		.map((part) => part[0]!.toUpperCase())
		.join(' ');

/** GB/T 7714 name: 胡晓燕; KANAMORI H; a corporate name as is. */
function gbtName(p: Person): string {
	if (!p.given) return p.family;
	return p.latin ? `${p.family.toUpperCase()} ${initials(p.given)}` : `${p.family}${p.given}`;
}

/** Up to three names, then 等 / et al. (GB/T 7714 8.1.2). */
function gbtAuthors(authors: Person[], language: Locale): string {
	const names = authors.slice(0, 3).map(gbtName).join(', ');
	return authors.length > 3 ? `${names}, ${language === 'zh' ? '等' : 'et al'}` : names;
}

/** A GB/T 7714 reference for an online page ([EB/OL]) or a journal article ([J]). */
export function gbt(
	edition: '2025' | '2015',
	source: OnlineSource | JournalArticle,
	accessed = ACCESS_DATE,
): string {
	void edition; // Same form in both editions for these entry types; see the file comment.
	if ('url' in source) {
		return `${gbtAuthors(source.authors, source.language)}. ${source.title}[EB/OL]. (${source.updated})[${accessed}]. ${source.url}.`;
	}
	const l = source.language;
	const where = `${source.journal ?? blank(l, 'journal')}, ${source.year ?? blank(l, 'year')}, ${source.volume ?? blank(l, 'volume')}(${source.issue ?? blank(l, 'issue')}): ${source.pages ?? blank(l, 'pages')}`;
	return `${gbtAuthors(source.authors, l)}. ${source.title}[J]. ${where}.${source.doi ? ` DOI: ${source.doi}.` : ''}`;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** 2026-11-26 → "2026, November 26" (APA 7 date of a web page). */
function apaDate(iso: string, language: Locale): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return language === 'zh' ? `${y}年${m}月${d}日` : `${y}, ${MONTHS[m - 1]} ${d}`;
}

/** APA name: "Hu, X." for people; corporate authors as is; Chinese names in characters. */
function apaName(p: Person): string {
	if (!p.given) return p.family;
	if (!p.latin) return `${p.family}${p.given}`;
	return `${p.family}, ${p.given
		.split(/[\s-]+/)
		.filter(Boolean)
		.map((g) => `${g[0]!.toUpperCase()}.`)
		.join('-')}`;
}

function apaAuthors(authors: Person[], language: Locale): string {
	const names = authors.map(apaName);
	if (names.length === 1) return names[0]!;
	const last = names.pop()!;
	return language === 'zh' && !authors.some((a) => a.latin)
		? `${names.join('、')}、${last}`
		: `${names.join(', ')}, & ${last}`;
}

/** APA 7: a page that changes over time gets a retrieval date (APA 7, 9.16). */
export function apa(source: OnlineSource | JournalArticle, accessed = ACCESS_DATE): string {
	const l = source.language;
	if ('url' in source) {
		const retrieved =
			l === 'zh'
				? `检索于${accessed}，取自 ${source.url}`
				: `Retrieved ${accessed}, from ${source.url}`;
		return `${apaAuthors(source.authors, l)}. (${apaDate(source.updated, l)}). ${source.title}. ${source.container}. ${retrieved}`;
	}
	const from = source.citedFrom ?? l;
	const authors = from === 'en' && source.romanized ? source.romanized : source.authors;
	const year = source.year ?? (from === 'zh' ? '出版年不详' : 'n.d.');
	const title = source.translatedTitle
		? `${source.title} [${source.translatedTitle}]`
		: source.title;
	const where = `${source.journal ?? blank(from, 'journal')}, ${source.volume ?? blank(from, 'volume')}(${source.issue ?? blank(from, 'issue')}), ${source.pages ?? blank(from, 'pages')}.`;
	return `${apaAuthors(authors, from)} (${year}). ${title}. ${where}${source.doi ? ` https://doi.org/${source.doi}` : ''}`;
}

/** A BibTeX key: ASCII letters, digits and hyphens. */
export const bibKey = (...parts: string[]) =>
	parts
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Braces keep BibTeX from changing case; UTF-8 text is kept as it is (biber, modern bibtex). */
const braced = (s: string) => `{${s}}`;

function bibFields(fields: [string, string | undefined][]): string {
	return fields
		.filter((f): f is [string, string] => f[1] !== undefined)
		.map(([k, v]) => `  ${k.padEnd(12)} = ${braced(v)}`)
		.join(',\n');
}

/** BibTeX (@online for pages, @article for the paper, missing fields left empty to fill in). */
export function bibtex(
	key: string,
	source: OnlineSource | JournalArticle,
	accessed = ACCESS_DATE,
): string {
	const author = source.authors
		.map((p) =>
			p.given ? (p.latin ? `${p.family}, ${p.given}` : `${p.family}${p.given}`) : `{${p.family}}`,
		)
		.join(' and ');
	const langid = source.language === 'zh' ? 'chinese' : 'english';
	if ('url' in source) {
		return `@online{${key},\n${bibFields([
			['author', author],
			['title', source.title],
			['organization', source.container],
			['date', source.updated],
			['url', source.url],
			['urldate', accessed],
			['version', source.edition],
			['langid', langid],
		])}\n}`;
	}
	const missing = `% Complete journal, year, volume, number and pages from the published version.\n`;
	return `${missing}@article{${key},\n${bibFields([
		['author', author],
		['title', source.title],
		['titleaddon', source.translatedTitle],
		['journal', source.journal ?? ''],
		['year', source.year ?? ''],
		['volume', source.volume ?? ''],
		['number', source.issue ?? ''],
		['pages', source.pages ?? ''],
		['doi', source.doi],
		['langid', langid],
		['note', source.note],
	])}\n}`;
}

/** RIS (ELEC for pages, JOUR for the paper; missing fields left empty to fill in). */
export function ris(source: OnlineSource | JournalArticle, accessed = ACCESS_DATE): string {
	const au = source.authors.map(
		(p) =>
			`AU  - ${p.given ? (p.latin ? `${p.family}, ${p.given}` : `${p.family}${p.given}`) : p.family}`,
	);
	const lines =
		'url' in source
			? [
					'TY  - ELEC',
					...au,
					`TI  - ${source.title}`,
					`T2  - ${source.container}`,
					`DA  - ${source.updated.replace(/-/g, '/')}`,
					`UR  - ${source.url}`,
					`Y2  - ${accessed}`,
					...(source.edition ? [`ET  - ${source.edition}`] : []),
					`LA  - ${source.language === 'zh' ? 'Chinese' : 'English'}`,
				]
			: [
					'TY  - JOUR',
					...au,
					`TI  - ${source.title}`,
					...(source.translatedTitle ? [`TT  - ${source.translatedTitle}`] : []),
					`T2  - ${source.journal ?? ''}`,
					`PY  - ${source.year ?? ''}`,
					`VL  - ${source.volume ?? ''}`,
					`IS  - ${source.issue ?? ''}`,
					`SP  - ${source.pages ?? ''}`,
					...(source.doi ? [`DO  - ${source.doi}`] : []),
					`LA  - ${source.language === 'zh' ? 'Chinese' : 'English'}`,
					...(source.note ? [`N1  - ${source.note}`] : []),
				];
	return [...lines, 'ER  - '].join('\r\n');
}

/** Every style for one source. */
export function allStyles(
	key: string,
	source: OnlineSource | JournalArticle,
	accessed = ACCESS_DATE,
): Record<Style, string> {
	return {
		gbt2025: gbt('2025', source, accessed),
		gbt2015: gbt('2015', source, accessed),
		apa7: apa(source, accessed),
		bibtex: bibtex(key, source, accessed),
		ris: ris(source, accessed),
	};
}
