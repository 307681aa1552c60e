/**
 * The one gate every citation passes before it is formatted: each text field of a source comes
 * out as one line of plain text. A title is written by authors and may hold anything a YAML or
 * MDX file can: a line break would start a new RIS tag (`\nER  - \nTY  - GEN` injects a second
 * record) or a new BibTeX field; control and bidirectional-override characters (ESC, RLO) would
 * reach a reference manager unseen. The checker refuses such titles at the source; this holds
 * whatever a title holds. The format-specific escapes (BibTeX's braces and backslashes) are the
 * formats' own (export.ts), applied after this.
 */
import type { JournalArticle, OnlineSource, Person, Source } from './text.ts';

/**
 * Our own markers (a paragraph id, the served origin: `\u0000name\u0000`) pass through: the
 * panel puts them in a source's URL, never an author. (The italic marks are added after this.)
 */
// eslint-disable-next-line no-control-regex -- our markers are built from U+0000
const MARKER = /(\u0000[a-z-]+\u0000)/;

/**
 * Characters that never belong in a citation: C0 and C1 controls (line breaks included), the
 * Unicode line and paragraph separators, and the bidirectional embedding, override and isolate
 * controls. A line break or tab becomes a space; the others are dropped.
 */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- removing control characters is the point
	/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One field as one line of plain text: no control or bidi characters, runs of white space as one
 * space, no space at either end.
 * @example cleanField('A\nER  - \nTY  - GEN') // 'A ER - TY - GEN'
 */
export function cleanField(text: string): string {
	return text
		.split(MARKER)
		.map((part, i) =>
			i % 2 === 1 ? part : part.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' '),
		)
		.join('')
		.trim();
}

const cleanPerson = (p: Person): Person => ({
	...p,
	family: cleanField(p.family),
	given: cleanField(p.given),
});

const cleanOptional = <T extends string | undefined>(value: T): T =>
	(value === undefined ? value : cleanField(value)) as T;

function cleanPage(page: OnlineSource): OnlineSource {
	return {
		...page,
		authors: page.authors.map(cleanPerson),
		title: cleanField(page.title),
		container: cleanField(page.container),
		updated: cleanField(page.updated),
		url: cleanField(page.url),
		...(page.version === undefined ? {} : { version: cleanField(page.version) }),
		...(page.warning === undefined ? {} : { warning: cleanField(page.warning) }),
	};
}

function cleanArticle(article: JournalArticle): JournalArticle {
	const fields = ['title', 'titlePinyin', 'titleEnglish', 'journal', 'year'] as const;
	const more = ['volume', 'issue', 'pages', 'note', 'warning'] as const;
	const out: JournalArticle = {
		...article,
		authors: article.authors.map(cleanPerson),
		...(article.romanized ? { romanized: article.romanized.map(cleanPerson) } : {}),
	};
	for (const field of [...fields, ...more]) {
		if (article[field] !== undefined) out[field] = cleanOptional(article[field]);
	}
	return out;
}

/** A source with every text field cleaned (see `cleanField`). */
export function normalizeSource<S extends Source>(source: S): S {
	return ('url' in source ? cleanPage(source) : cleanArticle(source as JournalArticle)) as S;
}
