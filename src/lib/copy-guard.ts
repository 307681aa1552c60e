/**
 * The copy guard: finds runs of 20 or more Chinese characters that a page shares with the paper,
 * without the paper's text in the repository. The paper is reduced once, by
 * `scripts/paper-fingerprints.ts`, to hashes of its 20-character windows
 * (`content/paper/fingerprints.json`); a page is reduced the same way and its windows looked up.
 *
 * What is compared is the sequence of Han characters only. Punctuation, spaces, digits and Latin
 * letters are dropped on both sides, so that the copy's ", " for "，" or "130 多项" for "130多项"
 * cannot hide a copied run. Text a page quotes (“…” 「…」 『…』 《…》) is cut out and ends a run.
 */
import { createHash } from 'node:crypto';

/** The length of a copied run that the guard reports, in Han characters. */
export const WINDOW = 20;

/** How many hex characters of SHA-256 are kept per window (48 bits). */
export const HASH_HEX = 12;

const HAN = /\p{Script=Han}/u;
const NOT_HAN = /[^\p{Script=Han}]+/gu;

/**
 * The Han characters of a text, in order, with everything else dropped.
 * @example hanOnly('130 多项, 属于“自治”') // → '多项属于自治'
 */
export const hanOnly = (text: string): string => text.replace(NOT_HAN, '');

/** Whether a character is a Han character. */
export const isHan = (ch: string): boolean => HAN.test(ch);

/** Quotation and title marks whose content is quoted, not our own words: opener → closer. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = {
	'“': '”',
	'「': '」',
	'『': '』',
	'《': '》',
};

/**
 * The parts of a text outside quotation and title marks, in order. A quoted passage splits the
 * text (so a run never joins across a quotation). Marks nest; an opener with no closer in the
 * text is treated as a stray character, so an unbalanced mark cannot hide the rest of a paragraph.
 * @example unquotedParts('甲“乙”丙') // → ['甲', '丙']
 */
export function unquotedParts(text: string): string[] {
	const parts: string[] = [];
	let current = '';
	let i = 0;
	while (i < text.length) {
		const ch = text[i]!;
		const end = QUOTE_PAIRS[ch] ? closingIndex(text, i) : -1;
		if (end < 0) {
			current += ch;
			i += 1;
			continue;
		}
		parts.push(current);
		current = '';
		i = end + 1;
	}
	parts.push(current);
	return parts.filter((p) => p.length > 0);
}

/** The index of the mark that closes the opener at `start`, counting nested pairs; -1 if none. */
function closingIndex(text: string, start: number): number {
	const open = text[start]!;
	const close = QUOTE_PAIRS[open]!;
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === open) depth += 1;
		else if (text[i] === close && --depth === 0) return i;
	}
	return -1;
}

/**
 * The fingerprint of one window: the first {@link HASH_HEX} hex characters of its SHA-256.
 * @example fingerprint('社区治理体系和治理能力现代化的思考基于国家') // → 12 hex characters
 */
export const fingerprint = (window: string): string =>
	createHash('sha256').update(window, 'utf8').digest('hex').slice(0, HASH_HEX);

/** Every window of `size` characters of a Han string, in order (none if it is shorter). */
export function windows(han: string, size = WINDOW): string[] {
	const chars = [...han];
	const out: string[] = [];
	for (let i = 0; i + size <= chars.length; i++) out.push(chars.slice(i, i + size).join(''));
	return out;
}

/** The sorted, de-duplicated fingerprints of every window of a text (Han characters only). */
export function fingerprintsOf(text: string, size = WINDOW): string[] {
	return [...new Set(windows(hanOnly(text), size).map(fingerprint))].sort();
}

/**
 * The maximal runs of a Han string whose every window is in `known`: each run is at least `size`
 * characters long and is a passage the string shares with the fingerprinted text.
 * @example copiedRuns(hanOnly(page), new Set(fingerprintsOf(paper)))
 */
export function copiedRuns(han: string, known: ReadonlySet<string>, size = WINDOW): string[] {
	const chars = [...han];
	const runs: string[] = [];
	let start = -1;
	let end = -1;
	for (let i = 0; i + size <= chars.length; i++) {
		if (!known.has(fingerprint(chars.slice(i, i + size).join('')))) continue;
		if (start >= 0 && i <= end) end = i + size;
		else {
			if (start >= 0) runs.push(chars.slice(start, end).join(''));
			start = i;
			end = i + size;
		}
	}
	if (start >= 0) runs.push(chars.slice(start, end).join(''));
	return runs;
}

/**
 * The paper's body from the saved copy: the lines from line 19 up to the sharing site's
 * "展开阅读全文" link, with the site's fragment markers ("1、", "2、" …) removed. The markers are
 * the site's, not the paper's; a fragment often starts mid-word, so removing them re-joins words.
 */
export function paperBody(copy: string): string {
	const lines = copy.split(/\r?\n/).slice(18);
	const end = lines.findIndex((l) => l.trim() === '展开阅读全文');
	return (end < 0 ? lines : lines.slice(0, end)).map((l) => l.replace(/^\s*\d+、/, '')).join('');
}

/**
 * The text units of a page to check: each block of visible text, split at quotations, with exempt
 * passages (e.g. the paper's title) cut out, reduced to Han characters.
 */
export function checkableUnits(blocks: string[], exempt: string[] = []): string[] {
	const exemptHan = exempt.map(hanOnly).filter((e) => e.length > 0);
	return blocks
		.flatMap(unquotedParts)
		.map(hanOnly)
		.flatMap((han) => exemptHan.reduce((parts, e) => parts.flatMap((p) => p.split(e)), [han]))
		.filter((u) => u.length >= WINDOW);
}
