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
} from './lib/content-files';
import { defineSchemas } from './lib/schema';
import { uiStrings } from './lib/ui-strings';

const schemas = defineSchemas((collection) => reference(collection));

/** The loader for one data collection, from where src/lib/content-files.ts says it lives. */
function loaderFor(collection: DataCollection) {
	const source: FolderSource | ListSource = DATA_COLLECTIONS[collection];
	if ('list' in source) return file(`./${source.list}`);
	// One YAML file per entry directly in the folder; the file name is the id.
	return glob({ pattern: source.only ?? `*${DATA_EXTENSION}`, base: `./${source.folder}` });
}

const data = <C extends DataCollection>(collection: C) =>
	defineCollection({ loader: loaderFor(collection), schema: schemas[collection] });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	paper: data('paper'),
	sections: data('sections'),
	cases: data('cases'),
	concepts: data('concepts'),
	timeline: data('timeline'),
	stages: data('stages'),
	diagrams: data('diagrams'),
};
