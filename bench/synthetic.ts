/**
 * Synthetic cases for the scale benchmark: each is a full copy of a real case (its data entry, its
 * page in both languages with all its text, source references and diagram) under a new id, so a
 * synthetic page weighs and builds like a real one. The copy's diagram reuses the real one's
 * rendering as its cache entry: the benchmark measures the build, not Mermaid.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { variant } from '../src/lib/diagrams/cache.ts';
import { LOCALES } from '../src/lib/i18n/locales.ts';

/** The real case every synthetic one copies: a reform model with a diagram and many sources. */
export const MODEL = { id: 'nanjing', diagram: 'nanjing-structure' } as const;

type Bilingual = Record<(typeof LOCALES)[number], string>;

/** Writes synthetic cases 1…n into `project` (a copy of ours), copied from `root`'s `MODEL`. */
export function addSyntheticCases(root: string, project: string, n: number): void {
	const entry = parse(readFileSync(join(root, `content/cases/${MODEL.id}.yaml`), 'utf8')) as Record<
		string,
		unknown
	>;
	const diagram = parse(
		readFileSync(join(root, `content/diagrams/${MODEL.diagram}.yaml`), 'utf8'),
	) as { mermaid: Bilingual };
	const pages = Object.fromEntries(
		LOCALES.map((l) => [
			l,
			readFileSync(join(root, `src/content/docs/${l}/cases/${MODEL.id}.mdx`), 'utf8'),
		]),
	) as Bilingual;
	for (let i = 1; i <= n; i++) {
		const id = `synthetic-${i}`;
		const name = { zh: `合成案例${i}`, en: `Synthetic case ${i}` };
		// Names and aliases are unique across the site (the checker holds them to it).
		const { aliases: _aliases, ...rest } = entry;
		writeFileSync(
			join(project, `content/cases/${id}.yaml`),
			stringify({ ...rest, name, short: { zh: `合成${i}`, en: `Synthetic ${i}` }, order: 100 + i }),
		);
		writeFileSync(
			join(project, `content/diagrams/${id}-structure.yaml`),
			readFileSync(join(root, `content/diagrams/${MODEL.diagram}.yaml`), 'utf8'),
		);
		for (const locale of LOCALES) {
			const source = diagram.mermaid[locale];
			copyFileSync(
				join(root, variant(MODEL.diagram, locale, source).file),
				join(project, variant(`${id}-structure`, locale, source).file),
			);
			const page = pages[locale]
				.replace(/^title: .*$/m, `title: ${name[locale]}`)
				.replaceAll(`<CaseFacts id="${MODEL.id}"`, `<CaseFacts id="${id}"`)
				.replaceAll(`<Diagram id="${MODEL.diagram}"`, `<Diagram id="${id}-structure"`);
			writeFileSync(join(project, `src/content/docs/${locale}/cases/${id}.mdx`), page);
		}
	}
}
