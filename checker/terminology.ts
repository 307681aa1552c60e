/**
 * One English rendering per term: finds, in the English text of a page or a data entry, the
 * variants a concept lists under `avoid.en`, and says which rendering to use instead. Pure, so the
 * content checker and the tests can both call it.
 */
import type { AvoidedRendering } from '../src/lib/content/schema.ts';

/** What the function needs to know of a concept. */
export interface TermRule {
	/** The concept's id, for the message. */
	id: string;
	/** The English rendering used site-wide (`term.en`). */
	term: string;
	/** The variants to avoid. */
	avoid: readonly AvoidedRendering[];
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
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for one variant: case-insensitive, bounded by non-letters, with hyphens and dashes
 * (- ‐ – —), the two apostrophes (' ’) and straight and curly double quotes (" “ ”)
 * interchangeable, since the pages mix them.
 */
export function variantPattern(variant: string): RegExp {
	const body = [...variant.trim()]
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
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
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

/**
 * Every use of an avoided variant in `text`, in order of line, with the rendering to use.
 * @example
 * findAvoidedRenderings('a three-social linkage', [
 *   { id: 'three-socials-linkage', term: "linkage of the 'three socials'", avoid: ['three-social linkage'] },
 * ]) // → [{ line: 1, variant: 'three-social linkage', use: "linkage of the 'three socials'", concept: … }]
 */
export function findAvoidedRenderings(text: string, rules: readonly TermRule[]): TermFinding[] {
	const lines = text.split(/\r?\n/);
	const findings: TermFinding[] = [];
	for (const rule of rules) {
		for (const entry of rule.avoid) {
			const variant = typeof entry === 'string' ? entry : entry.text;
			const use = typeof entry === 'string' ? rule.term : entry.use;
			const pattern = patternOf(variant);
			// Most texts hold no variant at all: one search of the whole text, lines only on a hit.
			if (text.search(pattern) < 0) continue;
			lines.forEach((l, i) => {
				for (const m of l.matchAll(pattern))
					findings.push({ line: i + 1, variant: m[0], use, concept: rule.id });
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
