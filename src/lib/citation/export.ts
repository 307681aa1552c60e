/**
 * BibTeX (biblatex), RIS and CSL-JSON records of a page of this site and of the paper, for
 * reference managers. Fields are chosen for what the importers keep and what the published CSL
 * styles then print (the round-trip suite, test/dist/round-trip.test.ts, reads every record back
 * with citation-js, the parser of Zotero's Better BibTeX and citeproc-js with the GB/T 7714-2025,
 * GB/T 7714-2015 and APA 7 styles, and compares the result with the panel's strings):
 * - no site name in BibTeX: Zotero's BibTeX import turns `organization` into the publisher, and
 *   the GB/T 2015 style then prints "publisher, year" instead of the update date; RIS `T2` and
 *   CSL-JSON `container-title` carry it;
 * - `language` as a language tag (en, zh-CN), as RIS and the head metadata give it (Zotero keeps
 *   the field as written); biblatex's `langid` keeps its own names (english, chinese);
 * - RIS: the access date in `Y2` only (`VL` is a volume to every reader but Zotero); dates
 *   YYYY/MM/DD; CRLF line ends throughout;
 * - the paper's missing details as the panel's 〔 〕 prompts in the fields themselves, so an
 *   imported record prints the prompt to fill in, never "n.d." or nothing;
 * - the paper from an English page in the form an English reference list needs (APA 7, 9.38):
 *   names and title in Hanyu Pinyin, the paper's English title in square brackets, and no
 *   language field (citeproc-js prints a Latin-script name of a Chinese-language item without its
 *   comma: "Hu X."); the original script is in the note. From a Chinese page, the original.
 * Every source passes `normalizeSource` first, and BibTeX text is escaped (`tex`), so no title
 * can break a record or start another.
 */
import { normalizeSource } from './normalize.ts';
import {
	ACCESS_DATE,
	ORIGIN,
	PARAGRAPH,
	blank,
	isPage,
	sentenceCase,
	withLineEnds,
	type BlankField,
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

/**
 * LaTeX's special characters in a text field, escaped: with every brace escaped, a title can
 * never close its field early or leave one open.
 * @example tex('50% {x} \\ y') // '50\\% \\{x\\} \\textbackslash{} y'
 */
export const tex = (text: string) =>
	text.replace(/[\\{}&%$#_~^]/g, (c) =>
		c === '\\'
			? '\\textbackslash{}'
			: c === '~'
				? '\\textasciitilde{}'
				: c === '^'
					? '\\textasciicircum{}'
					: `\\${c}`,
	);

/** A URL for a verbatim BibTeX field: braces and backslashes percent-encoded, as a URL may. */
const texUrl = (url: string) => url.replace(/[{}\\]/g, (c) => encodeURIComponent(c));

/** A name for BibTeX: "Family, Given", a Chinese name whole, a corporate name in braces. */
function bibName(person: Person): string {
	if (!person.given) return `{${tex(person.family)}}`;
	return person.latin
		? `${tex(person.family)}, ${tex(person.given)}`
		: tex(`${person.family}${person.given}`);
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
		zh: '% 本站所据副本未载刊名、年、卷、期、页码：请据正式发表版本替换 journal、year、volume、number、pages 中的〔 〕提示，切勿臆造。',
		en: '% Our copy of the paper gives no journal, year, volume, issue or pages: replace the 〔 〕 prompts in journal, year, volume, number and pages with the published details; never guess them.',
	},
} as const;

/** A comment line that repeats the warning, for a reader who opens the file. */
const bibWarning = (warning: string | undefined) => (warning ? [`% ${warning}`] : []);

function bibPage(key: string, page: OnlineSource, accessed: string): string {
	return [
		BIB_COMMENT.page[page.language],
		...bibWarning(page.warning),
		`@online{${key},\n${bibFields([
			['author', page.authors.map(bibName).join(' and ')],
			['title', tex(page.title)],
			['date', page.updated],
			['version', page.version],
			['url', texUrl(page.url)],
			['urldate', accessed],
			['language', LANG_TAGS[page.language]],
			['langid', LANGID[page.language]],
			['note', page.warning && tex(page.warning)],
		])}\n}`,
	].join('\n');
}

/** The paper as a record gives it: in the original script, or romanised for an English list. */
interface ArticleRecord {
	authors: Person[];
	title: string;
	/** The language the blanks are written in. */
	blanks: Locale;
	/** The item's language tag, or none for a romanised record (see the file's comment). */
	language: string | undefined;
	/** The paper's note and the names and title in the other script. */
	notes: string[];
}

const OTHER_SCRIPT = {
	zh: { romanised: '拼音：', english: '英文题名：' },
	en: { original: 'Original (Chinese, zh-CN): ' },
} as const;

const names = (people: Person[], latin: boolean) =>
	people
		.map((p) => (p.latin ? `${p.family} ${p.given}` : `${p.family}${p.given}`))
		.join(latin ? ', ' : '，');

/** The title in the APA form for an English list: "Pinyin [English title in sentence case]". */
const romanisedTitle = (article: JournalArticle) =>
	`${article.titlePinyin}${article.titleEnglish ? ` [${sentenceCase(article.titleEnglish)}]` : ''}`;

/** The record of the paper a page's exports give (see the file's comment). */
export function articleRecord(article: JournalArticle): ArticleRecord {
	const from = article.citedFrom ?? article.language;
	const romanise =
		from === 'en' && article.language === 'zh' && !!article.romanized && !!article.titlePinyin;
	const note = article.note ? [article.note] : [];
	const warning = article.warning ? [article.warning] : [];
	if (romanise) {
		const original = `${OTHER_SCRIPT.en.original}${names(article.authors, false)}. ${article.title}.`;
		return {
			authors: article.romanized!,
			title: romanisedTitle(article),
			blanks: 'en',
			language: undefined,
			notes: [...warning, ...note, original],
		};
	}
	const other: string[] = [];
	if (article.romanized && article.titlePinyin)
		other.push(
			`${OTHER_SCRIPT.zh.romanised}${names(article.romanized, true)}. ${article.titlePinyin}.`,
		);
	if (article.titleEnglish) other.push(`${OTHER_SCRIPT.zh.english}${article.titleEnglish}`);
	return {
		authors: article.authors,
		title: article.title,
		blanks: article.language,
		language: LANG_TAGS[article.language],
		notes: [...warning, ...note, ...other],
	};
}

/** The article's value for a field, or the 〔 〕 prompt the record gives instead. */
const field = (article: JournalArticle, name: BlankField, record: ArticleRecord) =>
	article[name] ?? blank(record.blanks, name);

function bibArticle(key: string, article: JournalArticle): string {
	const from = article.citedFrom ?? article.language;
	const r = articleRecord(article);
	const f = (name: BlankField) => tex(field(article, name, r));
	return [
		BIB_COMMENT.paper[from],
		...bibWarning(article.warning),
		`@article{${key},\n${bibFields([
			['author', r.authors.map(bibName).join(' and ')],
			['title', tex(r.title)],
			['journal', f('journal')],
			['year', f('year')],
			['volume', f('volume')],
			['number', f('issue')],
			['pages', f('pages')],
			['language', r.language],
			['langid', LANGID[r.language ? article.language : 'en']],
			['annote', r.notes.map(tex).join(' ')],
		])}\n}`,
	].join('\n');
}

/**
 * A biblatex record: @online for a page, @article for the paper (its missing fields as prompts to
 * replace, and a comment saying so in the page's language). Ends with a line end.
 */
export function bibtex(key: string, given: Source, accessed = ACCESS_DATE): string {
	const source = normalizeSource(given);
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
		...(page.version ? [`ET  - ${page.version}`] : []),
		`UR  - ${page.url}`,
		`Y2  - ${accessed}`,
		`LA  - ${LANG_TAGS[page.language]}`,
		...(page.warning ? [`N1  - ${page.warning}`] : []),
	];
}

