/**
 * Typed access to the knowledge base from components. Unknown ids throw with the file to fix;
 * the checker reports them earlier with a hint, this is the last line of defence.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

type DataCollection =
	'sections' | 'cases' | 'concepts' | 'timeline' | 'stages' | 'diagrams' | 'paper';

/** One entry by id, or a build error naming the collection and the id. */
export async function entry<C extends DataCollection>(
	collection: C,
	id: string,
): Promise<CollectionEntry<C>> {
	const found = await getEntry(collection, id);
	if (!found) {
		throw new Error(
			`Unknown ${collection} id "${id}". Add content/${collection}/${id}.yaml or fix the id (run \`npm run check:content\` for a hint).`,
		);
	}
	return found as CollectionEntry<C>;
}

/** Every entry of a collection, sorted by id for stable output. */
export async function all<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	return entries.sort((a, b) => a.id.localeCompare(b.id));
}
