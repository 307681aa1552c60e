/**
 * Where the knowledge base lives. Each data collection is either one YAML file per entry in a
 * folder (the file name is the id) or one YAML list. Astro's loaders (`src/content.config.ts`),
 * the lookup helpers (`src/lib/content/collections.ts`) and the checker all read this one list, so they
 * cannot disagree about which files exist.
 */

/** A collection stored as one YAML file per entry, `<folder>/<id>.yaml` (not in subfolders). */
export interface FolderSource {
	folder: string;
	/** Only this file of the folder, when the folder holds other things too. */
	only?: string;
}

/** A collection stored as one YAML list of entries, each with an `id`. */
export interface ListSource {
	list: string;
}

/** Every data collection and its files. The order is the order the checker reports them in. */
export const DATA_COLLECTIONS = {
	paper: { folder: 'content/paper', only: 'paper.yaml' },
	sections: { list: 'content/paper/sections.yaml' },
	cases: { folder: 'content/cases' },
	concepts: { folder: 'content/concepts' },
	timeline: { folder: 'content/timeline' },
	stages: { folder: 'content/stages' },
	diagrams: { folder: 'content/diagrams' },
} as const satisfies Record<string, FolderSource | ListSource>;

export type DataCollection = keyof typeof DATA_COLLECTIONS;

/** The collection names, in the order of `DATA_COLLECTIONS`. */
export const COLLECTION_NAMES = Object.keys(DATA_COLLECTIONS) as DataCollection[];

/** Collections that entries may reference by id (every one except the paper itself). */
export type ReferableCollection = Exclude<DataCollection, 'paper'>;

/** The one extension Astro's loaders read; `.yml` files would be silently skipped. */
export const DATA_EXTENSION = '.yaml';

/** A file-name id: lowercase ASCII letters, digits and single hyphens (also URL and anchor ids). */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The file (relative to the project root) that holds an entry, for messages that say what to fix.
 * @example entryFile('cases', 'nanjing') // 'content/cases/nanjing.yaml'
 * @example entryFile('sections', 'stage-1') // 'content/paper/sections.yaml'
 */
export function entryFile(collection: DataCollection, id: string): string {
	const source: FolderSource | ListSource = DATA_COLLECTIONS[collection];
	if ('list' in source) return source.list;
	return `${source.folder}/${source.only ?? `${id}${DATA_EXTENSION}`}`;
}
