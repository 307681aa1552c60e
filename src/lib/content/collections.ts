/**
 * Typed access to the knowledge base from components. Unknown ids throw with the file to fix;
 * the checker reports them earlier with a hint, this is the last line of defence.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { entryFile, type DataCollection } from './files';

/** One entry by id, or a build error naming the collection, the id and the file to add or fix. */
export async function entry<C extends DataCollection>(
	collection: C,
	id: string,
): Promise<CollectionEntry<C>> {
	const found = await getEntry(collection, id);
	if (!found) {
		const where = entryFile(collection, id);
		const fix = where.endsWith(`/${id}.yaml`)
			? `add ${where}`
			: `add an entry with id "${id}" to ${where}`;
		throw new Error(
			`Unknown ${collection} id "${id}": ${fix} or fix the id (run \`npm run check:content\` for a hint).`,
		);
	}
	return found as CollectionEntry<C>;
}

/** Every entry of a collection, sorted by id for stable output. */
export async function all<C extends DataCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	const entries = (await getCollection(collection)) as CollectionEntry<C>[];
	return entries.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The MDX source of the docs pages of one language under the given folders (`paper` reads
 * `paper/` and its index), for what a page derives from other pages' text (the backlinks).
 */
export async function pageSources(
	locale: string,
	folders: readonly string[],
): Promise<{ route: string; title: string; body: string }[]> {
	const prefix = `${locale}/`;
	const pages = await getCollection('docs', (e) => {
		if (!e.id.startsWith(prefix)) return false;
		const route = e.id.slice(prefix.length);
		return folders.some((f) => route === f || route.startsWith(`${f}/`));
	});
	return pages.map((e) => ({
		route: e.id.slice(prefix.length).replace(/\/?index$/, ''),
		title: e.data.title,
		body: e.body ?? '',
	}));
}