function risArticle(article: JournalArticle): string[] {
	const r = articleRecord(article);
	const f = (name: BlankField) => field(article, name, r);
	return [
		'TY  - JOUR',
		...r.authors.map((p) => `AU  - ${risName(p)}`),
		`TI  - ${r.title}`,
		`T2  - ${f('journal')}`,
		`PY  - ${f('year')}`,
		`VL  - ${f('volume')}`,
		`IS  - ${f('issue')}`,
		`SP  - ${f('pages')}`,
		...(r.language ? [`LA  - ${r.language}`] : []),
		...r.notes.map((n) => `N1  - ${n}`),
	];
}

/**
 * A RIS record: ELEC for a page, JOUR for the paper. CRLF line ends throughout, and after the
 * closing `ER  - `; one record, since no field can hold a line break (`normalizeSource`).
 */
export function ris(given: Source, accessed = ACCESS_DATE): string {
	const source = normalizeSource(given);
	const lines = isPage(source) ? risPage(source, accessed) : risArticle(source);
	return withLineEnds([...lines, 'ER  - '].join('\r\n'), '\r\n');
}

/** A YYYY-MM-DD date as CSL-JSON date parts. */
const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** CSL-JSON names: a corporate author as one literal name, a person as family and given. */
const cslName = (p: Person) =>
	p.given ? { family: p.family, given: p.given } : { literal: p.family };

function cslPage(key: string, page: OnlineSource, accessed: string): Record<string, unknown> {
	return {
		id: key,
		type: 'webpage',
		author: page.authors.map(cslName),
		title: page.title,
		'container-title': page.container,
		issued: dateParts(page.updated),
		...(page.version ? { version: page.version } : {}),
		URL: page.url,
		// The reader's date, written in by the panel's script; `raw` keeps the file valid JSON
		// while the date is still the placeholder text.
		accessed: { raw: accessed },
		language: LANG_TAGS[page.language],
		...(page.warning ? { note: page.warning } : {}),
	};
}

function cslArticle(key: string, article: JournalArticle): Record<string, unknown> {
	const r = articleRecord(article);
	const f = (name: BlankField) => field(article, name, r);
	return {
		id: key,
		type: 'article-journal',
		author: r.authors.map(cslName),
		title: r.title,
		'container-title': f('journal'),
		// A prompt is no date: a literal, printed as it is.
		issued: article.year ? { 'date-parts': [[Number(article.year)]] } : { literal: f('year') },
		volume: f('volume'),
		issue: f('issue'),
		page: f('pages'),
		...(r.language ? { language: r.language } : {}),
		note: r.notes.join('\n'),
	};
}

/** JSON.stringify escapes our markers (\u0000); the panel needs them as they are. */
const MARKERS = [ACCESS_DATE, PARAGRAPH, ORIGIN];
const keepMarkers = (json: string) =>
	MARKERS.reduce((text, m) => text.replaceAll(JSON.stringify(m).slice(1, -1), m), json);

/**
 * A CSL-JSON file (an array of one item), the format citeproc-js and Zotero read natively:
 * `webpage` for a page, `article-journal` for the paper. Ends with a line end.
 */
export function cslJson(key: string, given: Source, accessed = ACCESS_DATE): string {
	const source = normalizeSource(given);
	const item = isPage(source) ? cslPage(key, source, accessed) : cslArticle(key, source);
	return `${keepMarkers(JSON.stringify([item], null, 2))}\n`;
}
