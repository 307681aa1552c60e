/**
 * Bytes and characters of content files (checker/text.ts): what is decoded, what is
 * refused, and where a line may break.
 */
import { describe, expect, it } from 'vitest';
import {
	MAX_UNBROKEN,
	badCharacters,
	decode,
	firstInvalidByte,
	unbreakableRuns,
} from '../../checker/text.ts';

const bytes = (...b: number[]) => Uint8Array.from(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('firstInvalidByte', () => {
	it.each([
		['ASCII', utf8('abc'), -1],
		['Chinese and an emoji', utf8('社区🙂'), -1],
		// A Latin-1 é, the commonest way a file arrives in the wrong encoding.
		['a lone Latin-1 byte', bytes(0x61, 0xe9, 0x62), 1],
		['a continuation byte with no lead', bytes(0x80), 0],
		['a sequence cut short at the end', bytes(0x61, 0xe7, 0xa4), 1],
		['an overlong slash (C0 AF)', bytes(0xc0, 0xaf), 0],
		['an overlong three-byte form', bytes(0xe0, 0x80, 0xaf), 0],
		['a UTF-16 surrogate (ED A0 80)', bytes(0xed, 0xa0, 0x80), 0],
		['beyond U+10FFFF (F4 90 80 80)', bytes(0xf4, 0x90, 0x80, 0x80), 0],
	])('%s → %i', (_name, input, expected) => {
		expect(firstInvalidByte(input)).toBe(expected);
	});
});

describe('decode', () => {
	it('drops a leading byte-order mark and turns CRLF and CR into LF', () => {
		expect(decode(utf8('\uFEFFa\r\nb\rc\n'))).toEqual({ ok: true, text: 'a\nb\nc\n' });
	});
	it('names the line of the first invalid byte', () => {
		expect(decode(Uint8Array.from([...utf8('a\nb\n'), 0xff]))).toEqual({ ok: false, line: 3 });
	});
});

describe('badCharacters', () => {
	it.each([
		['NUL', 'a\u0000b', 'U+0000'],
		['escape', 'a\u001b[31m', 'U+001B'],
		['C1 control', 'a\u0085', 'U+0085'],
		['right-to-left override', 'abc\u202Efdp.exe', 'U+202E'],
		['left-to-right isolate', '\u2066x\u2069', 'U+2066'],
		['line separator', 'a\u2028b', 'U+2028'],
		['byte-order mark inside', 'a\uFEFFb', 'U+FEFF'],
	])('finds %s', (_name, text, code) => {
		expect(badCharacters(text).map((b) => b.code)).toEqual([code]);
	});
	it('accepts tabs, new lines and ordinary text in both languages', () => {
		expect(badCharacters('a\tb\n社区“治理”—— “one-stop” …')).toEqual([]);
	});
	it('reports one character per line, with its line', () => {
		expect(badCharacters('ok\n\u0000\u0001\nok\n\u202E').map((b) => b.line)).toEqual([2, 4]);
	});
});

describe('unbreakableRuns', () => {
	it(`allows ${MAX_UNBROKEN} characters, refuses ${MAX_UNBROKEN + 1}`, () => {
		expect(unbreakableRuns('a'.repeat(MAX_UNBROKEN))).toEqual([]);
		expect(unbreakableRuns('a'.repeat(MAX_UNBROKEN + 1))).toHaveLength(1);
	});
	it('counts Latin runs only: Chinese text may break between any two characters', () => {
		expect(unbreakableRuns('社'.repeat(200))).toEqual([]);
		expect(unbreakableRuns(`${'a'.repeat(30)}社${'b'.repeat(30)}`)).toEqual([]);
	});
	it('skips URLs, which readers copy rather than read', () => {
		expect(unbreakableRuns(`see https://example.org/${'x'.repeat(80)}`)).toEqual([]);
	});
});
