import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { defineSchemas } from './lib/schema';
import { uiStrings } from './lib/ui-strings';

const schemas = defineSchemas((collection) => reference(collection));

/** One YAML file per entry under `content/<folder>/`; the file name is the id. */
const entries = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: uiStrings }) }),
	paper: defineCollection({
		loader: glob({ pattern: 'paper.yaml', base: './content/paper' }),
		schema: schemas.paper,
	}),
	sections: defineCollection({
		loader: file('./content/paper/sections.yaml'),
		schema: schemas.sections,
	}),
	cases: defineCollection({ loader: entries('cases'), schema: schemas.cases }),
	concepts: defineCollection({ loader: entries('concepts'), schema: schemas.concepts }),
	timeline: defineCollection({ loader: entries('timeline'), schema: schemas.timeline }),
	stages: defineCollection({ loader: entries('stages'), schema: schemas.stages }),
	diagrams: defineCollection({ loader: entries('diagrams'), schema: schemas.diagrams }),
};
