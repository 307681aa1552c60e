/**
 * The copy guard: finds text that a page shares with the paper, without the paper's text in the
 * repository. The paper is reduced once, by `scripts/paper-fingerprints.ts`, to hashes of its
 * windows (`content/paper/fingerprints.json`); a page is reduced the same way and its windows
 * looked up. Two checks use them:
 *
 * - **Runs**: no run of {@link WINDOW} (16) or more consecutive Han characters shared with the paper,
 *   the length from which a shared run is verbatim copying.
 * - **Share**: no block (paragraph, list item, table cell, label, data field) of
 *   {@link MIN_BLOCK} or more Han characters of which more than {@link MAX_SHARE} of the
 *   characters lie in a 6-character window that also occurs in the paper. This catches a copy
 *   with light substitutions (a word swapped every few characters), which breaks every 16-character
 *   run but leaves most 6-character windows intact.
 *
 * What is compared is the sequence of Han characters only. Punctuation, spaces, digits and Latin
 * letters are dropped on both sides, so that the copy's ", " for "，" or "130 多项" for "130多项"
 * cannot hide a copied run. Text a page quotes (“…” 「…」 『…』 《…》) is cut out and ends a run.
 */
import { createHash } from 'node:crypto';

/**
 * The length of a copied run that the guard reports, in Han characters: 16. Runs of 16 to 19
 * characters outside quotation marks are prose copied from the paper, so a longer window misses them.
 */
export const WINDOW = 16;

/** How many hex characters of SHA-256 are kept per window (48 bits). */
export const HASH_HEX = 12;

/**
 * The window of the share check, in Han characters. Six is longer than nearly every name and term
 * the site must use (街道办事处, 社区居委会, 国家基层政权 are 5–6), so a name alone shares at most
 * one window; it is short enough that a copy with a word swapped every six to ten characters still
 * shares most of its characters. Calibrated on the examples in AUTHORING.md.
 */
export const SHORT_WINDOW = 6;

/**
 * Hex characters kept per short window (32 bits): with about 9,000 windows in the paper, a page
 * window matches by chance with a probability near 2·10⁻⁶, so the whole site sees less than one
 * chance match, and the file stays small.
 */
export const SHORT_HASH_HEX = 8;

/** The shortest block the share check measures, in Han characters outside quotations. */
export const MIN_BLOCK = 25;

/** The share check fails a block when more than this share of its characters is the paper's. */
export const MAX_SHARE = 0.5;

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
 * The fingerprint of one window: the first `hex` hex characters of its SHA-256.
 * @example fingerprint('社区治理体系和治理能力现代化的思考基于国家') // → 12 hex characters
 */
export const fingerprint = (window: string, hex = HASH_HEX): string =>
	createHash('sha256').update(window, 'utf8').digest('hex').slice(0, hex);

/** Every window of `size` characters of a Han string, in order (none if it is shorter). */
export function windows(han: string, size = WINDOW): string[] {
	const chars = [...han];
	const out: string[] = [];
	for (let i = 0; i + size <= chars.length; i++) out.push(chars.slice(i, i + size).join(''));
	return out;
}

/** The sorted, de-duplicated fingerprints of every window of a text (Han characters only). */
export function fingerprintsOf(text: string, size = WINDOW, hex = HASH_HEX): string[] {
	return [...new Set(windows(hanOnly(text), size).map((w) => fingerprint(w, hex)))].sort();
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
 * The text units of one block: its parts outside quotations, with exempt passages (e.g. the
 * paper's title) cut out, reduced to Han characters. Units never join, so no window spans a cut.
 * @example blockUnits('见“撤街强社”一说', []) // → ['见', '一说']
 */
export function blockUnits(block: string, exempt: string[] = []): string[] {
	const exemptHan = exempt.map(hanOnly).filter((e) => e.length > 0);
	return unquotedParts(block)
		.map(hanOnly)
		.flatMap((han) => exemptHan.reduce((parts, e) => parts.flatMap((p) => p.split(e)), [han]))
		.filter((u) => u.length > 0);
}

/**
 * The text units of a page to check for copied runs: each block's units long enough to hold one.
 */
export function checkableUnits(blocks: string[], exempt: string[] = []): string[] {
	return blocks.flatMap((b) => blockUnits(b, exempt)).filter((u) => u.length >= WINDOW);
}

/** How much of one block the paper shares, by {@link paperShare}. */
export interface PaperShare {
	/** Han characters of the block outside quotations and exempt passages. */
	chars: number;
	/** Of those, the characters inside a window that also occurs in the paper. */
	shared: number;
	/** `shared / chars`, 0 for a block without Han characters. */
	share: number;
	/** The shared stretches (overlapping windows joined), in order, for the failure message. */
	passages: string[];
}

/**
 * The share of a block's characters that lie inside a window of `size` Han characters found in
 * `known` (the paper's short-window fingerprints). Counting characters rather than windows is
 * deliberate: one swapped word costs `size` windows but only one character, so a lightly edited
 * copy keeps a high character share while its window share drops.
 * @example paperShare(blockUnits(block), knownShort).share // → 0.62
 */
export function paperShare(
	units: string[],
	known: ReadonlySet<string>,
	size = SHORT_WINDOW,
	hex = SHORT_HASH_HEX,
): PaperShare {
	let chars = 0;
	let shared = 0;
	const passages: string[] = [];
	for (const unit of units) {
		const covered = coveredMask(unit, known, size, hex);
		chars += covered.length;
		shared += covered.filter(Boolean).length;
		passages.push(...stretches([...unit], covered));
	}
	return { chars, shared, share: chars === 0 ? 0 : shared / chars, passages };
}

/** Whether a block fails the share check: long enough to measure, and mostly the paper's. */
export const tooClose = (s: PaperShare): boolean => s.chars >= MIN_BLOCK && s.share > MAX_SHARE;

/** For each character of `han`: does it lie in a window whose fingerprint is in `known`? */
function coveredMask(
	han: string,
	known: ReadonlySet<string>,
	size: number,
	hex: number,
): boolean[] {
	const chars = [...han];
	const covered = chars.map(() => false);
	for (let i = 0; i + size <= chars.length; i++) {
		if (known.has(fingerprint(chars.slice(i, i + size).join(''), hex)))
			covered.fill(true, i, i + size);
	}
	return covered;
}

/** The maximal stretches of `chars` marked in `mask`. */
function stretches(chars: string[], mask: boolean[]): string[] {
	const out: string[] = [];
	let current = '';
	chars.forEach((ch, i) => {
		if (mask[i]) current += ch;
		else if (current) {
			out.push(current);
			current = '';
		}
	});
	if (current) out.push(current);
	return out;
}
