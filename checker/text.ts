/**
 * Bytes and characters: what every content file must be before anything parses it. Valid UTF-8;
 * a byte-order mark and CRLF line ends are accepted (and normalised away); no control characters,
 * no invisible direction overrides, no words too long to wrap on a phone.
 */

/** The longest run of characters without a place to break a line (see `unbreakableRuns`). */
export const MAX_UNBROKEN = 40;

/** The longest text field, in characters. The longest real one is under 2,000. */
export const MAX_FIELD_LENGTH = 10_000;

/** The largest content file, in bytes. The largest real one is about 12 KB. */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * The offset of the first byte that is not valid UTF-8 (bad lead or continuation byte,
 * truncated, overlong or surrogate sequence), or -1 when every byte is valid.
 */
export function firstInvalidByte(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const lead = bytes[i]!;
		const extra =
			lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : 3;
		if (lead >= 0x80 && (lead < 0xc2 || lead > 0xf4)) return i;
		if (i + extra >= bytes.length && extra > 0) return i;
		for (let k = 1; k <= extra; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		const second = bytes[i + 1] ?? 0;
		// Overlong forms and UTF-16 surrogates have valid-looking bytes but are not UTF-8.
		if (lead === 0xe0 && second < 0xa0) return i;
		if (lead === 0xed && second > 0x9f) return i;
		if (lead === 0xf0 && second < 0x90) return i;
		if (lead === 0xf4 && second > 0x8f) return i;
		i += extra + 1;
	}
	return -1;
}

/** The text of a file, or where its encoding breaks. */
export type Decoded = { ok: true; text: string } | { ok: false; line: number };

/**
 * Decodes a content file: strict UTF-8, without a leading byte-order mark, with LF line ends
 * (CRLF and lone CR become LF, so line numbers are the editor's).
 */
export function decode(bytes: Uint8Array): Decoded {
	const bad = firstInvalidByte(bytes);
	if (bad >= 0) {
		let line = 1;
		for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
		return { ok: false, line };
	}
	const text = new TextDecoder('utf-8').decode(bytes);
	return { ok: true, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** A character that must not be in content, with its line. */
export interface BadCharacter {
	line: number;
	code: string;
	what: string;
}

const NAMES: Record<number, string> = {
	0x00: 'NUL',
	0x1b: 'ESCAPE',
	0x7f: 'DELETE',
	0x2028: 'LINE SEPARATOR',
	0x2029: 'PARAGRAPH SEPARATOR',
	0x202a: 'LEFT-TO-RIGHT EMBEDDING',
	0x202b: 'RIGHT-TO-LEFT EMBEDDING',
	0x202c: 'POP DIRECTIONAL FORMATTING',
	0x202d: 'LEFT-TO-RIGHT OVERRIDE',
	0x202e: 'RIGHT-TO-LEFT OVERRIDE',
	0x2066: 'LEFT-TO-RIGHT ISOLATE',
	0x2067: 'RIGHT-TO-LEFT ISOLATE',
	0x2068: 'FIRST STRONG ISOLATE',
	0x2069: 'POP DIRECTIONAL ISOLATE',
	0xfeff: 'BYTE ORDER MARK (inside the text)',
};

// Tab and line feed are the only control characters text needs (CR is normalised away first).
const BAD =
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const kind = (cp: number) =>
	cp >= 0x202a && cp <= 0x2069 && cp !== 0x2028 && cp !== 0x2029
		? 'an invisible text-direction control'
		: 'a control character';

/** The first bad character of every line that has one (control, bidi override, stray BOM). */
export function badCharacters(text: string): BadCharacter[] {
	const found = new Map<number, BadCharacter>();
	let line = 1;
	let last = 0;
	for (const m of text.matchAll(BAD)) {
		for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
		last = m.index;
		if (found.has(line)) continue;
		const cp = m[0].codePointAt(0)!;
		const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
		found.set(line, {
			line,
			code,
			what: `${kind(cp)} ${code}${NAMES[cp] ? ` (${NAMES[cp]})` : ''}`,
		});
	}
	return [...found.values()];
}

// Chinese characters, CJK punctuation and full-width forms: a line may break before or after each.
const BREAKS = /[\s\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF\u2014\u201C\u201D\u2018\u2019]+/u;
const URL_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;

/**
 * Runs of characters with no break opportunity longer than `MAX_UNBROKEN`: such a run cannot wrap
 * and widens the page on a phone. Chinese text may break between any two characters, so only runs
 * of Latin letters, digits and punctuation count; URLs (which readers copy, not read) are skipped.
 * @example unbreakableRuns('a'.repeat(41)) // ['aaaa…']
 */
export function unbreakableRuns(text: string): string[] {
	return text.split(BREAKS).filter((run) => run.length > MAX_UNBROKEN && !URL_LIKE.test(run));
}

/** Markup characters, refused where text becomes a `<title>` or a `<meta>` description. */
export const MARKUP = /[<>]/;

/** A shortened view of a long value for a message. */
export const excerpt = (text: string, max = 24): string =>
	text.length > max ? `${text.slice(0, max)}…` : text;
