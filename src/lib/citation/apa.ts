/**
 * APA 7 references for a page of this site and for the paper, in English and in the Chinese
 * adaptation of APA that Chinese-language journals use. Titles of works stand alone in italics
 * (marked with `italic()`, copied as rich text). Written by hand like the GB/T formatter: the
 * only part a library would give us, the English web-page form, is five fields long, and the
 * paper's form (romanised title, blanks for what our copy lacks) is not something CSL can express.
 */
import {
	ACCESS_DATE,
	isPage,
	italic,
	orBlank,
	sentenceCase,
	type JournalArticle,
	type OnlineSource,
	type Person,
	type Source,
} from './text.ts';
import { normalizeSource } from './normalize.ts';
import type { Locale } from '../i18n/locales.ts';

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

/**
 * 2026-11-26 → "2026, November 26" (the date of a web page in APA 7) or "2026年11月26日".
 * @example apaDate('2026-11-26', 'en') // '2026, November 26'
 */
export function apaDate(iso: string, language: Locale): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return language === 'zh' ? `${y}年${m}月${d}日` : `${y}, ${MONTHS[m - 1]} ${d}`;
}

/** "Hu, X." for a person in Latin script (hyphenated given names keep the hyphen: "J.-P."). */
function apaName(person: Person): string {
	if (!person.given) return person.family;
	if (!person.latin) return `${person.family}${person.given}`;
	const initials = person.given
		.split(/\s+/)
		.map((name) =>
			name
				.split('-')
				.map((part) => `${part[0]!.toUpperCase()}.`)
				.join('-'),
		)
		.join(' ');
	return `${person.family}, ${initials}`;
}

/** The author element with its full stop: "Hu, X., & Cao, H." or "胡晓燕、曹海军." */
function apaAuthors(authors: Person[], chinese: boolean): string {
	const names = authors.map(apaName);
	const last = names.pop()!;
	let text = last;
	if (names.length) text = chinese ? [...names, last].join('、') : `${names.join(', ')}, & ${last}`;
	return text.endsWith('.') ? text : `${text}.`;
}

/**
 * The title element with what follows it: `*Title*.`, or `*Title* (Version 0.2.0).` for an
 * edition (APA 7, 9.x: an edition or version in parentheses after the title, not in italics).
 * In English a full stop after a closing quotation mark goes inside it (American punctuation,
 * as APA and its CSL style write it).
 */
function apaTitle(page: OnlineSource): string {
	if (page.version) {
		const version = page.language === 'zh' ? `版本 ${page.version}` : `Version ${page.version}`;
		return `${italic(page.title)} (${version}).`;
	}
	const quoted = page.language === 'en' && /["”’']$/.test(page.title);
	if (!quoted) return `${italic(page.title)}.`;
	return italic(`${page.title.slice(0, -1)}.${page.title.slice(-1)}`);
}

/**
 * A page of this site. The current page changes over time and is not archived, so it has a
 * retrieval date (APA 7, 9.16); a fixed edition does not change, so it has none.
 */
function apaPage(page: OnlineSource, accessed: string): string {
	const l = page.language;
	const retrieved = page.version
		? page.url
		: l === 'zh'
			? `检索于${accessed}，取自 ${page.url}`
			: `Retrieved ${accessed}, from ${page.url}`;
	const authors = apaAuthors(page.authors, l === 'zh');
	return `${authors} (${apaDate(page.updated, l)}). ${apaTitle(page)} ${page.container}. ${retrieved}`;
}

/**
 * The paper. In English: the authors and title romanised (Hanyu Pinyin) with the English title in
 * square brackets in sentence case (APA 7, 9.38); in Chinese: as the paper writes them. The year,
 * journal, volume, issue and pages are blanks to fill in, never "n.d.": the article has a year,
 * our copy just does not give it.
 */
function apaArticle(article: JournalArticle): string {
	const l = article.citedFrom ?? article.language;
	const romanise = l === 'en' && article.language === 'zh';
	const authors = romanise && article.romanized ? article.romanized : article.authors;
	const title =
		romanise && article.titlePinyin
			? `${article.titlePinyin}${article.titleEnglish ? ` [${sentenceCase(article.titleEnglish)}]` : ''}`
			: article.title;
	const b = (field: Parameters<typeof orBlank>[1]) => orBlank(article, field, l);
	const source = `${italic(`${b('journal')}, ${b('volume')}`)}(${b('issue')}), ${b('pages')}.`;
	const chineseNames = !authors.some((p) => p.latin);
	return `${apaAuthors(authors, chineseNames)} (${b('year')}). ${title}. ${source}`;
}

/**
 * An APA 7 reference, with italics marked (see `plain()` and the cite panel for rich text).
 * @example apa(page, 'November 27, 2026')
 * // "… contributors. (2026, November 26). \u0002Involution\u0003. Community … Retrieved November 27, 2026, from https://…"
 */
export function apa(given: Source, accessed = ACCESS_DATE): string {
	const source = normalizeSource(given);
	return isPage(source) ? apaPage(source, accessed) : apaArticle(source);
}
