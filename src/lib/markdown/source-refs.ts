/**
 * Source references (`<Src id="…" />`) as readers see them: one chip per paragraph, list item or
 * table cell, no repeats, and nothing that only points back at the heading the reader has just
 * passed. The ids written in the MDX stay the source of truth (the checker reads them); these
 * rules only decide what is shown.
 */

/** A paper section as far as a source reference needs it. */
export interface SectionTarget {
	id: string;
	/** Site page (without locale) that summarises the section. */
	page: string;
	/** Heading id on that page; absent when the whole page is meant. */
	anchor?: string | undefined;
	/** The enclosing section's id, if any. */
	parent?: string | undefined;
}

/**
 * The ids of one or more `id` attributes, in order of first appearance, without repeats.
 * @example mergeSourceIds(['a b', 'b c']) // ['a', 'b', 'c']
 */
export function mergeSourceIds(lists: readonly string[]): string[] {
	return [...new Set(lists.flatMap((list) => list.split(/\s+/).filter(Boolean)))];
}

/**
 * Does a reference to `section` only point back at what the reader is reading? True when the
 * section is summarised on the current page and is either the whole page or the heading just
 * above the reference (`near`). Such a chip would repeat the heading, so it is not shown.
 */
export function pointsHere(section: SectionTarget, currentPage: string, near?: string): boolean {
	if (section.page !== currentPage) return false;
	return section.anchor === undefined || section.anchor === near;
}

/** Is `ancestor` an enclosing section of `section` (at any depth)? */
function encloses(ancestor: string, section: SectionTarget, byId: Map<string, SectionTarget>) {
	for (let p = section.parent; p; p = byId.get(p)?.parent) if (p === ancestor) return true;
	return false;
}

/**
 * The sections a chip shows: not those that only point back at the reader; not a section when a
 * part of it is cited too ("§3, Tongling" beside "§3, Tongling: grid management"); and one per
 * link target. `all` is the whole section map, for the enclosing sections.
 */
export function shownSections<S extends SectionTarget>(
	sections: readonly S[],
	currentPage: string,
	near?: string,
	all: readonly SectionTarget[] = sections,
): S[] {
	const byId = new Map(all.map((s) => [s.id, s]));
	const targets = new Set<string>();
	return sections
		.filter((s) => !pointsHere(s, currentPage, near))
		.filter((s, _, kept) => !kept.some((other) => encloses(s.id, other, byId)))
		.filter((s) => {
			const target = `${s.page}#${s.anchor ?? ''}`;
			if (targets.has(target)) return false;
			targets.add(target);
			return true;
		});
}

/**
 * Splits a section label into the part it shares with its siblings and its own part:
 * "三·铜陵·推广" → ["三·铜陵", "推广"]; "§3, Tongling: spread" → ["§3, Tongling", "spread"];
 * "§1, policy context" → ["§1", "policy context"]; a top-level label has no head.
 */
export function splitLabel(label: string): { head: string; tail: string } {
	const zh = label.lastIndexOf('·');
	if (zh > 0) return { head: label.slice(0, zh), tail: label.slice(zh + 1) };
	const colon = label.lastIndexOf(': ');
	if (colon > 0) return { head: label.slice(0, colon), tail: label.slice(colon + 2) };
	const section = /^(§\d+), (.+)$/.exec(label);
	if (section) return { head: section[1]!, tail: section[2]! };
	return { head: '', tail: label };
}

/**
 * What each link of a chip shows: the full label for the first of a run of labels that share a
 * head, only the own part for the rest, so "§3, Qingshan: overall approach · street level"
 * reads as one reference, not as two chips running together.
 * @example compactLabels(['三·铜陵·推广', '三·铜陵·网格化管理']) // ['三·铜陵·推广', '网格化管理']
 */
export function compactLabels(labels: readonly string[]): string[] {
	return labels.map((label, i) => {
		const { head, tail } = splitLabel(label);
		const previous = i > 0 ? splitLabel(labels[i - 1]!).head : undefined;
		return head && head === previous ? tail : label;
	});
}

/**
 * The site page (without locale, no slashes at either end) of a URL path.
 * @example pageOfPath('/guide/zh/cases/nanjing/', '/guide/') // 'cases/nanjing'
 */
export function pageOfPath(pathname: string, base = '/'): string {
	const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	return rest
		.replace(/^\/+/, '')
		.replace(/^(zh|en)(\/|$)/, '')
		.replace(/\/+$/, '');
}
