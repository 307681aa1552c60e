/**
 * The two things a reader cites, built from our data: a page of this site, and the paper as our
 * copy gives it (journal, year, volume, issue and pages left blank, never guessed).
 */
import type { JournalArticle, OnlineSource } from './citation.ts';
import type { Locale } from './i18n.ts';
import type { PaperData } from './schema.ts';

/** The site's editors, the party responsible for its pages. */
export const EDITORS = {
	zh: '社区治理改革导读编者',
	en: "Community Governance Reform Reader's Guide contributors",
} as const;
export const SITE_NAME = {
	zh: '社区治理改革导读',
	en: "Community Governance Reform: A Reader's Guide",
} as const;

export function pageSource(opts: {
	title: string;
	url: string;
	updated: string;
	locale: Locale;
	edition: string;
}): OnlineSource {
	return {
		authors: [{ family: EDITORS[opts.locale], given: '' }],
		title: opts.title,
		container: SITE_NAME[opts.locale],
		updated: opts.updated,
		url: opts.url,
		language: opts.locale,
		edition: opts.edition,
	};
}

const NOTE = {
	zh: '本站所据副本未载刊名、年、卷、期、页码，请据正式发表版本补全；收稿日期2017-11-05。',
	en: 'The copy this site summarises gives no journal, year, volume, issue or pages; complete them from the published version. Received 2017-11-05.',
} as const;

/**
 * The paper. Its Chinese form is used in every language (a reference is written in the language
 * of the work); APA adds the paper's own English title in square brackets.
 */
export function paperSource(paper: PaperData, locale: Locale): JournalArticle {
	return {
		authors: paper.authors.map((a) => ({ family: a.family.zh, given: a.given.zh })),
		romanized: paper.authors.map((a) => ({ family: a.family.en, given: a.given.en, latin: true })),
		title: paper.title.zh,
		...(locale === 'en' ? { translatedTitle: paper.title.en } : {}),
		language: 'zh',
		citedFrom: locale,
		note: NOTE[locale],
	};
}

/** Why the paper's citation has blanks, in one line. */
export const PAPER_BLANKS_NOTE = {
	zh: '〔 〕处为原文副本缺失的信息（刊名、年、卷、期、页码），请据正式发表版本补全，切勿臆造。',
	en: 'The 〔 〕 blanks are what our copy of the paper lacks (journal, year, volume, issue, pages): complete them from the published version; never guess them.',
} as const;
