import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	DATA_COLLECTIONS,
	DATA_EXTENSION,
	type DataCollection,
	type FolderSource,
	type ListSource,
} from './lib/content/files';
import { defineSchemas } from './lib/content/schema';
import { uiStrings } from './lib/i18n/ui-strings';
import { searchFrontmatter } from './lib/search/frontmatter';

const schemas = defineSchemas((collection) => reference(collection));

/** The loader for one data collection, from where src/lib/content/files.ts says it lives. */
function loaderFor(collection: DataCollection) {
	const source: FolderSource | ListSource = DATA_COLLECTIONS[collection];
	if ('list' in source) return file(`./${source.list}`);
	// One YAML file per entry directly in the folder; the file name is the id.
	return glob({ pattern: source.only ?? `*${DATA_EXTENSION}`, base: `./${source.folder}` });
}

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({ extend: searchFrontmatter }),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	paper: defineCollection({ loader: loaderFor('paper'), schema: schemas.paper }),
	sections: defineCollection({ loader: loaderFor('sections'), schema: schemas.sections }),
	cases: defineCollection({ loader: loaderFor('cases'), schema: schemas.cases }),
	concepts: defineCollection({ loader: loaderFor('concepts'), schema: schemas.concepts }),
	timeline: defineCollection({ loader: loaderFor('timeline'), schema: schemas.timeline }),
	stages: defineCollection({ loader: loaderFor('stages'), schema: schemas.stages }),
	diagrams: defineCollection({ loader: loaderFor('diagrams'), schema: schemas.diagrams }),
};
