/**
 * BibTeX (biblatex) and RIS records of a page of this site and of the paper, for reference
 * managers. Fields are chosen for what the importers keep (checked against citation-js, the
 * parser of Zotero's Better BibTeX, and Zotero's own BibTeX.js and RIS.js translators; the dist
 * tests parse every exported record with the first two):
 * - BibTeX: `language` (Zotero drops `langid`; biblatex and the gbt7714 styles read `langid`, so
 *   both are given); `organization` for the site (biblatex prints it for @online); the note on
 *   the paper in `annote` (kept as a note, not printed, unlike `note`).
 * - RIS: the access date in `Y2` (Zotero, EndNote) and `VL` (the RIS specification's access date
 *   for ELEC, which citation-js reads and Zotero maps to the access date of a web page); dates
 *   written one way, YYYY/MM/DD; CRLF line ends throughout. No `TT` (citation-js takes it for the
 *   title) and no `ET` (not a field of a web page in Zotero).
 */
import {
	ACCESS_DATE,
	isPage,
	sentenceCase,
	withLineEnds,
	type JournalArticle,
	type OnlineSource,
	type Person,
	type Source,
} from './text.ts';
import { LANG_TAGS, type Locale } from '../i18n/locales.ts';

/**
 * A BibTeX key from parts: ASCII letters, digits and hyphens.
 * @example bibKey('cgr', 'en', 'cases', 'nanjing') // 'cgr-en-cases-nanjing'
 */
export const bibKey = (...parts: string[]) =>
	parts
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

const LANGID: Record<Locale, string> = { zh: 'chinese', en: 'english' };

/** LaTeX's special characters in text fields (URLs are verbatim and stay as they are). */
const tex = (text: string) => text.replace(/[&%$#_]/g, (c) => `\\${c}`);

/** A name for BibTeX: "Family, Given", a Chinese name whole, a corporate name in braces. */
function bibName(person: Person): string {
	if (!person.given) return `{${tex(person.family)}}`;
	return person.latin ? `${person.family}, ${person.given}` : `${person.family}${person.given}`;
}

function bibFields(fields: [string, string | undefined][]): string {
	return fields
		.filter((f): f is [string, string] => f[1] !== undefined)
		.map(([k, v]) => `  ${k.padEnd(12)} = {${v}}`)
		.join(',\n');
}

const BIB_COMMENT = {
	page: {
		zh: '% 引用本站的一页。urldate 为您访问本页的日期。',
		en: '% A page of this site. urldate is the date you accessed it.',
	},
	paper: {
		zh: '% 本站所据副本未载刊名、年、卷、期、页码：请据正式发表版本补全 journal、year、volume、number、pages，切勿臆造。',
		en: '% Our copy of the paper gives no journal, year, volume, issue or pages: complete journal, year, volume, number and pages from the published version; never guess them.',
	},
} as const;

function bibPage(key: string, page: OnlineSource, accessed: string): string {
	return `${BIB_COMMENT.page[page.language]}\n@online{${key},\n${bibFields([
		['author', page.authors.map(bibName).join(' and ')],
		['title', tex(page.title)],
		['organization', tex(page.container)],
		['date', page.updated],
		['url', page.url],
		['urldate', accessed],
		['language', LANGID[page.language]],
		['langid', LANGID[page.language]],
	])}\n}`;
}

function bibArticle(key: string, article: JournalArticle): string {
	const from = article.citedFrom ?? article.language;
	const english = from === 'en' && article.titleEnglish;
	return `${BIB_COMMENT.paper[from]}\n@article{${key},\n${bibFields([
		['author', article.authors.map(bibName).join(' and ')],
		['title', tex(article.title)],
		['titleaddon', english ? `[${tex(sentenceCase(article.titleEnglish!))}]` : undefined],
		['journal', article.journal ?? ''],
		['year', article.year ?? ''],
		['volume', article.volume ?? ''],
		['number', article.issue ?? ''],
		['pages', article.pages ?? ''],
		['language', LANGID[article.language]],
		['langid', LANGID[article.language]],
		['annote', article.note && tex(article.note)],
	])}\n}`;
}

/**
 * A biblatex record: @online for a page, @article for the paper (with its missing fields left
 * empty to fill in, and a comment saying so in the page's language). Ends with a line end.
 */
export function bibtex(key: string, source: Source, accessed = ACCESS_DATE): string {
	const text = isPage(source) ? bibPage(key, source, accessed) : bibArticle(key, source);
	return withLineEnds(text, '\n');
}

/** "Family, Given" for a person in Latin script, a Chinese or corporate name whole. */
const risName = (p: Person) =>
	p.given && p.latin ? `${p.family}, ${p.given}` : `${p.family}${p.given}`;

const risDate = (iso: string) => iso.replaceAll('-', '/');

function risPage(page: OnlineSource, accessed: string): string[] {
	return [
		'TY  - ELEC',
		...page.authors.map((p) => `AU  - ${risName(p)}`),
		`TI  - ${page.title}`,
		`T2  - ${page.container}`,
		`DA  - ${risDate(page.updated)}`,
		`PY  - ${page.updated.slice(0, 4)}`,
		`UR  - ${page.url}`,
		`Y2  - ${accessed}`,
		`VL  - ${accessed}`,
		`LA  - ${LANG_TAGS[page.language]}`,
	];
}

const RIS_ENGLISH_TITLE = { zh: '论文的英文题名：', en: "The paper's own English title: " };

function risArticle(article: JournalArticle): string[] {
	const from = article.citedFrom ?? article.language;
	return [
		'TY  - JOUR',
		...article.authors.map((p) => `AU  - ${risName(p)}`),
		`TI  - ${article.title}`,
		`T2  - ${article.journal ?? ''}`,
		`PY  - ${article.year ?? ''}`,
		`VL  - ${article.volume ?? ''}`,
		`IS  - ${article.issue ?? ''}`,
		`SP  - ${article.pages ?? ''}`,
		`LA  - ${LANG_TAGS[article.language]}`,
		...(article.note ? [`N1  - ${article.note}`] : []),
		...(from === 'en' && article.titleEnglish
			? [`N1  - ${RIS_ENGLISH_TITLE[from]}${article.titleEnglish}`]
			: []),
	];
}

/**
 * A RIS record: ELEC for a page, JOUR for the paper (missing fields left empty to fill in).
 * CRLF line ends throughout, and after the closing `ER  - `.
 */
export function ris(source: Source, accessed = ACCESS_DATE): string {
	const lines = isPage(source) ? risPage(source, accessed) : risArticle(source);
	return withLineEnds([...lines, 'ER  - '].join('\r\n'), '\r\n');
}
