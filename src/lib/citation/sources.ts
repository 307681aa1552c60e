/**
 * The two things a reader cites, built from our data: a page of this site, and the paper as our
 * copy gives it (content/paper/paper.yaml: journal, year, volume, issue and pages left blank,
 * never guessed).
 */
import { bibKey } from './export.ts';
import { capitalizeTitle, type Edition, type JournalArticle, type OnlineSource } from './text.ts';
import type { Locale } from '../i18n/locales.ts';
import type { PageMeta } from './page-meta.ts';
import type { PaperData } from '../content/schema.ts';

/** The site's editors, the party responsible for its pages. */
export const EDITORS = {
	zh: '社区治理改革导读编者',
	en: "Community Governance Reform Reader's Guide contributors",
} as const;

/** The site's name, as Starlight's config gives it. */
export const SITE_NAME = {
	zh: '社区治理改革导读',
	en: "Community Governance Reform: A Reader's Guide",
} as const;

/** What every export of a local preview says (see `PageMeta.preview`). */
export const PREVIEW_WARNING = {
	zh: '警告：本记录导出自本地预览版（构建时未设置 SITE_URL），不是正式发布的网站；其中的网址只在提供预览的电脑上有效。请引用正式发布的网站。',
	en: 'WARNING: exported from a local preview (built without SITE_URL), not the published site; its address works only on the computer serving the preview. Cite the published site.',
} as const;

/** How a page is cited: as it is now, or as a released edition; the page or one paragraph. */
export interface PageCitation {
	/** The released edition that holds exactly this page's text: cite its copy and version. */
	edition?: Edition | undefined;
	/** A paragraph's id (or the marker the panel's script replaces), cited as `#<id>`. */
	fragment?: string | undefined;
}

/**
 * A page of this site, as now or as a released edition (its URL, date and version), the whole
 * page or one paragraph. An English heading that starts in lower case (a concept page's
 * "involution") becomes a title in the citation ("Involution"); the page keeps its heading.
 */
export function pageSource(page: PageMeta, cite: PageCitation = {}): OnlineSource {
	const { edition, fragment } = cite;
	const url = edition ? edition.url : page.url;
	return {
		authors: [{ family: EDITORS[page.locale], given: '' }],
		title: page.locale === 'en' ? capitalizeTitle(page.title) : page.title,
		container: SITE_NAME[page.locale],
		updated: edition ? edition.date : page.modified,
		url: fragment ? `${url}#${fragment}` : url,
		language: page.locale,
		...(edition ? { version: edition.version } : {}),
		...(page.preview ? { warning: PREVIEW_WARNING[page.locale] } : {}),
	};
}

/** Why the paper's exports hold prompts, in one line (the exports' note). */
const paperNote = (paper: PaperData, locale: Locale) =>
	locale === 'zh'
		? `本站所据副本未载刊名、年、卷、期、页码，〔 〕处请据正式发表版本补全；收稿日期${paper.received}不是出版年。`
		: `The copy this site summarises gives no journal, year, volume, issue or pages; replace the 〔 〕 prompts from the published version. The received date, ${paper.received}, is not the year of publication.`;

/**
 * Hanyu Pinyin writes a given name as one word (GB/T 28039): the paper's "Xiao-yan" is "Xiaoyan",
 * one initial in APA ("Hu, X.").
 */
const pinyinGiven = (given: string) => {
	const joined = given.replace(/[-\s]+/g, '').toLowerCase();
	return joined.charAt(0).toUpperCase() + joined.slice(1);
};

/**
 * The paper, cited from a page in `locale`. Its Chinese form is the reference in every language
 * (a reference is written in the language of the work); APA in English romanises it.
 */
export function paperSource(paper: PaperData, locale: Locale, preview = false): JournalArticle {
	return {
		authors: paper.authors.map((a) => ({ family: a.family.zh, given: a.given.zh })),
		romanized: paper.authors.map((a) => ({
			family: a.family.en,
			given: pinyinGiven(a.given.en),
			latin: true,
		})),
		title: paper.title.zh,
		titlePinyin: paper.titlePinyin,
		titleEnglish: paper.title.en,
		language: 'zh',
		citedFrom: locale,
		note: paperNote(paper, locale),
		...(preview ? { warning: PREVIEW_WARNING[locale] } : {}),
	};
}

/**
 * The paper's BibTeX key and file name: its authors and the first words of its title. No year:
 * the year of publication is unknown to us, and the received year is not it.
 * @example paperKey(paper) // 'hu-cao-shequ-zhili'
 */
export function paperKey(paper: PaperData): string {
	const words = paper.titlePinyin.split(/\s+/).slice(0, 2);
	return bibKey(...paper.authors.map((a) => a.family.en), ...words);
}

/** Why the paper's citation has blanks, in one line. */
export const PAPER_BLANKS_NOTE = {
	zh: '〔 〕处为原文副本缺失的信息（刊名、年、卷、期、页码），请据正式发表版本补全，切勿臆造。',
	en: 'The 〔 〕 blanks are what our copy of the paper lacks (journal, year, volume, issue, pages): complete them from the published version; never guess them.',
} as const;

/** A query as an address may hold it: letters and digits as they are, the rest percent-encoded. */
const encode = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, (c) => encodeURIComponent(c));

/**
 * Searches for the paper's title in scholarly search engines, to find the published version.
 * Plain links: nothing is loaded from them on our pages.
 */

export function paperSearches(paper: PaperData): { name: Record<Locale, string>; href: string }[] {
	// Letters as they are (an address may hold them; the browser encodes them when it follows the
	// link): percent-encoded, every Chinese character took nine bytes of every page.
	const q = encode(`"${paper.title.zh}"`);
	return [
		{ name: { zh: '百度学术', en: 'Baidu Scholar' }, href: `https://xueshu.baidu.com/s?wd=${q}` },
		{
			name: { zh: '谷歌学术', en: 'Google Scholar' },
			href: `https://scholar.google.com/scholar?q=${q}`,
		},
		// CNKI, where most Chinese journals are: its search page, by title (`korder=TI`), without
		// the quotation marks, which it would search for as characters.
		{
			name: { zh: '中国知网', en: 'CNKI' },
			href: `https://kns.cnki.net/kns8s/defaultresult/index?kw=${encode(paper.title.zh)}&korder=TI`,
		},
	];
}
