/**
 * One rendering per term: finds, in any text of a page, a data entry or a diagram, the variants a
 * concept lists under `avoid.en` or `avoid.zh`, and says which rendering to use instead. Pure, so
 * the content checker and the tests can both call it.
 */
import type { AvoidedRendering } from '../src/lib/content/schema.ts';

/** What the function needs to know of a concept. */
export interface TermRule {
	/** The concept's id, for the message. */
	id: string;
	/** The rendering used site-wide in the rule's language (`term.en` or `term.zh`). */
	term: string;
	/** The variants to avoid. */
	avoid: readonly AvoidedRendering[];
	/** Which list of the concept the variants come from (`avoid.en` when not given). */
	language?: 'en' | 'zh';
}

/** One use of an avoided variant. */
export interface TermFinding {
	/** 1-based line of the text. */
	line: number;
	/** The variant as it appears in the text. */
	variant: string;
	/** The rendering to use instead. */
	use: string;
	/** The concept whose rule it breaks. */
	concept: string;
	/** The list the variant is on: `en` or `zh`. */
	language: 'en' | 'zh';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A letter or digit of a script written with spaces between words (not Han). */
const WORDY = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const isWordy = (ch: string | undefined) => ch !== undefined && WORDY.test(ch) && !HAN.test(ch);

/**
 * A pattern for one variant: case-insensitive, with hyphens and dashes (- ‐ – —), the two
 * apostrophes (' ’) and straight and curly double quotes (" “ ”) interchangeable, since the pages
 * mix them, and any run of white space (a line break in a Mermaid label, too) for a space. An end
 * that is a Latin letter or digit must be a word boundary; an end that is a Han character needs
 * none, since Chinese has no spaces between words.
 */
export function variantPattern(variant: string): RegExp {
	const chars = [...variant.trim()];
	const body = chars
		.map((ch) =>
			/[-‐–—]/.test(ch)
				? '[-‐–—]'
				: /['’]/.test(ch)
					? "['’]"
					: /["“”]/.test(ch)
						? '["“”]'
						: escape(ch),
		)
		.join('')
		.replace(/\s+/g, '\\s+');
	// "Not a letter or digit other than Han": an English gloss may touch a Chinese character.
	const wordChar = '(?!\\p{Script=Han})[\\p{L}\\p{N}]';
	const before = isWordy(chars[0]) ? `(?<!${wordChar})` : '';
	const after = isWordy(chars.at(-1)) ? `(?!${wordChar})` : '';
	return new RegExp(`${before}${body}${after}`, 'giu');
}

const patterns = new Map<string, RegExp>();
/**
 * `variantPattern`, compiled once per variant: the checker looks for the same variants in every
 * text of every page (building them anew each time was most of a 500-case check's 38 s).
 */
function patternOf(variant: string): RegExp {
	let pattern = patterns.get(variant);
	if (!pattern) patterns.set(variant, (pattern = variantPattern(variant)));
	return pattern;
}

/** The 1-based line of an offset in a text. */
const lineAtOffset = (text: string, offset: number): number =>
	text.slice(0, offset).split(/\r?\n/).length;

/**
 * Every use of an avoided variant in `text`, in order of line, with the rendering to use. A
 * variant is found across a line break too (a Mermaid label wraps where a phrase would not): its
 * line is the line it starts on.
 * @example
 * findAvoidedRenderings('a three-social linkage', [
 *   { id: 'three-socials-linkage', term: "linkage of the 'three socials'", avoid: ['three-social linkage'] },
 * ]) // → [{ line: 1, variant: 'three-social linkage', use: "linkage of the 'three socials'", concept: …, language: 'en' }]
 */
export function findAvoidedRenderings(text: string, rules: readonly TermRule[]): TermFinding[] {
	const findings: TermFinding[] = [];
	for (const rule of rules) {
		for (const entry of rule.avoid) {
			const variant = typeof entry === 'string' ? entry : entry.text;
			const use = typeof entry === 'string' ? rule.term : entry.use;
			for (const m of text.matchAll(patternOf(variant)))
				findings.push({
					line: lineAtOffset(text, m.index),
					variant: m[0],
					use,
					concept: rule.id,
					language: rule.language ?? 'en',
				});
		}
	}
	return findings.sort((a, b) => a.line - b.line);
}

/**
 * A finding as the checker prints it: `file:line  "variant" → use "rendering" (concept id)`.
 */
export const formatTermFinding = (file: string, f: TermFinding): string =>
	`${file}:${f.line}  "${f.variant}" → use "${f.use}" (concept ${f.concept})`;
