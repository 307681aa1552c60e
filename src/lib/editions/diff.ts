/**
 * What changed in a page between two texts, paragraph by paragraph, matched by paragraph id (the
 * ids stay when a paragraph is reworded, which is what makes them citable).
 */
import type { FrozenParagraph } from './store.ts';

/** One paragraph's change: kept as it was, reworded, added or removed. */
export type ParagraphChange =
	| { kind: 'same'; id: string; text: string }
	| { kind: 'reworded'; id: string; before: string; after: string }
	| { kind: 'added'; id: string; text: string }
	| { kind: 'removed'; id: string; text: string };

/**
 * The changes from `before` to `after`, in the order of `after`, each removed paragraph placed
 * after the paragraph that preceded it before (or first).
 * @example paragraphChanges([{ id: 'p-a', text: 'x' }], [{ id: 'p-a', text: 'y' }]) // [{ kind: 'reworded', … }]
 */
export function paragraphChanges(
	before: readonly FrozenParagraph[],
	after: readonly FrozenParagraph[],
): ParagraphChange[] {
	const old = new Map(before.map((p) => [p.id, p.text]));
	const now = new Set(after.map((p) => p.id));
	/** Removed paragraphs by the id of the paragraph before them (`''`: at the start). */
	const removedAfter = new Map<string, FrozenParagraph[]>();
	let previous = '';
	for (const p of before) {
		if (!now.has(p.id)) removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), p]);
		else previous = p.id;
	}
	const removed = (id: string): ParagraphChange[] =>
		(removedAfter.get(id) ?? []).map((p) => ({ kind: 'removed', id: p.id, text: p.text }));
	const out: ParagraphChange[] = removed('');
	for (const p of after) {
		const was = old.get(p.id);
		if (was === undefined) out.push({ kind: 'added', id: p.id, text: p.text });
		else if (was === p.text) out.push({ kind: 'same', id: p.id, text: p.text });
		else out.push({ kind: 'reworded', id: p.id, before: was, after: p.text });
		out.push(...removed(p.id));
	}
	return out;
}

/** Whether two pages' paragraphs are the same text (same ids, same order, same words). */
export const sameParagraphs = (
	a: readonly FrozenParagraph[],
	b: readonly FrozenParagraph[],
): boolean =>
	a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.text === b[i]?.text);
