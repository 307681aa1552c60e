/**
 * GB/T 7714 references for a web page ([EB/OL]) and a journal article ([J]), in the 2025 edition
 * (in force since 2026-07-01, the default) and the 2015 edition.
 *
 * Written here because no maintained JavaScript library formats GB/T 7714 (citation-js and
 * citeproc need a CSL style file we would have to ship; the maintained styles are CC BY-SA). The
 * rules were worked out from the standards' own examples, as transcribed clause by clause in the
 * test files of the gbt7714 BibTeX package (tests/testfiles/2025-numeric.tlg and
 * 2015-numeric.tlg) and implemented in the CSL styles for both editions; the golden tests in
 * test/unit/citation/citation.test.ts transcribe some of those examples. Where the editions differ for
 * these two entry types:
 * - punctuation: 2025 writes commas, colons, semicolons and round brackets full-width, full stops,
 *   slashes and hyphens half-width, in every entry (`张群，程志宝，石志飞. …[J]. 铁道学报，2024，46（8）：
 *   102-111.`; `Caplan P. …[J]. The Public-Access Computer Systems Review，1993，4（2）：61-66.`);
 *   2015 writes them half-width followed by a space (`…, 1993, 4(2): 61-66.`);
 * - punctuation inside titles follows the edition (2025 full-width, 2015 half-width);
 * - Latin family names: 2015 writes them in capitals (`CAPLAN P`), 2025 as written (`Caplan P`).
 * Both list up to three authors, then 等 (Chinese entries) or et al.
 */
import { normalizeSource } from './normalize.ts';
import { ACCESS_DATE, isPage, orBlank, type Person, type Source } from './text.ts';
import type { Locale } from '../i18n/locales.ts';

export type GbtEdition = '2025' | '2015';

interface Marks {
	comma: string;
	colon: string;
	open: string;
	close: string;
}

const MARKS: Record<GbtEdition, Marks> = {
	'2025': { comma: '，', colon: '：', open: '（', close: '）' },
	'2015': { comma: ', ', colon: ': ', open: '(', close: ')' },
};

/** Half-width marks as 2015 writes them inside a title, and their full-width 2025 forms. */
const TITLE_MARKS: [half: RegExp, full: string, halfText: string][] = [
	[/,\s*/g, '，', ', '],
	[/:\s*/g, '：', ': '],
	[/;\s*/g, '；', '; '],
	[/\?\s*/g, '？', '? '],
	[/!\s*/g, '！', '! '],
	[/\s*\(/g, '（', ' ('],
	[/\)/g, '）', ')'],
];

/** A title with its punctuation in the edition's form. */
export function gbtTitle(title: string, edition: GbtEdition): string {
	let text = title;
	for (const [half, full, halfText] of TITLE_MARKS) {
		text =
			edition === '2025'
				? text.replace(half, full)
				: text.replaceAll(full, halfText).replace(/\s+$/, '');
	}
	return edition === '2015' ? text.replace(/\s{2,}/g, ' ').trim() : text;
}

/** Initials of a Latin given name: "Hiroo" → "H", "Jean-Luc" → "J-L", "John Ronald" → "J R". */
const initials = (given: string) =>
	given
		.split(/\s+/)
		.filter(Boolean)
		.map((name) =>
			name
				.split('-')
				.map((part) => part[0]!.toUpperCase())
				.join('-'),
		)
		.join(' ');

/** GB/T 7714 name: 胡晓燕; Caplan P (2025) or CAPLAN P (2015); a corporate name as it is. */
function gbtName(person: Person, edition: GbtEdition): string {
	if (!person.given) return person.family;
	if (!person.latin) return `${person.family}${person.given}`;
	const family = edition === '2015' ? person.family.toUpperCase() : person.family;
	return `${family} ${initials(person.given)}`;
}

/** Up to three names, then 等 / et al. (both editions), ending with the element's full stop. */
function gbtAuthors(authors: Person[], language: Locale, edition: GbtEdition): string {
	const { comma } = MARKS[edition];
	const names = authors.slice(0, 3).map((p) => gbtName(p, edition));
	if (authors.length > 3) names.push(language === 'zh' ? '等' : 'et al.');
	const text = names.join(comma);
	return text.endsWith('.') ? text : `${text}.`;
}

/**
 * A GB/T 7714 reference for a page of this site ([EB/OL]) or for the paper ([J], with blanks for
 * what our copy does not give).
 * @example gbt('2025', page, '2026-11-27')
 * // '社区治理改革导读编者. 南京街道中心制模式[EB/OL]. （2026-11-26）[2026-11-27]. https://…/.'
 */
export function gbt(edition: GbtEdition, given: Source, accessed = ACCESS_DATE): string {
	const source = normalizeSource(given);
	const m = MARKS[edition];
	const authors = gbtAuthors(source.authors, source.language, edition);
	const title = gbtTitle(source.title, edition);
	if (isPage(source)) {
		// A version is the edition statement (7.4; 2025 example 7.4:4 `V1.0.`), after the title.
		const version = source.version ? ` V${source.version}.` : '';
		return `${authors} ${title}[EB/OL].${version} ${m.open}${source.updated}${m.close}[${accessed}]. ${source.url}.`;
	}
	// The entry is in the article's language, and so are the blanks in it.
	const b = (field: Parameters<typeof orBlank>[1]) => orBlank(source, field, source.language);
	// An empty issue is one the article does not have (`Nature，1992，359：605-609.`).
	const issue = source.issue === '' ? '' : `${m.open}${b('issue')}${m.close}`;
	const journal = gbtTitle(b('journal'), edition);
	const where = `${journal}${m.comma}${b('year')}${m.comma}${b('volume')}${issue}${m.colon}${b('pages')}`;
	return `${authors} ${title}[J]. ${where}.`;
}
