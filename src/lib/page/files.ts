/**
 * The files a page renders: its MDX and every data file whose text it shows (the cases, concepts,
 * diagrams, timeline events and paper sections its components name, the whole collection for an
 * index or a table), and the UI strings of its language. One map for the page's "last updated"
 * date and for telling whether its text can still be that of an edition (src/lib/editions/cite.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANG_TAGS, type Locale } from '../i18n/locales.ts';
import { gitTime } from '../node/git-date.ts';

/** A collection folder under content/, as files (relative to the root), sorted. */
function collection(root: string, name: string): string[] {
	const dir = join(root, 'content', name);
	return existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.yaml'))
				.sort()
				.map((f) => `content/${name}/${f}`)
		: [];
}

/** The data file of one entry. */
const entryFile = (name: string, id: string) => `content/${name}/${id}.yaml`;

/** What each component shows: the data files of the ids it names, or whole collections. */
const SHOWS: Record<string, (ids: string[], root: string) => string[]> = {
	CaseFacts: (ids) => ids.map((id) => entryFile('cases', id)),
	CaseFigures: (ids) => ids.map((id) => entryFile('cases', id)),
	CaseLink: (ids) => ids.map((id) => entryFile('cases', id)),
	Term: (ids) => ids.map((id) => entryFile('concepts', id)),
	EventLink: (ids) => ids.map((id) => entryFile('timeline', id)),
	Diagram: (ids) => ids.map((id) => entryFile('diagrams', id)),
	CaseIndex: (_ids, root) => collection(root, 'cases'),
	ConceptIndex: (_ids, root) => collection(root, 'concepts'),
	Timeline: (_ids, root) => collection(root, 'timeline'),
	CompareTable: (_ids, root) => [...collection(root, 'cases'), ...collection(root, 'stages')],
};

/** The MDX file of a page, relative to the root, or undefined for a generated page. */
export function mdxFile(root: string, locale: Locale, path: string): string | undefined {
	const stem = `src/content/docs/${locale}/${path || 'index'}`;
	return [`${stem}.mdx`, `${stem}/index.mdx`].find((f) => existsSync(join(root, f)));
}

/**
 * Every file a page renders, relative to the root, sorted and without repeats. A generated
 * concept page (`concepts/<id>`) shows its concept, the concepts and cases it relates to and the
 * paper and case pages that mention it.
 */
export function pageFiles(root: string, locale: Locale, path: string): string[] {
	const files = new Set<string>([
		`src/content/i18n/${LANG_TAGS[locale]}.json`,
		'content/paper/sections.yaml',
	]);
	const mdx = mdxFile(root, locale, path);
	if (mdx) {
		files.add(mdx);
		const text = readFileSync(join(root, mdx), 'utf8');
		for (const m of text.matchAll(/<([A-Z][A-Za-z]*)\b([^>]*)>/g)) {
			const shows = SHOWS[m[1]!];
			if (!shows) continue;
			const ids = (/\bid="([^"]*)"/.exec(m[2] ?? '')?.[1] ?? '').split(/\s+/).filter(Boolean);
			for (const f of shows(ids, root)) files.add(f);
		}
	} else if (path.startsWith('concepts/')) {
		for (const f of [...collection(root, 'concepts'), ...collection(root, 'cases')]) files.add(f);
		for (const section of ['paper', 'cases']) {
			const dir = join(root, 'src/content/docs', locale, section);
			if (existsSync(dir))
				for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx')))
					files.add(`src/content/docs/${locale}/${section}/${f}`);
		}
	}
	return [...files].filter((f) => existsSync(join(root, f))).sort();
}

/**
 * When a page last changed: the latest git commit of any file it renders (not only its MDX), or
 * undefined outside git (a build from a ZIP), where citations fall back to the edition's date.
 */
export function lastChanged(root: string, locale: Locale, path: string): Date | undefined {
	const times = pageFiles(root, locale, path)
		.map((f) => gitTime(f))
		.filter((t): t is Date => t !== undefined);
	return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : undefined;
}
