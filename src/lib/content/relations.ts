/**
 * Relations stored on one side and derived on the other. A case lists the concepts it illustrates
 * (`concepts:` in content/cases/<id>.yaml); which cases illustrate a concept is computed from
 * that, never written twice.
 */

/** What a case needs to be listed under a concept. */
export interface CaseLike {
	id: string;
	data: { order: number; concepts: readonly { id: string }[] };
}

/**
 * The cases that list `concept`, in case order.
 * @example casesOfConcept('grid-management', cases) // [tongling, nanjing, qingshan]
 */
export function casesOfConcept<C extends CaseLike>(concept: string, cases: readonly C[]): C[] {
	return cases
		.filter((c) => c.data.concepts.some((ref) => ref.id === concept))
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
